// One wizard step's check by the engine, so that a mistake is told on the step that makes it (a missing
// kernel on step 1, a busy host port on the network step), not on Review. It runs the very checks
// create() runs (prepareCreate), on a trial input: the step's own fields, and for the rest neutral
// values that can fail no check (no files, no network, the least memory, a name nobody has).
import crypto from 'node:crypto';
import type { CreateVmInput, ParsedArgOf } from '../../../shared/api.js';
import type { CreateStepCheck } from '../../../shared/schemas/wizard-methods.js';
import { MIN_MEMORY_MIB } from '../../../shared/schemas/vm-config.js';
import { prepareCreate, type CreateInput, type PrepareDeps } from './prepare-create.js';

export type StepInput = ParsedArgOf<'checkCreateStep'>;

/** PURE: the input create() would get, with the step's fields and neutral values for the others. */
export function trialInput(arg: StepInput): CreateInput {
  const { step: _step, ...fields } = arg;
  const neutral: CreateInput = {
    name: `step check ${crypto.randomUUID()}`,
    // Known without reading the ISO: OS detection belongs to the OS step, not to every check.
    osId: 'generic',
    source: { kind: 'pxe' },
    memoryMiB: MIN_MEMORY_MIB,
    cpus: 1,
    accel: 'tcg',
    storage: { kind: 'none' },
    network: { mode: 'none' },
    display: 'none',
  } satisfies CreateVmInput;
  // The resources step's firmware follows the OS (UEFI needs OVMF installed); no other step needs it.
  const osId = arg.step === 'resources' ? (arg.osId ?? 'generic') : 'generic';
  return { ...neutral, ...fields, osId };
}

export async function checkCreateStep(arg: StepInput, deps: PrepareDeps): Promise<CreateStepCheck> {
  const prepared = await prepareCreate(trialInput(arg), deps);
  if (arg.step !== 'storage') return { warnings: prepared.warnings };
  return { warnings: prepared.warnings, disks: prepared.disks, freeBytes: prepared.freeBytes };
}
