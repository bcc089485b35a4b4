import { describe, expect, it } from 'vitest';
import { privateNetdev, privateNetworkGroup } from './private-network.js';

describe('private network groups', () => {
  it('are the same for the same name and runtime folder, on loopback multicast', () => {
    const g = privateNetworkGroup('lab1', '/run/user/1000/virtdesk');
    expect(privateNetworkGroup('lab1', '/run/user/1000/virtdesk')).toEqual(g);
    expect(g.address).toMatch(/^239\.255\.\d{1,3}\.\d{1,3}$/);
    expect(g.port).toBeGreaterThanOrEqual(20000);
    expect(g.port).toBeLessThan(60000);
    expect(privateNetdev('net1', g)).toBe(`socket,id=net1,mcast=${g.address}:${g.port},localaddr=127.0.0.1`);
  });

  it('differ between networks and between users (runtime folders)', () => {
    const groups = new Set<string>();
    for (const dir of ['/run/user/1000/virtdesk', '/run/user/1001/virtdesk']) {
      for (const name of ['lab1', 'lab2', 'dmz', 'lan']) {
        const g = privateNetworkGroup(name, dir);
        groups.add(`${g.address}:${g.port}`);
      }
    }
    expect(groups.size).toBe(8);
  });
});
