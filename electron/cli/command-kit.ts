// What a command is: its grammar (CommandSpec) and what it does with the engine. A command returns its
// result twice, as the API's object for --json and as text for a person; the runner prints one of them.
import type { i18n as I18n } from 'i18next';
import type { VmSummary } from '../../shared/api.js';
import { QEMU_ALIVE } from '../../shared/vm-actions.js';
import type { CommandSpec, ParsedCommand } from './command-line.js';
import { findVm } from './find-vm.js';
import type { Session } from './session.js';
import type { TerminalIo } from './terminal-attach.js';

export interface CommandContext {
  args: string[];
  options: ParsedCommand['options'];
  i18n: I18n;
  json: boolean;
  /** The engine, opened on first use (completion needs none). */
  session(): Promise<Session>;
  io: TerminalIo & { stderr: NodeJS.WritableStream };
}

export interface CommandResult {
  json: unknown;
  text: string;
}

export interface Command extends CommandSpec {
  run(ctx: CommandContext): Promise<CommandResult>;
}

/** The VM the command's first argument names (a name or an id). */
export async function namedVm(ctx: CommandContext): Promise<VmSummary> {
  const { api } = await ctx.session();
  return findVm(await api.list(), ctx.args[0]!);
}

/**
 * Resolves once the VM's QEMU is gone (stopped, crashed...): shutdown only presses the button, and an
 * engine this command started must not end while the guest is still going down.
 */
export function untilOff(session: Session, vm: VmSummary): Promise<VmSummary> {
  if (!QEMU_ALIVE.includes(vm.status.state)) return Promise.resolve(vm);
  return new Promise((resolve) => {
    const off = session.onEvent((e) => {
      if (e.type === 'vm-changed' && e.vm.id === vm.id && !QEMU_ALIVE.includes(e.vm.status.state)) {
        off();
        resolve(e.vm);
      }
    });
    // The state may have changed between the call's reply and the subscription.
    // A failure here is the event's to settle: the engine tells every change.
    session.api.get({ id: vm.id }).then(
      (now) => {
        if (QEMU_ALIVE.includes(now.status.state)) return;
        off();
        resolve(now);
      },
      () => {},
    );
  });
}
