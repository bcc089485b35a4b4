// lab create|delete: the Make a lab… and Delete lab… of the window. Prints the lab's VMs made or gone.
import { says, tr } from '../../../shared/i18n/index.js';
import { wholeNumber } from '../command-line.js';
import { namedVm, type Command } from '../command-kit.js';

/** The dialog's default: a source and two peers is the smallest lab that shows a network. */
const DEFAULT_COUNT = 3;

export const labCommands: Command[] = [
  {
    name: 'lab create',
    args: ['SOURCE', 'LAB'],
    options: { count: 'string', 'keep-nat': 'boolean' },
    async run(ctx) {
      const vm = await namedVm(ctx);
      const lab = ctx.args[1]!;
      const count = wholeNumber(ctx.options, 'count') ?? DEFAULT_COUNT;
      const made = await (await ctx.session()).api.createLab({ id: vm.id, lab, count, keepNat: ctx.options['keep-nat'] === true });
      const names = made.map((v) => v.name).join(', ');
      return { json: made, text: `${tr(ctx.i18n, says('labs:notice.made', { lab, names }))}\n` };
    },
  },
  {
    name: 'lab delete',
    args: ['LAB'],
    options: { 'force-off': 'boolean' },
    async run(ctx) {
      const lab = ctx.args[0]!;
      const res = await (await ctx.session()).api.deleteLab({ lab, forceOff: ctx.options['force-off'] === true });
      return { json: res, text: `${tr(ctx.i18n, says('labs:notice.deleted', { lab, names: res.deleted.join(', ') }))}\n` };
    },
  },
];
