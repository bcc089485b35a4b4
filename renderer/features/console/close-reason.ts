/** Turns a WebSocket close into words; the relay's own reason text wins when it sent one. */
export function closeReason(ev: CloseEvent): string {
  if (ev.reason) return ev.reason;
  switch (ev.code) {
    case 1000:
      return 'the console was closed';
    case 1001:
      return 'the engine is going away';
    case 1006:
      return 'the connection dropped (is the engine still running?)';
    case 1008:
      return 'the engine refused the console ticket (it is single-use and short-lived; reconnect for a new one)';
    case 1011:
      return 'the engine hit an error relaying the console';
    default:
      return `closed with code ${ev.code}`;
  }
}
