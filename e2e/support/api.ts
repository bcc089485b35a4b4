// One VmApi call over the headless server's WebSocket, as the renderer makes it: for setting up what
// a test is not about (creating the VM whose disks it looks at), quicker than the wizard.
import NodeWebSocket from 'ws';
import { wsText } from '../../electron/engine/ws-text.js';
import type { Headless } from './headless.js';

export async function callApi<T = unknown>(server: Headless, method: string, arg: unknown): Promise<T> {
  const url = new URL(server.url);
  const ws = new NodeWebSocket(`ws://${url.host}/api?token=${url.searchParams.get('token')}`);
  try {
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    ws.send(JSON.stringify({ id: 1, method, arg }));
    return await new Promise<T>((resolve, reject) =>
      ws.on('message', (data) => {
        const msg = JSON.parse(wsText(data)) as { id?: number; result?: unknown; error?: { message: string } };
        if (msg.id !== 1) return; // events
        if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
        else resolve(msg.result as T);
      }),
    );
  } finally {
    ws.close();
  }
}
