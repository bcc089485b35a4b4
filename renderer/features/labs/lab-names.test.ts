import { describe, expect, it } from 'vitest';
import type { VmSummary } from '../../../shared/model/index.js';
import { defaultLabName, labFieldIssues, labMembers } from './lab-names.js';

const vm = (name: string, lab: string | null = null) =>
  ({ id: name, name, config: { lab }, status: { state: 'stopped' } }) as unknown as VmSummary;

describe('lab names in the dialog', () => {
  it('suggests lab1, or the next name whose lab and VM names are free', () => {
    expect(defaultLabName([vm('web')], 3)).toBe('lab1');
    expect(defaultLabName([vm('lab1-1', 'lab1'), vm('LAB2-3')], 3)).toBe('lab3');
    expect(defaultLabName([vm('LAB2-3')], 2)).toBe('lab1');
  });

  it('lists a lab in its numbered order', () => {
    const all = [vm('t-10', 't'), vm('t-2', 't'), vm('other'), vm('t-1', 't')];
    expect(labMembers(all, 't').map((v) => v.name)).toEqual(['t-1', 't-2', 't-10']);
  });

  it('checks the name and the count with the engine schemas', () => {
    expect(labFieldIssues('tp', 3)).toEqual({ name: null, count: null });
    const bad = labFieldIssues('a b', 17);
    expect(bad.name?.key).toBe('validation:lab.name');
    expect(bad.count?.key).toBe('validation:lab.count');
    expect(labFieldIssues('tp', Number('')).count?.key).toBe('validation:lab.count');
  });
});
