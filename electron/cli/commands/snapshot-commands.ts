// snapshot list|create|revert|delete: the Snapshots tab's calls. Each prints the VM's snapshots after
// the change (the API returns them), so a script sees the result without asking again.
import { says, tr, type MessageKey } from '../../../shared/i18n/index.js';
import type { SnapshotList } from '../../../shared/api.js';
import { stringOption } from '../command-line.js';
import { namedVm, type Command, type CommandContext } from '../command-kit.js';
import { formatSnapshots } from '../format-text.js';

type Change = 'createSnapshot' | 'revertSnapshot' | 'deleteSnapshot';
const DONE: Record<Change, MessageKey> = {
  createSnapshot: 'cli:done.snapshotCreate',
  revertSnapshot: 'cli:done.snapshotRevert',
  deleteSnapshot: 'cli:done.snapshotDelete',
};

function change(name: string, method: Change): Command {
  return {
    name: `snapshot ${name}`,
    args: ['NAME', 'SNAPSHOT'],
    options: method === 'createSnapshot' ? { description: 'string' } : {},
    async run(ctx: CommandContext) {
      const vm = await namedVm(ctx);
      const api = (await ctx.session()).api;
      const snapshot = ctx.args[1]!;
      const description = stringOption(ctx.options, 'description');
      const list: SnapshotList =
        method === 'createSnapshot'
          ? await api.createSnapshot({ id: vm.id, name: snapshot, ...(description !== undefined ? { description } : {}) })
          : await api[method]({ id: vm.id, name: snapshot });
      const done = tr(ctx.i18n, says(DONE[method], { name: vm.name, snapshot }));
      return { json: list, text: `${done}\n${formatSnapshots(vm.name, list, ctx.i18n)}` };
    },
  };
}

export const snapshotCommands: Command[] = [
  {
    name: 'snapshot list',
    args: ['NAME'],
    options: {},
    async run(ctx) {
      const vm = await namedVm(ctx);
      const list = await (await ctx.session()).api.listSnapshots({ id: vm.id });
      return { json: list, text: formatSnapshots(vm.name, list, ctx.i18n) };
    },
  },
  change('create', 'createSnapshot'),
  change('revert', 'revertSnapshot'),
  change('delete', 'deleteSnapshot'),
];
