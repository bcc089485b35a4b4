import { describe, expect, it } from 'vitest';
import { encodeQga, encodeSync, isSyncReply, QgaReader } from './qga-framing.js';

const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('guest agent framing', () => {
  it('splits replies at newlines, keeping half a line for later', () => {
    const r = new QgaReader();
    expect(r.push(bytes('{"return": {"host-na'))).toEqual([]);
    expect(r.push(bytes('me": "g"}}\n{"error": {"class": "GenericError", "desc": "no"}}\n'))).toEqual([
      { return: { 'host-name': 'g' } },
      { error: { class: 'GenericError', desc: 'no' } },
    ]);
  });

  it('forgets everything before the 0xFF delimiter, as the agent means it', () => {
    const r = new QgaReader();
    // Half a reply left over from an earlier client, then the delimiter and our sync reply.
    expect(r.push(bytes('{"return": {"stale'))).toEqual([]);
    expect(r.push(Buffer.concat([bytes('": 1'), Buffer.from([0xff]), bytes('{"return": 42}\n')]))).toEqual([{ return: 42 }]);
  });

  it('handles a stream split at every byte, delimiter included', () => {
    const r = new QgaReader();
    const stream = Buffer.concat([bytes('{"return": 1}\n'), Buffer.from([0xff]), bytes('{"return": 7}\n{"return": "thawed"}\n')]);
    const out = [...stream].flatMap((b) => r.push(Buffer.from([b])));
    expect(out).toEqual([{ return: 1 }, { return: 7 }, { return: 'thawed' }]);
  });

  it('drops a line that never ends rather than keep it growing (the guest is not trusted)', () => {
    const r = new QgaReader();
    const mib = Buffer.alloc(1024 * 1024, 0x41);
    for (let i = 0; i < 5; i++) expect(r.push(mib)).toEqual([]);
    expect(r.push(bytes('\n{"return": 1}\n'))).toEqual([{ return: 1 }]);
  });

  it('drops lines that are not replies (garbage, events, blank lines)', () => {
    const r = new QgaReader();
    expect(r.push(bytes('not json\n\n{"event": "X"}\n42\n{"return": {}}\n'))).toEqual([{ return: {} }]);
  });

  it('precedes the sync with 0xFF and knows its reply by the id', () => {
    const sync = encodeSync(1234);
    expect(sync[0]).toBe(0xff);
    expect(sync.subarray(1).toString()).toBe('{"execute":"guest-sync-delimited","arguments":{"id":1234}}\n');
    expect(isSyncReply({ return: 1234 }, 1234)).toBe(true);
    expect(isSyncReply({ return: 1233 }, 1234)).toBe(false);
    expect(isSyncReply({ error: { class: 'x', desc: 'y' } }, 1234)).toBe(false);
  });

  it('encodes a command with arguments only when given', () => {
    expect(encodeQga('guest-get-osinfo').toString()).toBe('{"execute":"guest-get-osinfo"}\n');
    expect(encodeQga('guest-shutdown', { mode: 'powerdown' }).toString()).toBe(
      '{"execute":"guest-shutdown","arguments":{"mode":"powerdown"}}\n',
    );
  });
});
