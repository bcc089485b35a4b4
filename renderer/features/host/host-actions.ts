// What a person does on the Host page: save the settings, run the KVM self-test again.
import type { Settings } from '../../../shared/api.js';
import { api } from '../../api/client.js';
import { describeError } from '../../lib/errors.js';
import { i18n } from '../../i18n/i18n.js';
import { applySettings, useHost } from '../../store/host.js';
import { notify } from '../../store/notices.js';
import { useVms } from '../../store/vms.js';

/** Throws the ApiError so the form can show it next to the field. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const settings = await api().updateSettings(patch);
  applySettings(settings);
  return settings;
}

export async function rerunKvmSelfTest(): Promise<void> {
  if (useHost.getState().selfTestRunning) return;
  useHost.setState({ selfTestRunning: true });
  try {
    // The host-changed event carries the same result; taking the answer too covers a dropped link.
    useVms.setState({ host: await api().rerunKvmSelfTest({}) });
  } catch (err) {
    notify({ tone: 'error', title: i18n.t('host:rerun.failed'), message: describeError(err) });
  } finally {
    useHost.setState({ selfTestRunning: false });
  }
}
