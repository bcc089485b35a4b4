// The graphical console: QEMU's VNC server listens on a unix socket only (never a TCP port), and each
// WebSocket viewer gets its own connection to it, bytes passed through untouched (noVNC speaks RFB).
// Unlike the serial relay there is nothing to replay and no guest to stall: QEMU's VNC server copes
// with a slow client, so backpressure goes to QEMU's socket here (pause it while the viewer lags).
import net from 'node:net';
import type { WebSocket } from 'ws';
import { CONSOLE_CLOSE_CODE, DISPLAY_UNREACHABLE_PREFIX, RELAY_CLOSE_REASON } from '../../../shared/console-close.js';
import { wsText } from '../ws-text.js';

const HIGH_WATER = 4 * 1024 * 1024;
const LOW_WATER = 1024 * 1024;

export function bridgeVnc(socketPath: string, ws: WebSocket): void {
  const sock = net.connect(socketPath);
  let paused = false;
  const resumeWhenDrained = () => {
    if (paused && ws.bufferedAmount < LOW_WATER) {
      paused = false;
      sock.resume();
    }
  };
  sock.on('data', (data: Buffer) => {
    ws.send(data, { binary: true }, resumeWhenDrained);
    if (!paused && ws.bufferedAmount > HIGH_WATER) {
      paused = true;
      sock.pause();
    }
  });
  ws.on('message', (data, isBinary) => {
    sock.write(isBinary ? (data as Buffer) : Buffer.from(wsText(data), 'utf8'));
  });
  const end = (code: number, reason: string) => {
    sock.destroy();
    if (ws.readyState === ws.OPEN) ws.close(code, reason);
  };
  sock.on('error', (err) => end(CONSOLE_CLOSE_CODE.displayUnreachable, `${DISPLAY_UNREACHABLE_PREFIX}${err.message}`.slice(0, 120)));
  sock.on('close', () => end(CONSOLE_CLOSE_CODE.vmStopped, RELAY_CLOSE_REASON.stopped));
  ws.on('close', () => sock.destroy());
  ws.on('error', () => sock.destroy());
}
