import { describe, expect, it } from 'vitest';
import { consoleUrl } from './console-url.js';

describe('consoleUrl', () => {
  const path = '/console/vm1/serial0?token=abc';

  it('puts the path on the host and port the viewer reaches, as ws: or wss:', () => {
    expect(consoleUrl(path, 'http://127.0.0.1:8123/?token=t#x')).toBe('ws://127.0.0.1:8123/console/vm1/serial0?token=abc');
    expect(consoleUrl(path, 'https://vms.example:8443/index.html')).toBe('wss://vms.example:8443/console/vm1/serial0?token=abc');
    expect(consoleUrl(path, 'ws://[::1]:9000')).toBe('ws://[::1]:9000/console/vm1/serial0?token=abc');
    expect(consoleUrl(path, 'wss://tunnel:1')).toBe('wss://tunnel:1/console/vm1/serial0?token=abc');
  });

  it('refuses a base that is no server address, or a ticket that is no path', () => {
    expect(() => consoleUrl(path, 'virtdesk://app/index.html')).toThrow(/cannot resolve/);
    expect(() => consoleUrl('ws://elsewhere/console/x', 'http://h:1')).toThrow(/cannot resolve/);
  });
});
