import { electronTransport } from './transport-electron.js';
import { WebSocketTransport } from './transport-ws.js';
import { takeAccessToken } from './token.js';
import type { Transport } from './transport.js';

/** Electron's preload bridge when present, otherwise the headless server's WebSocket at /api. */
export function connectToEngine(): Transport {
  if (window.virtdesk) return electronTransport(window.virtdesk);
  const token = takeAccessToken();
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${window.location.host}/api?token=${encodeURIComponent(token ?? '')}`;
  return new WebSocketTransport(url, token !== null);
}
