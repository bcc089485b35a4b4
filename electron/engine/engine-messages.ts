// Where the engine's sentences (Messages, shared/i18n) meet text that has no catalog key: a failure
// from elsewhere (another module's ApiError, Node, QEMU's own words) as the cause inside a sentence,
// several sentences said one after another, a VM's state named in a sentence.
import { ApiError } from '../../shared/api.js';
import { says, type Message, type MessageKey } from '../../shared/i18n/index.js';
import type { VmState } from '../../shared/model/index.js';

/** What an ApiError says: its Message when it carries a key, else its (English) text. */
export function saidBy(err: ApiError): Message | string {
  // The key came from this engine's catalogs, or from the wire, where translate() falls back to the text.
  return err.key ? { key: err.key as MessageKey, ...(err.params ? { params: err.params } : {}), text: err.message } : err.message;
}

/** A failure as the cause inside another sentence: translated too when it is an ApiError with a key. */
export function causeOf(err: unknown): Message | string {
  if (err instanceof ApiError) return saidBy(err);
  return err instanceof Error ? err.message : String(err);
}

/** Words no catalog has (QEMU's, Node's): a Message that reads the same in every language. */
export const verbatim = (text: string): Message => says('engine:verbatim', { text });

/** A sentence that may not have a key yet (another module's, still English-only) as a Message. */
export const asMessage = (said: string | Message): Message => (typeof said === 'string' ? verbatim(said) : said);

/** A failure as a Message: the task list and the command line show it in their reader's language. */
export function messageOf(err: unknown): Message {
  return asMessage(causeOf(err));
}

/** Sentences one after another ("A. B. C."), each in the reader's language. */
export function sentences(first: Message, ...next: Message[]): Message {
  return next.reduce((said, n) => says('engine:sentences', { first: said, next: n }), first);
}

/** A VM's state inside a sentence: "running", "shutting down" / "en marche", "en cours d’arrêt". */
export const stateWord = (state: VmState): Message => says(`engine:state.${state}`);
