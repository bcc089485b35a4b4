// The wizard's steps, which input fields belong to each, and checking the whole input with the shared
// schema (the engine applies the same one again). Pure.
import { ApiError, type ArgOf, type CreateVmInput } from '../../../shared/api.js';
import type { HostInfo } from '../../../shared/model/index.js';
import { check, createVmSchemaFor, fieldErrors, type HostLimits } from '../../../shared/schemas/index.js';
import { toCreateInput, type WizardValues } from './wizard-values.js';

export type StepId = 'source' | 'os' | 'resources' | 'storage' | 'network' | 'review';

export interface Step {
  id: StepId;
  title: string;
  /** First segments of the CreateVmInput paths this step edits. */
  fields: string[];
}

export const STEPS: readonly Step[] = [
  { id: 'source', title: 'Install source', fields: ['source'] },
  { id: 'os', title: 'Operating system', fields: ['osId'] },
  { id: 'resources', title: 'Memory and CPUs', fields: ['memoryMiB', 'cpus', 'accel', 'firmware', 'machine', 'cpuModel'] },
  { id: 'storage', title: 'Storage', fields: ['storage', 'diskBus'] },
  { id: 'network', title: 'Name and network', fields: ['name', 'description', 'network', 'display'] },
  { id: 'review', title: 'Review', fields: [] },
];

export const stepIndex = (id: StepId) => STEPS.findIndex((s) => s.id === id);

/** Which step edits the field at this dotted path ("network.forwards.0.hostPort" -> network). */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  return STEPS.find((s) => s.fields.includes(head))?.id ?? 'review';
}

export type FieldErrors = Record<string, string>;

export interface WizardCheck {
  /** The parsed input (trimmed name etc.) when every step is valid. */
  input: CreateVmInput | null;
  errors: FieldErrors;
}

// Before host() answers, the engine's own check is the only limit; the wizard stays usable.
const UNKNOWN_HOST: HostLimits = { memTotalMiB: Number.MAX_SAFE_INTEGER, cpuThreads: 1024 };

export function checkWizard(values: WizardValues, host: HostInfo | null): WizardCheck {
  const parsed = check(createVmSchemaFor(host ?? UNKNOWN_HOST), toCreateInput(values));
  if (parsed.ok) return { input: parsed.value, errors: {} };
  return { input: null, errors: fieldErrors(parsed.issues) };
}

export function errorsOfStep(errors: FieldErrors, step: StepId): FieldErrors {
  if (step === 'review') return errors;
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(path) === step));
}

export function stepValid(errors: FieldErrors, step: StepId): boolean {
  return Object.keys(errorsOfStep(errors, step)).length === 0;
}

/** Where the wizard should send the person for an error: the first step that has one. */
export function firstInvalidStep(errors: FieldErrors): StepId | null {
  return STEPS.find((s) => s.id !== 'review' && !stepValid(errors, s.id))?.id ?? null;
}

export interface PlacedError {
  step: StepId;
  /** The input path it is about, when known: its field gets the message. */
  field: string | null;
  message: string;
}

/**
 * An engine error belongs in the step where the person can fix it: the engine names the field
 * (schema issues, files that do not exist, a name or port or MAC taken); anything else stays on the
 * review step.
 */
export function placeEngineError(err: unknown): PlacedError {
  const message = err instanceof Error ? err.message : String(err);
  const field = err instanceof ApiError ? err.field || null : null;
  return field ? { step: stepOfPath(field), field, message: atField(message, field) } : { step: 'review', field: null, message };
}

/**
 * The engine starts some messages with the input path they are about ("network.forwards.0.hostPort: host
 * port ..."), for the API and the command line; shown under that very field, the path is noise.
 */
function atField(message: string, field: string): string {
  if (!message.startsWith(`${field}: `)) return message;
  const rest = message.slice(field.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * What the engine checks of a step (checkCreateStep), from the input as the form has it: the step's own
 * fields (and, for storage, the source: an imported image is the first disk). Null for the OS and
 * review steps, which have their own calls (detectOs, reviewCreate).
 */
export function stepCheckArg(step: StepId, input: CreateVmInput): ArgOf<'checkCreateStep'> | null {
  switch (step) {
    case 'source':
      return { step, source: input.source };
    case 'resources':
      return { step, osId: input.osId, memoryMiB: input.memoryMiB, cpus: input.cpus, accel: input.accel };
    case 'storage':
      return { step, source: input.source, storage: input.storage };
    case 'network':
      return { step, name: input.name, description: input.description, network: input.network };
    default:
      return null;
  }
}
