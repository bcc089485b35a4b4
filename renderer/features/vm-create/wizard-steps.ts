// The wizard's steps, which input fields belong to each, and checking the whole input with the shared
// schema (the engine applies the same one again). Pure but for the words: issues and engine errors
// are put into the window's language when they are shown (placedMessage, renderer/lib/errors.ts).
import { ApiError, type ArgOf, type CreateVmInput } from '../../../shared/api.js';
import type { Language } from '../../../shared/i18n/index.js';
import type { HostInfo } from '../../../shared/model/index.js';
import { check, createVmSchemaFor, type FieldIssue, type HostLimits } from '../../../shared/schemas/index.js';
import { describeError } from '../../lib/errors.js';
import { toCreateInput, type WizardValues } from './wizard-values.js';

export type StepId = 'source' | 'os' | 'resources' | 'storage' | 'network' | 'review';

/** A step's title and line are wizard:steps.<id>.title and .text. */
export interface Step {
  id: StepId;
  /** First segments of the CreateVmInput paths this step edits. */
  fields: string[];
}

export const STEPS: readonly Step[] = [
  { id: 'source', fields: ['source'] },
  { id: 'os', fields: ['osId'] },
  { id: 'resources', fields: ['memoryMiB', 'cpus', 'accel', 'firmware', 'machine', 'cpuModel'] },
  { id: 'storage', fields: ['storage', 'diskBus'] },
  { id: 'network', fields: ['name', 'description', 'network', 'display'] },
  { id: 'review', fields: [] },
];

export const stepIndex = (id: StepId) => STEPS.findIndex((s) => s.id === id);

/** Which step edits the field at this dotted path ("network.forwards.0.hostPort" -> network). */
export function stepOfPath(path: string): StepId {
  const head = path.split('.')[0] ?? '';
  return STEPS.find((s) => s.fields.includes(head))?.id ?? 'review';
}

/** Field path -> its first issue; the form shows issueText(issue), in the window's language. */
export type FieldErrors = Record<string, FieldIssue>;

export interface WizardCheck {
  /** The parsed input (trimmed name etc.) when every step is valid. */
  input: CreateVmInput | null;
  errors: FieldErrors;
}

// Before host() answers, the engine's own check is the only limit; the wizard stays usable.
const UNKNOWN_HOST: HostLimits = { memTotalMiB: Number.MAX_SAFE_INTEGER, cpuThreads: 1024 };

/** `lng`: the language the numbers were typed in ("1,5" is one and a half in French). */
export function checkWizard(values: WizardValues, host: HostInfo | null, lng: Language): WizardCheck {
  const parsed = check(createVmSchemaFor(host ?? UNKNOWN_HOST), toCreateInput(values, lng));
  if (parsed.ok) return { input: parsed.value, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.issues) errors[issue.path] ??= issue;
  return { input: null, errors };
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
  /** What the engine threw: worded when shown (placedMessage), so it follows a change of language. */
  error: unknown;
}

/**
 * An engine error belongs in the step where the person can fix it: the engine names the field
 * (schema issues, files that do not exist, a name or port or MAC taken); anything else stays on the
 * review step.
 */
export function placeEngineError(err: unknown): PlacedError {
  const field = err instanceof ApiError ? err.field || null : null;
  return field ? { step: stepOfPath(field), field, error: err } : { step: 'review', field: null, error: err };
}

/** The refusal in the window's language, without the input path when it shows under that field. */
export function placedMessage(placed: PlacedError): string {
  const message = describeError(placed.error);
  return placed.field ? atField(message, placed.field) : message;
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
