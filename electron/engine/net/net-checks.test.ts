import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bridgeAllowed, checkBridge } from './bridge-check.js';
import { forwardClashes, tcpPortFree } from './port-check.js';

describe('bridge.conf rules', () => {
  it.each([
    ['allow br0', 'br0', true],
    ['allow br0', 'virbr0', false],
    ['allow all', 'anything', true],
    ['allow all\ndeny br1', 'br1', false],
    ['# allow br0', 'br0', false],
    ['', 'br0', false],
  ])('%j allows %s: %s', (conf, bridge, ok) => expect(bridgeAllowed(conf, bridge)).toBe(ok));

  it('names the missing bridge.conf line, the missing bridge and the helper', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-br-'));
    fs.writeFileSync(path.join(dir, 'bridge.conf'), 'include extra.conf\n');
    fs.writeFileSync(path.join(dir, 'extra.conf'), 'allow virbr0\n');
    fs.writeFileSync(path.join(dir, 'helper'), '');
    const problems = await checkBridge('br0', { conf: path.join(dir, 'bridge.conf'), helper: path.join(dir, 'helper'), sysNet: dir });
    expect(problems.map((p) => p.fix.text)).toEqual([
      expect.stringMatching(/nmcli con add type bridge ifname br0/),
      expect.stringMatching(/chmod u\+s/),
      expect.stringMatching(/Add the line "allow br0" to .*bridge\.conf/),
    ]);
    const virbr0 = await checkBridge('virbr0', { conf: path.join(dir, 'bridge.conf'), helper: path.join(dir, 'helper'), sysNet: dir });
    expect(virbr0.map((p) => p.message.text)).not.toContainEqual(expect.stringMatching(/does not allow/));
    fs.rmSync(dir, { recursive: true });
  });
});

describe('port forwards', () => {
  it('finds clashes within the VM and with other VMs', () => {
    const mine = [
      { proto: 'tcp' as const, hostPort: 2222, guestPort: 22 },
      { proto: 'tcp' as const, hostPort: 2222, guestPort: 23 },
    ];
    const clashes = forwardClashes(mine, [{ vmName: 'web', forwards: [{ proto: 'tcp', hostPort: 2222, guestPort: 22 }] }]);
    expect(clashes.map((c) => c.text)).toEqual([
      'Host port 2222/tcp is already forwarded by the VM "web".',
      'Host port 2222/tcp is forwarded twice in this VM.',
      'Host port 2222/tcp is already forwarded by the VM "web".',
    ]);
  });
  it('sees a port that something on the host listens on', async () => {
    const srv = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    const port = (srv.address() as net.AddressInfo).port;
    expect(await tcpPortFree(port)).toBe(false);
    await new Promise((r) => srv.close(r));
    expect(await tcpPortFree(port)).toBe(true);
  });
});
