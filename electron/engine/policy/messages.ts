// Several of the engine's messages as one (one per line, or a list), and an error passed on with other
// details but its key kept. The file, disk and creation code puts its sentences together with these;
// engine-messages.ts has the rest (a sentence only English has, an error's message).
import { ApiError } from '../../../shared/api.js';
import { says, type Message, type Param } from '../../../shared/i18n/index.js';
import { messageOf, verbatim } from '../engine-messages.js';

/** Messages one per line, in order: the text is the lines joined with "\n". */
export function lines(ms: readonly Message[]): Message {
  if (ms.length === 0) return verbatim('');
  return ms.slice(0, -1).reduceRight<Message>((rest, first) => says('files:join.lines', { first, rest }), ms[ms.length - 1]!);
}

/** Names or messages as "a, b, c". */
export function list(items: readonly Param[]): Param {
  if (items.length === 0) return '';
  return items.slice(0, -1).reduceRight<Param>((rest, first) => says('files:join.list', { first, rest }), items[items.length - 1]!);
}

/** The same error with other details (a closer field): its message, key and parameters kept. */
export const withDetails = (err: ApiError, details: object): ApiError => new ApiError(err.code, messageOf(err), details);
