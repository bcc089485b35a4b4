// The engine calls of the Networks view and of the private network choice (editor, wizard). Each throws
// the ApiError, so a form can show it beside the field it names.
import type { NetworkList, PrivateNetwork } from '../../../shared/model/index.js';
import { api } from '../../api/client.js';
import { i18n } from '../../i18n/i18n.js';
import { notify } from '../../store/notices.js';

export function listNetworks(): Promise<NetworkList> {
  return api().networks({});
}

export async function createNetwork(name: string): Promise<PrivateNetwork> {
  const created = await api().createNetwork({ name });
  notify({ tone: 'success', title: i18n.t('networks:view.created', { name }) });
  return created;
}

export async function deleteNetwork(name: string): Promise<void> {
  await api().deleteNetwork({ name });
  notify({ tone: 'success', title: i18n.t('networks:view.deleted', { name }) });
}
