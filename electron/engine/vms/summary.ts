// How a VM looks to clients: its definition and its status, with what only the engine knows folded in
// (saved state, settings waiting for the next boot, one-click remedies). Pure.
import type { Message } from '../../../shared/i18n/index.js';
import type { VmConfig, VmSummary } from '../../../shared/model/index.js';
import { kvmCrashMessage, remediesFor } from '../remedies.js';
import { planLive } from '../update/plan-update.js';
import type { VmEntry } from './registry.js';

export function summarize(e: VmEntry): VmSummary {
  const { config, proc } = e;
  // A VM this engine has not seen run has been stopped since... as far as anyone knows, its creation.
  let base = e.seen ? proc.status : { state: 'stopped' as const, since: Date.parse(config.createdAt) };
  if (!proc.isActive && e.saved) base = { state: 'saved', since: base.since };
  const running = proc.isActive ? e.startedWith : null;
  const pending = running ? planLive(running, config).pendingRestart : [];
  const status = {
    ...base,
    ...(pending.length ? { pendingRestart: pending } : {}),
    ...(proc.isActive && e.guest ? { guest: e.guest } : {}),
  };
  const remedies = remediesFor(config, status);
  if (!remedies.length) return { id: config.id, name: config.name, config, status };
  const error = status.state === 'crashed' ? kvmCrashMessage(config) : status.error;
  return { id: config.id, name: config.name, config, status: { ...status, error, remedies } };
}

/** A VM whose vm.json cannot be read: listed with the reason, so it can be fixed or removed. */
export function brokenSummary(id: string, error: Message): VmSummary {
  return { id, name: id, config: null, status: { state: 'broken', since: Date.now(), error } };
}

export type { VmConfig };
