// Pure: the lab dialog's rules on this side (the engine checks the same with the same schemas).
import type { VmSummary } from '../../../shared/model/index.js';
import { labCount } from '../../../shared/schemas/lab-methods.js';
import { labName } from '../../../shared/schemas/fields.js';
import { check } from '../../../shared/schemas/issues.js';
import type { FieldIssue } from '../../../shared/schemas/issues.js';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** The VMs of a lab, in their numbered order. */
export function labMembers(vms: readonly VmSummary[], lab: string): VmSummary[] {
  return vms.filter((v) => v.config?.lab === lab).sort((a, b) => collator.compare(a.name, b.name));
}

/** lab1, lab2...: the first name no lab has and whose VMs' names (up to `count`) are free. */
export function defaultLabName(vms: readonly VmSummary[], count: number): string {
  const names = new Set(vms.map((v) => v.name.toLowerCase()));
  const labs = new Set(vms.map((v) => v.config?.lab));
  for (let n = 1; ; n++) {
    const lab = `lab${n}`;
    if (!labs.has(lab) && !Array.from({ length: count }, (_, i) => `${lab}-${i + 1}`).some((x) => names.has(x))) return lab;
  }
}

/** The first issue of the name and of the count, in the validator's words; null = fine. */
export function labFieldIssues(name: string, count: number): { name: FieldIssue | null; count: FieldIssue | null } {
  const n = check(labName, name);
  const c = check(labCount, count);
  return { name: n.ok ? null : (n.issues[0] ?? null), count: c.ok ? null : (c.issues[0] ?? null) };
}
