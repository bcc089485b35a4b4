import type { VmApi, VmEvent } from '../../shared/api.js';
import { createClient } from '../api/client.js';
import type { Transport } from '../api/transport.js';
import { useLink } from './link.js';
import { applyEvent, replaceAll, useVms } from './vms.js';
import { applySettings, loadSettings } from './host.js';
import { applyTask } from './tasks.js';
import { describeError } from '../lib/errors.js';

let client: VmApi | null = null;

export function api(): VmApi {
  if (!client) throw new Error('attachEngine() must run before the first API call');
  return client;
}

/** Events that arrived while a list() was in flight; replayed on top of its (possibly older) answer. */
let eventsDuringList: VmEvent[] | null = null;

export function attachEngine(transport: Transport): void {
  client = createClient(transport);
  useLink.setState({ reconnectNow: transport.reconnectNow ? () => transport.reconnectNow?.() : null });
  transport.onEvent((event) => {
    eventsDuringList?.push(event);
    if (event.type === 'settings-changed') applySettings(event.settings);
    else if (event.type === 'task') applyTask(event.task);
    else applyEvent(event);
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
  try {
    replaceAll(await api().list({}));
    for (const event of mine) applyEvent(event);
  } catch (err) {
    useVms.setState({ loadError: describeError(err) });
  } finally {
    if (eventsDuringList === mine) eventsDuringList = null;
  }
  await Promise.all([host, settings]);
}
