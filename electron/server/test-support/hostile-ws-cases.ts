// Hostile WebSocket input: handshakes to bad addresses, foreign Origins and Hosts, frames the protocol
// forbids (on /api and on a console), and messages that are not requests.
import { apiMessageCase, frameCase, refusedUpgrade, type HostileCase, type Target } from './hostile-case.js';
import { closePayload, frame, OP } from './ws-frames.js';

const MIB = 1024 * 1024;
const PERCENT = /malformed percent-encoding/;
const NO_ROUTE = /Not found: WebSocket connections go to \/api[^]*or \/console/;
const NO_CONSOLE = /Not found: a console address is \/console\/<vm id>\/<stream>/;
const TICKET = /Unauthorized: the console token is wrong, used already or expired; open the console again/;
const TOKEN = /Unauthorized: the API token is missing or wrong\. Open the URL VirtDesk printed/;
const HOST = /Forbidden: unexpected Host header[^]*DNS rebinding/;
const ORIGIN =
  /Forbidden: the (VirtDesk API|console relay) answers only VirtDesk's own page \(http:\/\/127\.0\.0\.1:\d+[^]*Open VirtDesk from the URL it printed at start/;
const SHAPE = /send \{"id": number, "method": string, "arg": \{\.\.\.\}\}/;

const withPort = (s: string) => (t: Target) => s.replaceAll('PORT', String(t.port));
const api = (t: Target) => t.apiPath;
const con = (t: Target) => t.consolePath();

const FOREIGN_ORIGINS = [
  'http://evil.example',
  'null',
  'file://',
  'file:///home/user/evil.html',
  'http://127.0.0.1:1',
  'https://127.0.0.1:PORT',
  'http://localhost:PORT',
  'http://127.0.0.1',
  'http://127.0.0.1:PORT.evil.example',
  'virtdesk://app.evil',
  'chrome-extension://abcdef',
  'HTTP://EVIL.EXAMPLE',
  'http://127.0.0.1:PORT/../',
  '',
];

const text = (payload: string | Buffer) => frame({ opcode: OP.text, payload });

/** Frames each of which the protocol forbids, with the close code RFC 6455 gives for it. */
const BAD_FRAMES: Array<[string, Buffer[], number]> = [
  ['text frame of invalid UTF-8', [text(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))], 1007],
  ['text frame with a lone surrogate (CESU-8)', [text(Buffer.from([0xed, 0xa0, 0x80]))], 1007],
  ['RSV1 set (no extension agreed)', [frame({ opcode: OP.text, payload: '{}', rsv1: true })], 1002],
  ['RSV2 set', [frame({ opcode: OP.text, payload: '{}', rsv2: true })], 1002],
  ['RSV3 set', [frame({ opcode: OP.text, payload: '{}', rsv3: true })], 1002],
  ['an unmasked frame from the client', [frame({ opcode: OP.text, payload: '{}', mask: false })], 1002],
  ['opcode 3 (reserved data)', [frame({ opcode: 3, payload: 'x' })], 1002],
  ['opcode 7 (reserved data)', [frame({ opcode: 7 })], 1002],
  ['opcode 0xB (reserved control)', [frame({ opcode: 0xb })], 1002],
  ['a continuation with nothing to continue', [frame({ opcode: OP.continuation, payload: 'x' })], 1002],
  ['a fragmented ping', [frame({ opcode: OP.ping, fin: false })], 1002],
  ['a ping of 126 bytes (control frames hold 125)', [frame({ opcode: OP.ping, payload: Buffer.alloc(126) })], 1002],
  ['a new message inside a fragmented one', [frame({ opcode: OP.text, payload: '{', fin: false }), text('}')], 1002],
  ['close code 999', [frame({ opcode: OP.close, payload: closePayload(999) })], 1002],
  ['close code 1005 (reserved)', [frame({ opcode: OP.close, payload: closePayload(1005) })], 1002],
  ['close code 1006 (reserved)', [frame({ opcode: OP.close, payload: closePayload(1006) })], 1002],
  ['close code 5000', [frame({ opcode: OP.close, payload: closePayload(5000) })], 1002],
  ['a close frame of one byte', [frame({ opcode: OP.close, payload: Buffer.from([3]) })], 1002],
  ['a close reason of invalid UTF-8', [frame({ opcode: OP.close, payload: closePayload(1000, Buffer.from([0xff])) })], 1007],
  ['a frame of 1 MiB + 1 byte', [text(Buffer.alloc(MIB + 1, 0x20))], 1009],
  ['a frame claiming 2^63 bytes', [frame({ opcode: OP.text, declaredLength: 2n ** 63n })], 1009],
  ['a frame claiming 2^53 bytes', [frame({ opcode: OP.binary, declaredLength: 2n ** 53n })], 1009],
  [
    'two fragments of 600 KiB',
    [
      frame({ opcode: OP.text, payload: Buffer.alloc(600 * 1024, 0x20), fin: false }),
      frame({ opcode: OP.continuation, payload: Buffer.alloc(600 * 1024, 0x20) }),
    ],
    1009,
  ],
];

