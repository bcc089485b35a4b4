// Copies of the same guest at their shell prompt: one run by VirtDesk and read through its console
// relay (a WebSocket viewer of serial0); one started bare from the same command line with the serial
// port on a chardev socket that the bench reads itself ("direct"); and one more bare twin whose chardev
// also writes QEMU's own logfile= ("direct + logfile"), the other way to keep the console's log, which
// VirtDesk used before its console log keeper: the two choices' costs side by side. The console figures
// alternate between them.
import path from 'node:path';
import { chardevSerial, GUEST_PROMPT, kernelVm, spawnBare, stopBare } from './guest.mjs';
import { SerialReader } from './serial-reader.mjs';

export const SIDES = {
  virtdesk: 'VirtDesk: keeper (writes the log) -> relay -> WebSocket viewer',
  direct: 'direct: chardev unix socket',
  directLog: 'direct + logfile= (QEMU writes the log itself)',
};

export async function consolePair(server) {
  const { api } = server;
  const vm = await api('create', kernelVm('console twin'));
  const bare = [];
  const readers = [];
  const stop = async () => {
    for (const r of readers) r.close();
    for (const q of bare) await stopBare(q);
    await api('forceOff', { id: vm.id }).catch(() => {});
  };
  try {
    await api('start', { id: vm.id });
    const sides = { virtdesk: await SerialReader.webSocket(await api.consoleUrl(vm.id, 'serial0')) };
    readers.push(sides.virtdesk);
    for (const [side, logged] of [
      ['direct', false],
      ['directLog', true],
    ]) {
      const dir = server.paths.runtimeDir;
      const socket = path.join(dir, `${side}.sock`);
      bare.push(spawnBare(vm.config, server.paths, chardevSerial(socket, logged ? path.join(dir, `${side}.log`) : null)));
      sides[side] = await SerialReader.unixSocket(socket);
      readers.push(sides[side]);
    }
    await Promise.all(readers.map((r) => r.waitForShell(GUEST_PROMPT)));
    return { sides, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
