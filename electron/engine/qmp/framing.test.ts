import { describe, expect, it } from 'vitest';
import { encodeCommand, LineSplitter, parseQmpLine } from './framing.js';

describe('QMP framing', () => {
  it('splits a stream into lines, keeping partial lines for later', () => {
    const s = new LineSplitter();
    expect(s.push('{"QMP": {"version": {}, "capa')).toEqual([]);
    expect(s.push('bilities": []}}\r\n{"return": {}, "id": "vd-1"}\n{"event": "STOP", ')).toEqual([
      '{"QMP": {"version": {}, "capabilities": []}}',
      '{"return": {}, "id": "vd-1"}',
    ]);
    expect(s.push('"timestamp": {"seconds": 1, "microseconds": 2}}\n\n')).toEqual([
      '{"event": "STOP", "timestamp": {"seconds": 1, "microseconds": 2}}',
    ]);
  });

  it('handles a reply split at every byte', () => {
    const s = new LineSplitter();
    const line = '{"return": {"status": "running", "running": true}, "id": "vd-7"}\n';
    const out = [...line].flatMap((ch) => s.push(ch));
    expect(out.map(parseQmpLine)).toEqual([{ return: { status: 'running', running: true }, id: 'vd-7' }]);
  });

  it('encodes commands with an id, and arguments only when given', () => {
    expect(encodeCommand('vd-1', 'query-status')).toBe('{"execute":"query-status","id":"vd-1"}\n');
    expect(encodeCommand('vd-2', 'balloon', { value: 1 })).toBe('{"execute":"balloon","arguments":{"value":1},"id":"vd-2"}\n');
  });

  it('rejects non-objects', () => {
    expect(() => parseQmpLine('42')).toThrow(/not a QMP object/);
    expect(() => parseQmpLine('{oops')).toThrow(SyntaxError);
  });
});
