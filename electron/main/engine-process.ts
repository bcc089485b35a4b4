// The desktop app's engine, in an Electron utilityProcess of its own: the same createEngine the
// headless server runs, so a crash in it takes no window down (main starts it again, engine-link.ts)
// and QEMU, detached, keeps running to be re-attached. It talks to main over process.parentPort (the
// utility process's MessagePort to its parent), with the messages of engine-wire.ts. It never imports
// electron: everything Electron-specific stays in main.
import { ApiError } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';
import { serve } from '../engine/serve.js';
import { installUnexpectedErrorPolicy } from '../engine/unexpected-errors.js';
import { messageOf } from '../engine/engine-messages.js';
import { createEngine, type Engine } from '../server/create-engine.js';
import type { FromEngine, ToEngine } from './engine-wire.js';

/** Electron's ParentPort, as much of it as this process uses. */
interface ParentPort {
  on(event: 'message', listener: (e: { data: ToEngine }) => void): void;
  postMessage(message: FromEngine): void;
}

const port = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!port) {
  console.error('virtdesk: engine-process.js runs only as the desktop app\'s utility process; use "virtdesk --headless" instead.');
  process.exit(2);
}

installUnexpectedErrorPolicy();
let engine: Engine | null = null;
let closing = false;

port.on('message', ({ data }) => {
  if ('close' in data) {
    // Quit: let go of the VMs (they keep running), remove the lock, end.
    closing = true;
    void (engine?.close() ?? Promise.resolve()).finally(() => process.exit(0));
    return;
  }
  const { id, method, arg } = data.call;
  if (!engine) {
    // main sends calls only once ready: this is a bug's answer, still a proper one
    port.postMessage({ reply: { id, result: { error: new ApiError('internal', says('engine:desktop.engineStarting')).toJSON() } } });
    return;
  }
  void serve(engine.service, method, arg).then((result) => port.postMessage({ reply: { id, result } }));
});

createEngine({ kind: 'electron', rendererDir: null }).then(
  (started) => {
    engine = started;
    if (closing) return void started.close().finally(() => process.exit(0));
    started.service.on('event', (event) => port.postMessage({ event }));
    port.postMessage({ ready: { consoleBase: started.server.wsBase } });
  },
  (err: unknown) => {
    // main shows it and ends this process (exiting here could drop the message on its way).
    port.postMessage({ failed: messageOf(err) });
  },
);
