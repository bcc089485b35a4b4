// The plan's identity: the id and the MAC the engine gave the VM on the first review. Given back with
// every later review and with create, so Review shows the VM that is created (same id, so the same
// folder and paths; same MAC), however often it is shown. Pure.
import type { CreateVmInput } from '../../../shared/api.js';
import type { VmConfig } from '../../../shared/model/index.js';

export interface PlanIdentity {
  id: string;
  /** The MAC the engine made up when the person left the field empty; null while it had none to make. */
  mac: string | null;
}

/** The input with the planned identity: its id, and its MAC unless the person typed one. */
export function withIdentity(input: CreateVmInput, identity: PlanIdentity | null): CreateVmInput {
  if (!identity) return input;
  const net = input.network;
  const network = net.mode !== 'none' && !net.mac && identity.mac ? { ...net, mac: identity.mac } : net;
  return { ...input, id: identity.id, network };
}

/** After a review of `input`: the identity to keep (the first one wins; a MAC is kept once one was made). */
export function keptIdentity(prev: PlanIdentity | null, input: CreateVmInput, config: VmConfig): PlanIdentity {
  const made = input.network.mode !== 'none' && !input.network.mac ? (config.nics[0]?.mac ?? null) : null;
  return { id: prev?.id ?? config.id, mac: prev?.mac ?? made };
}
