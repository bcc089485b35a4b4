import type { VmEvent } from '../../shared/api.js';
import { api } from '../api/client.js';
import type { Transport } from '../api/transport.js';
import { useLink } from './link.js';
import { applyEvent, replaceAll, useVms } from './vms.js';
import { applySettings, loadSettings } from './host.js';
import { applyTask, replaceRunningTasks } from './tasks.js';
import { networksChanged } from './networks.js';
import { applyStats, dropStats, reloadStats } from './stats.js';
import { describeError } from '../lib/errors.js';
import type { Message } from '../../shared/i18n/index.js';
import { i18n, say } from '../i18n/i18n.js';
import { notify } from './notices.js';

/** Events that arrived while list() and tasks() were in flight; replayed on top of their (possibly older) answers. */
let eventsDuringList: VmEvent[] | null = null;

/** The engine's events go into the stores; each (re)connect reads everything again. */
export function attachEngine(transport: Transport): void {
  useLink.setState({ reconnectNow: transport.reconnectNow ? () => transport.reconnectNow?.() : null });
  transport.onEvent((event) => {
    // A sample changes no VM's state: it goes to the stats store (which batches them), never replayed.
    if (event.type === 'stats') return applyStats(event.id, event.sample);
    eventsDuringList?.push(event);
    if (event.type === 'settings-changed') applySettings(event.settings);
    else if (event.type === 'task') applyTask(event.task);
    else if (event.type === 'networks-changed') networksChanged();
    else applyEvent(event);
    if (event.type === 'vm-removed') dropStats(event.id);
  });
  transport.onLink((link, reconnected) => {
    useLink.setState({ link });
    // Events sent while the link was down are lost for good, so re-read everything.
    if (reconnected) void refresh();
  });
  void refresh();
}

export async function refresh(): Promise<void> {
  const mine: VmEvent[] = [];
  eventsDuringList = mine;
  const host = api()
    .host({})
    .then((info) => useVms.setState({ host: info }))
    // The form falls back to no limits it cannot know; the list still works.
    .catch((err: unknown) => console.warn('VirtDesk: host() failed:', describeError(err)));
  // The watchdog time is quoted in the New VM dialog, so settings are read up front too.
  const settings = loadSettings();
  // Tasks too: a window opened (or reconnected) mid-conversion shows it, with its Cancel.
  const tasks = api()
    .tasks({})
    .catch((err: unknown) => {
      console.warn('VirtDesk: tasks() failed:', describeError(err));
      return null;
    });
  try {
    const [list, running] = await Promise.all([api().list({}), tasks]);
    replaceAll(list);
    if (running) replaceRunningTasks(running);
    for (const event of mine) {
      if (event.type === 'task') applyTask(event.task);
      else applyEvent(event);
    }
    // The running VMs' last five minutes, also what was missed while the link was down.
    reloadStats(Object.values(useVms.getState().vms));
  } catch (err) {
    useVms.setState({ loadError: describeError(err) });
  } finally {
    if (eventsDuringList === mine) eventsDuringList = null;
  }
  await Promise.all([host, settings, showNotices()]);
}

/** Shown once per page, even across reconnects: each carries its own fix. */
const shownNotices = new Set<string>();

async function showNotices(): Promise<void> {
  const notices = await api()
    .notices({})
    .catch(() => [] as Message[]);
  for (const m of notices) {
    if (shownNotices.has(m.text)) continue;
    shownNotices.add(m.text);
    notify({ tone: 'error', title: i18n.t('app:notices.setAside'), message: say(m) });
  }
}