/** The frames a console must refuse just as /api does (the brief's list). */
const CONSOLE_FRAMES = new Set([
  'text frame of invalid UTF-8',
  'RSV1 set (no extension agreed)',
  'an unmasked frame from the client',
  'opcode 3 (reserved data)',
  'close code 999',
  'a frame of 1 MiB + 1 byte',
  'a fragmented ping',
  'a continuation with nothing to continue',
]);

const malformed = (why: RegExp) => ({ close: 1007, reason: new RegExp(`Malformed request: ${why.source}; ${SHAPE.source}`) });
const invalid = (message: RegExp) => ({ error: 'invalid', message });

export const WS_CASES: HostileCase[] = [
  refusedUpgrade('upgrade /console/%ff/serial0: malformed encoding', '/console/%ff/serial0', 400, PERCENT),
  refusedUpgrade('upgrade /console/%E0%A4%A/serial0: malformed encoding', '/console/%E0%A4%A/serial0', 400, PERCENT),
  refusedUpgrade('upgrade /console/VM/%ff: malformed encoding', (t) => `/console/${t.vmId}/%ff?token=x`, 400, PERCENT),
  refusedUpgrade('upgrade /api%ff: malformed encoding', '/api%ff', 400, PERCENT),
  refusedUpgrade('upgrade /%ff: malformed encoding', '/%ff', 400, PERCENT),
  refusedUpgrade('upgrade /console/a%00/serial0: a NUL', '/console/a%00/serial0', 400, /control character/),
  refusedUpgrade('upgrade /console/..%2f..%2fapi/serial0: climbs', '/console/..%2f..%2fapi/serial0', 400, /climbs out/),
  refusedUpgrade('upgrade to a console without a ticket', (t) => `/console/${t.vmId}/serial0`, 401, TICKET),
  refusedUpgrade('upgrade to a console with a wrong ticket', (t) => `/console/${t.vmId}/serial0?token=guess`, 401, TICKET),
  refusedUpgrade(
    'upgrade to the monitor with a serial0 ticket',
    (t) => t.consolePath('serial0').replace('/serial0?', '/monitor?'),
    401,
    TICKET,
  ),
  refusedUpgrade('upgrade to an unknown VM with a ticket for another', (t) => t.consolePath().replace(t.vmId, 'other-vm'), 401, TICKET),
  refusedUpgrade('upgrade /console/VM/serial0/extra', (t) => t.consolePath().replace('/serial0?', '/serial0/extra?'), 404, NO_CONSOLE),
  refusedUpgrade('upgrade /console/', '/console/', 404, NO_CONSOLE),
  refusedUpgrade('upgrade /console', '/console', 404, NO_ROUTE),
  refusedUpgrade('upgrade /console/%2e%2e/serial0 (resolved to /serial0)', '/console/%2e%2e/serial0', 404, NO_ROUTE),
  refusedUpgrade('upgrade /nowhere', '/nowhere', 404, NO_ROUTE),
  refusedUpgrade('upgrade /index.html', '/index.html', 404, NO_ROUTE),
  refusedUpgrade('upgrade /api without a token', '/api', 401, TOKEN),
  refusedUpgrade('upgrade /api with an empty token', '/api?token=', 401, TOKEN),
  refusedUpgrade('upgrade /api with a wrong token', '/api?token=guess', 401, TOKEN),
  refusedUpgrade('upgrade /api with the token and one more character', (t) => `${t.apiPath}x`, 401, TOKEN),
  refusedUpgrade('upgrade /api with a token of bad percent-encoding', '/api?token=%ff%fe', 401, TOKEN),
  refusedUpgrade('upgrade /api by POST', api, 405, /a WebSocket handshake is a GET request/, { method: 'POST' }),
  refusedUpgrade('upgrade with a malformed Sec-WebSocket-Key', api, 400, /Sec-WebSocket-Key/, {
    headers: { 'Sec-WebSocket-Key': 'short' },
  }),
  refusedUpgrade('upgrade without Sec-WebSocket-Key', api, 400, /Sec-WebSocket-Key/, { headers: { 'Sec-WebSocket-Key': null } }),
  refusedUpgrade('upgrade with Sec-WebSocket-Version 12', api, 400, /Sec-WebSocket-Version "12" is not supported[^]*Send version 13/, {
    headers: { 'Sec-WebSocket-Version': '12' },
  }),
  refusedUpgrade('upgrade without Sec-WebSocket-Version', con, 400, /Sec-WebSocket-Version/, {
    headers: { 'Sec-WebSocket-Version': null },
  }),
  refusedUpgrade('upgrade to h2c instead of websocket', api, 400, /Upgrade header is "h2c"[^]*Send "Upgrade: websocket"/, {
    headers: { Upgrade: 'h2c' },
  }),
  refusedUpgrade('upgrade with an invalid subprotocol list', api, 400, /Sec-WebSocket-Protocol/, {
    headers: { 'Sec-WebSocket-Protocol': 'a,,b' },
  }),
  refusedUpgrade('upgrade with an invalid subprotocol list to a console', con, 400, /Sec-WebSocket-Protocol/, {
    headers: { 'Sec-WebSocket-Protocol': 'a b' },
  }),
  refusedUpgrade('upgrade with a 20,000-character URL', `/api?token=${'t'.repeat(20_000)}`, 431, /too large/),
  refusedUpgrade('upgrade /api with Host evil.example', api, 403, HOST, { headers: { Host: 'evil.example' } }),
  refusedUpgrade('upgrade to a console with Host evil.example', con, 403, HOST, { headers: { Host: 'evil.example' } }),
  refusedUpgrade('upgrade to a console without Host', con, 400, /no Host header/, { headers: { Host: null } }),
  ...FOREIGN_ORIGINS.map((o) =>
    refusedUpgrade(`upgrade /api from Origin ${JSON.stringify(o)}`, api, 403, ORIGIN, (t) => ({ headers: { Origin: withPort(o)(t) } })),
  ),
  ...FOREIGN_ORIGINS.map((o) =>
    refusedUpgrade(`upgrade to a console from Origin ${JSON.stringify(o)}`, con, 403, ORIGIN, (t) => ({
      headers: { Origin: withPort(o)(t) },
    })),
  ),
  refusedUpgrade('upgrade /api from the Electron window (virtdesk://app: consoles only)', api, 403, ORIGIN, {
    headers: { Origin: 'virtdesk://app' },
  }),
  refusedUpgrade('upgrade /api with Sec-WebSocket-Origin evil.example', api, 403, ORIGIN, {
    headers: { 'Sec-WebSocket-Origin': 'http://evil.example' },
  }),
  refusedUpgrade('upgrade /api with two Origins, ours and evil', api, 403, ORIGIN, (t) => ({
    headers: { Origin: `http://127.0.0.1:${t.port}`, origin: 'http://evil.example' },
  })),
  ...BAD_FRAMES.map(([name, frames, code]) => frameCase(name, 'api', frames, code)),
  ...BAD_FRAMES.filter(([name]) => CONSOLE_FRAMES.has(name)).map(([name, frames, code]) => frameCase(name, 'console', frames, code)),
  frameCase('RSV1 set, in the same packet as the handshake', 'api', [frame({ opcode: OP.text, payload: '{}', rsv1: true })], 1002, {
    inHandshake: true,
  }),
  frameCase('invalid UTF-8, in the same packet as the handshake', 'console', [text(Buffer.from([0xff]))], 1007, { inHandshake: true }),
  frameCase('a binary frame', 'api', [frame({ opcode: OP.binary, payload: '{"id":1,"method":"list","arg":{}}' })], 1003, {
    reason: /Binary frames are not part of the API/,
  }),
  apiMessageCase('binary JSON (ws client)', Buffer.from('{"id":1,"method":"list","arg":{}}'), { close: 1003, reason: SHAPE }, true),
  apiMessageCase('"hello" (not JSON)', 'hello', malformed(/the frame is not JSON/)),
  apiMessageCase('an empty text', '', malformed(/the frame is not JSON/)),
  apiMessageCase('JSON cut short', '{"id":1,"method":"li', malformed(/the frame is not JSON/)),
  apiMessageCase('an unclosed array 100,000 deep', '['.repeat(100_000), malformed(/the frame is not JSON/)),
  apiMessageCase('an array', '[1,2]', malformed(/the JSON is not an object/)),
  apiMessageCase('a string', '"list"', malformed(/the JSON is not an object/)),
  apiMessageCase('null', 'null', malformed(/the JSON is not an object/)),
  apiMessageCase('a number', '42', malformed(/the JSON is not an object/)),
  apiMessageCase('no id', '{"method":"list","arg":{}}', malformed(/"id" is not a number/)),
  apiMessageCase('id as a string', '{"id":"1","method":"list","arg":{}}', malformed(/"id" is not a number/)),
  apiMessageCase('id null', '{"id":null,"method":"list","arg":{}}', malformed(/"id" is not a number/)),
  apiMessageCase('id 1e400 (Infinity)', '{"id":1e400,"method":"list","arg":{}}', malformed(/"id" is not a number/)),
  apiMessageCase('id an object', '{"id":{},"method":"list","arg":{}}', malformed(/"id" is not a number/)),
  apiMessageCase('an unknown method', '{"id":7,"method":"rm -rf","arg":{}}', invalid(/unknown method/i)),
  apiMessageCase('a method that is a number', '{"id":7,"method":42,"arg":{}}', invalid(/unknown method/i)),
  apiMessageCase('method __proto__', '{"id":7,"method":"__proto__","arg":{}}', invalid(/unknown method/i)),
  apiMessageCase('method constructor', '{"id":7,"method":"constructor","arg":{}}', invalid(/unknown method/i)),
  apiMessageCase('method toString', '{"id":7,"method":"toString","arg":{}}', invalid(/unknown method/i)),
];
