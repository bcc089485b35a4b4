// list, info, start, shutdown, force-off and export: one API call each on the VM the person named.
import fs from 'node:fs';
import path from 'node:path';
import { says, tr } from '../../../shared/i18n/index.js';
import { stateWord } from '../../engine/engine-messages.js';
import { stringOption, wholeNumber } from '../command-line.js';
import { namedVm, untilOff, type Command } from '../command-kit.js';
import { formatVmInfo, formatVmList } from '../format-text.js';

const NAME = ['NAME'] as const;

export const vmCommands: Command[] = [
  {
    name: 'list',
    args: [],
    options: { names: 'boolean' },
    async run(ctx) {
      const vms = await (await ctx.session()).api.list();
      if (ctx.options.names) return { json: vms.map((vm) => vm.name), text: vms.map((vm) => `${vm.name}\n`).join('') };
      return { json: vms, text: formatVmList(vms, ctx.i18n) };
    },
  },
  {
    name: 'info',
    args: NAME,
    options: {},
    async run(ctx) {
      const vm = await namedVm(ctx);
      return { json: vm, text: formatVmInfo(vm, ctx.i18n) };
    },
  },
  {
    name: 'start',
    args: NAME,
    options: { disposable: 'boolean' },
    async run(ctx) {
      const { id, name } = await namedVm(ctx);
      const vm = await (await ctx.session()).api.start({ id, ...(ctx.options.disposable ? { disposable: true } : {}) });
      return { json: vm, text: `${tr(ctx.i18n, says('cli:done.start', { name, state: stateWord(vm.status.state) }))}\n` };
    },
  },
  {
    name: 'shutdown',
    args: NAME,
    options: { timeout: 'string' },
    async run(ctx) {
      const timeoutSec = wholeNumber(ctx.options, 'timeout');
      const { id, name } = await namedVm(ctx);
      const session = await ctx.session();
      const vm = await untilOff(session, await session.api.shutdown({ id, ...(timeoutSec !== undefined ? { timeoutSec } : {}) }));
      return { json: vm, text: `${tr(ctx.i18n, says('cli:done.shutdown', { name, state: stateWord(vm.status.state) }))}\n` };
    },
  },
  {
    name: 'force-off',
    args: NAME,
    options: {},
    async run(ctx) {
      const { id, name } = await namedVm(ctx);
      const vm = await (await ctx.session()).api.forceOff({ id });
      return { json: vm, text: `${tr(ctx.i18n, says('cli:done.forceOff', { name, state: stateWord(vm.status.state) }))}\n` };
    },
  },
  {
    name: 'export',
    args: NAME,
    options: { output: 'string' },
    async run(ctx) {
      const { id } = await namedVm(ctx);
      const exported = await (await ctx.session()).api.exportScript({ id });
      const output = stringOption(ctx.options, 'output');
      if (!output) return { json: exported, text: exported.script };
      const file = path.resolve(output);
      // A script to run: executable by its owner, like the one the UI saves.
      fs.writeFileSync(file, exported.script, { mode: 0o755 });
      return { json: { ...exported, file }, text: `${tr(ctx.i18n, says('cli:done.exported', { file }))}\n` };
    },
  },
];
