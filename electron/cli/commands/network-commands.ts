// network list|create|delete: the Networks view's calls. list prints each private network with its
// group and members; create and delete print what they did (--json: the API's objects).
import type { i18n as I18n } from 'i18next';
import { says, tr } from '../../../shared/i18n/index.js';
import type { NetworkList } from '../../../shared/model/index.js';
import { stateWord } from '../../engine/engine-messages.js';
import type { Command } from '../command-kit.js';
import { table } from '../format-text.js';

/** One line per network; its members after it, separated by "; " (a lab of five still fits a wide line). */
export function formatNetworks(list: NetworkList, i18n: I18n): string {
  const notice = list.notice ? `${tr(i18n, list.notice)}\n` : '';
  if (!list.networks.length) return `${notice}${tr(i18n, says('networks:cli.none'))}\n`;
  const head = (['name', 'group', 'kind', 'members'] as const).map((k) => tr(i18n, says(`networks:cli.columns.${k}`)));
  const rows = list.networks.map((n) => [
    n.name,
    `${n.group.address}:${n.group.port}`,
    tr(i18n, says(n.registered ? 'networks:cli.named' : 'networks:cli.implicit')),
    n.members.length
      ? n.members
          .map((m) => tr(i18n, says('networks:cli.member', { vm: m.vmName, n: m.nicIndex + 1, mac: m.mac, state: stateWord(m.state) })))
          .join('; ')
      : '-',
  ]);
  return notice + table([head, ...rows]);
}

export const networkCommands: Command[] = [
  {
    name: 'network list',
    args: [],
    options: {},
    async run(ctx) {
      const list = await (await ctx.session()).api.networks({});
      return { json: list, text: formatNetworks(list, ctx.i18n) };
    },
  },
  {
    name: 'network create',
    args: ['NETWORK'],
    options: {},
    async run(ctx) {
      const network = await (await ctx.session()).api.createNetwork({ name: ctx.args[0]! });
      const group = `${network.group.address}:${network.group.port}`;
      return { json: network, text: `${tr(ctx.i18n, says('networks:cli.created', { name: network.name, group }))}\n` };
    },
  },
  {
    name: 'network delete',
    args: ['NETWORK'],
    options: {},
    async run(ctx) {
      const name = ctx.args[0]!;
      await (await ctx.session()).api.deleteNetwork({ name });
      return { json: { deleted: name }, text: `${tr(ctx.i18n, says('networks:cli.deleted', { name }))}\n` };
    },
  },
];
