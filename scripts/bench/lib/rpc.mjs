// The VmApi over the headless server's WebSocket, as the renderer calls it: {id, method, arg} out,
// {id, result | error} back, {event} pushed in between.
import WebSocket from 'ws';

/** Resolves once connected: call(method, arg) -> result; on(listener) for events; close(). */
export async function rpcClient(url) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let next = 1;
  const pending = new Map();
  const listeners = new Set();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.event) {
      for (const l of listeners) l(msg.event);
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
    else p.resolve(msg.result);
  });
  ws.on('close', () => {
    for (const p of pending.values()) p.reject(new Error(`${p.method}: the API connection closed`));
    pending.clear();
  });
  const call = (method, arg = {}) =>
    new Promise((resolve, reject) => {
      const id = next++;
      pending.set(id, { resolve, reject, method });
      ws.send(JSON.stringify({ id, method, arg }));
    });
  call.on = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  call.close = () => ws.close();
  /** A console's WebSocket URL: openConsole's ticket is a path on the server this client talks to. */
  call.consoleUrl = async (id, stream) => new URL((await call('openConsole', { id, stream })).url, url).href;
  return call;
}
