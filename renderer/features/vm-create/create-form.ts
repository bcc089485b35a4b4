import type { CreateVmInput } from '../../../shared/api.js';
import type { Accel, HostInfo } from '../../../shared/model/index.js';
import { createVmSchema, fieldErrors, type HostLimits } from '../../../shared/validate.js';

/** What the inputs hold: text, so a half-typed or empty number is representable and gets a message. */
export interface FormValues {
  name: string;
  isoPath: string;
  memoryMiB: string;
  cpus: string;
  diskGiB: string;
  accel: Accel;
}

export type FieldName = keyof FormValues;

/** A host with less than this is "small": suggest 512 MiB so the default fits beside the host itself. */
const SMALL_HOST_MIB = 2048;

export function initialValues(host: HostInfo | null): FormValues {
  const small = host !== null && host.memTotalMiB < SMALL_HOST_MIB;
  return {
    name: '',
    isoPath: '',
    memoryMiB: small ? '512' : '1024',
    cpus: '1',
    diskGiB: '20',
    accel: 'auto',
  };
}

// Before host() answers, the engine's own check is the only limit; the form stays usable.
const UNKNOWN_HOST: HostLimits = { memTotalMiB: Number.MAX_SAFE_INTEGER, cpuThreads: 1024 };

function toNumber(text: string): number | undefined {
  const t = text.trim();
  return t === '' ? undefined : Number(t);
}

export type Checked =
  | { ok: true; input: CreateVmInput; errors: Partial<Record<FieldName, string>> }
  | { ok: false; errors: Partial<Record<FieldName, string>> };

/** The same schema the engine applies, with this host's limits. */
export function check(values: FormValues, host: HostInfo | null): Checked {
  const schema = createVmSchema(host ?? UNKNOWN_HOST);
  const parsed = schema.safeParse({
    name: values.name,
    isoPath: values.isoPath.trim(),
    memoryMiB: toNumber(values.memoryMiB),
    cpus: toNumber(values.cpus),
    diskGiB: toNumber(values.diskGiB),
    accel: values.accel,
  });
  if (parsed.success) return { ok: true, input: parsed.data, errors: {} };
  return { ok: false, errors: fieldErrors(parsed.error) as Partial<Record<FieldName, string>> };
}
