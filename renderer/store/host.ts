import { create } from 'zustand';
import type { Settings } from '../../shared/api.js';
import type { QemuCapabilities } from '../../shared/model/index.js';
import { describeError } from '../lib/errors.js';
import { api } from '../api/client.js';

/**
 * What the Host page needs beyond useVms().host: QEMU's capabilities (read once: they only change
 * with the QEMU binary), the app settings, and whether a KVM self-test is running. Loaded here; what a
 * person changes goes through features/host/host-actions.ts.
 */
interface HostState {
  caps: QemuCapabilities | null;
  capsError: string | null;
  capsLoading: boolean;
  settings: Settings | null;
  /** Held here, not in the page, so leaving the page and coming back still shows the spinner. */
  selfTestRunning: boolean;
}

export const useHost = create<HostState>(() => ({
  caps: null,
  capsError: null,
  capsLoading: false,
  settings: null,
  selfTestRunning: false,
}));

export async function loadCapabilities(): Promise<void> {
  const s = useHost.getState();
  if (s.caps || s.capsLoading) return;
  useHost.setState({ capsLoading: true, capsError: null });
  try {
    useHost.setState({ caps: await api().capabilities({}) });
  } catch (err) {
    useHost.setState({ capsError: describeError(err) });
  } finally {
    useHost.setState({ capsLoading: false });
  }
}

export async function loadSettings(): Promise<void> {
  try {
    useHost.setState({ settings: await api().settings({}) });
  } catch (err) {
    // The form then says it could not read them; nothing else depends on settings.
    console.warn('VirtDesk: settings() failed:', describeError(err));
  }
}

export function applySettings(settings: Settings): void {
  useHost.setState({ settings });
}
