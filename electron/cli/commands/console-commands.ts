// console and monitor: a one-time ticket from the engine, then the terminal attached to that stream
// until Ctrl+], as virsh console does. The words about it go to stderr: stdout is the guest's alone.
import type { ConsoleStream, VmSummary } from '../../../shared/api.js';
import { says, tr } from '../../../shared/i18n/index.js';
import { namedVm, type Command, type CommandContext } from '../command-kit.js';
import { attachTerminal } from '../terminal-attach.js';

/** The console the UI's Console tab shows: the virtio console when the VM has it, else the serial port. */
const consoleOf = (vm: VmSummary): ConsoleStream => (vm.config?.consoleDevice === 'virtio' ? 'hvc0' : 'serial0');

async function attach(ctx: CommandContext, streamOf: (vm: VmSummary) => ConsoleStream) {
  const vm = await namedVm(ctx);
  const stream = streamOf(vm);
  const session = await ctx.session();
  const ticket = await session.api.openConsole({ id: vm.id, stream });
  const tell = (key: 'attached' | 'left' | 'closed') =>
    ctx.io.stderr.write(`${tr(ctx.i18n, says(`cli:console.${key}`, { name: vm.name, stream }))}\r\n`);
  const why = await attachTerminal(session.consoleUrl(ticket.url), ctx.io, () => tell('attached'));
  tell(why === 'closed' ? 'closed' : 'left');
  return { json: { id: vm.id, name: vm.name, stream, detached: why }, text: '' };
}

export const consoleCommands: Command[] = [
  { name: 'console', args: ['NAME'], options: {}, run: (ctx) => attach(ctx, consoleOf) },
  { name: 'monitor', args: ['NAME'], options: {}, run: (ctx) => attach(ctx, () => 'monitor') },
];
