import { describe, expect, it } from 'vitest';
import { keptFiles, parseRequest } from './keeper-protocol.js';

const id = '0b5e6a52-4f7c-4b8e-9c1d-2a3b4c5d6e7f';

describe('the keeper checks each request before it touches a file', () => {
  it('takes a VM id and a kept console, and builds the paths itself, inside the runtime folder', () => {
    const r = parseRequest(JSON.stringify({ vm: id, stream: 'hvc0' }));
    expect(r).toEqual({ vm: id, stream: 'hvc0' });
    expect(keptFiles('/run/user/1000/virtdesk', r as Exclude<typeof r, string>)).toEqual({
      socket: `/run/user/1000/virtdesk/${id}/hvc0.sock`,
      log: `/run/user/1000/virtdesk/${id}/hvc0.log`,
    });
    expect(keptFiles('/r', { vm: id, stream: 'serial0' }).log).toBe(`/r/${id}/serial0.log`);
  });

  it.each([
    ['', 'not JSON'],
    ['null', 'vm: not a VM id'],
    ['[]', 'vm: not a VM id'],
    [JSON.stringify({ vm: '../../etc', stream: 'serial0' }), 'vm: not a VM id'],
    [JSON.stringify({ vm: `${id}/..`, stream: 'serial0' }), 'vm: not a VM id'],
    [JSON.stringify({ vm: id, stream: 'monitor' }), 'stream: not one of serial0, hvc0'],
    [JSON.stringify({ vm: id, stream: 'serial1' }), 'stream: not one of serial0, hvc0'],
    [JSON.stringify({ vm: id }), 'stream: not one of serial0, hvc0'],
  ])('%j is refused: %s', (line, why) => {
    expect(parseRequest(line)).toMatch(why);
  });
});
