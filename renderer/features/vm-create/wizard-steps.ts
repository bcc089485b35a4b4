// The wizard's steps, which input fields belong to each, and checking the whole input with the shared
// schema (the engine applies the same one again). Pure.
import { ApiError, type CreateVmInput } from '../../../shared/api.js';
import type { HostInfo } from '../../../shared/model/index.js';
import { createVmSchema, fieldErrors, type HostLimits } from '../../../shared/validate.js';
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
  const parsed = createVmSchema(host ?? UNKNOWN_HOST).safeParse(toCreateInput(values));
  if (parsed.success) return { input: parsed.data as CreateVmInput, errors: {} };
  return { input: null, errors: fieldErrors(parsed.error) };
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

function issuePath(details: unknown): string | null {
  const issues = (details as { issues?: Array<{ path?: unknown[] }> } | undefined)?.issues;
  const path = Array.isArray(issues) ? issues[0]?.path : undefined;
  return Array.isArray(path) && path.length ? path.map(String).join('.') : null;
}

/**
 * An engine error belongs in the step where the person can fix it. The engine's "invalid" errors carry
 * the schema's issues with their paths; the others are placed by what they talk about (the file named,
 * a name clash, a port or MAC clash), and anything else stays on the review step.
 */
export function placeEngineError(err: unknown, values: WizardValues): PlacedError {
  const message = err instanceof Error ? err.message : String(err);
  const path = err instanceof ApiError ? issuePath(err.details) : null;
  if (path) return { step: stepOfPath(path), field: path, message };
  const mentions = (p: string) => p.trim() !== '' && message.includes(p.trim());
  if (values.sourceKind === 'iso' && mentions(values.isoPath)) return { step: 'source', field: 'source.isoPath', message };
  if (values.sourceKind === 'import' && mentions(values.importPath)) return { step: 'source', field: 'source.path', message };
  if (values.sourceKind === 'kernel' && mentions(values.kernel)) return { step: 'source', field: 'source.kernel', message };
  if (values.sourceKind === 'kernel' && mentions(values.initrd)) return { step: 'source', field: 'source.initrd', message };
  if (values.storageKind === 'existing' && mentions(values.diskPath)) return { step: 'storage', field: 'storage.path', message };
  if (/\bnamed\b.*exists already/i.test(message)) return { step: 'network', field: 'name', message };
  if (/\bMAC\b/.test(message)) return { step: 'network', field: 'network.mac', message };
  const port = /\bhost port (\d+)/i.exec(message);
  const row = port ? values.forwards.findIndex((f) => f.hostPort.trim() === port[1]) : -1;
  if (row >= 0) return { step: 'network', field: `network.forwards.${row}.hostPort`, message };
  if (/\bport\b|\bbridge\b/i.test(message)) return { step: 'network', field: null, message };
  if (/\bUEFI\b|\bOVMF\b|machine type/i.test(message)) return { step: 'os', field: null, message };
  return { step: 'review', field: null, message };
}
