import type { Message } from '../i18n/message.js';

/** One option of a QEMU command line and what it does, for "Show command line" and the wizard's Review. */
export interface ArgExplanation {
  /** The option and its value as they appear in the command ("-accel", "tcg"). */
  args: string[];
  what: Message;
}
