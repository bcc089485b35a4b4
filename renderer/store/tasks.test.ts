import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskProgress } from '../../shared/api.js';
import { says } from '../../shared/i18n/index.js';
import { setLanguageChoice } from '../i18n/i18n.js';
import { applyTask, cancelledSince, mergeRunning, taskStateLabel, tasksSince, useTasks } from './tasks.js';

const task = (id: string, patch: Partial<TaskProgress> = {}): TaskProgress => ({
  id,
  vmId: 'vm-1',
  vmName: 'vm',
  title: says('app:busy'), // any sentence: the store does not read it
  percent: 10,
  state: 'running',
  cancellable: true,
  ...patch,
});

beforeEach(() => {
  vi.useFakeTimers();
  useTasks.setState({ tasks: {} });
});

describe('task store', () => {
  it('follows a task by its events and forgets it a moment after it is done', () => {
    vi.setSystemTime(1000);
    applyTask(task('t'));
    vi.setSystemTime(2000);
    applyTask(task('t', { percent: 100, state: 'done' }));
    expect(useTasks.getState().tasks.t).toMatchObject({ percent: 100, state: 'done', firstSeen: 1000 });
    vi.advanceTimersByTime(3000);
    expect(useTasks.getState().tasks.t).toBeUndefined();
  });

  it('forgets a cancelled task as soon as a done one, a failed one only later', () => {
    applyTask(task('c', { state: 'cancelled' }));
    applyTask(task('f', { state: 'failed', error: says('app:busy') }));
    vi.advanceTimersByTime(3000);
    expect(useTasks.getState().tasks.c).toBeUndefined();
    expect(useTasks.getState().tasks.f).toBeDefined();
    vi.advanceTimersByTime(12000);
    expect(useTasks.getState().tasks.f).toBeUndefined();
  });

  it('finds the tasks a call started', () => {
    vi.setSystemTime(1000);
    applyTask(task('old', { percent: 50 }));
    vi.setSystemTime(5000);
    applyTask(task('new', { percent: 20 }));
    expect(tasksSince(useTasks.getState().tasks, 4000).map((t) => t.id)).toEqual(['new']);
  });

  it('at reconnect takes the engine’s running tasks and drops those that ended unheard', () => {
    const known = {
      gone: { ...task('gone'), firstSeen: 1 },
      still: { ...task('still', { percent: 30 }), firstSeen: 2 },
      done: { ...task('done', { state: 'done' as const, percent: 100 }), firstSeen: 3 },
    };
    const merged = mergeRunning(known, [task('still', { percent: 60 }), task('new')], 99);
    expect(Object.keys(merged).sort()).toEqual(['done', 'new', 'still']);
    expect(merged.still).toMatchObject({ percent: 60, firstSeen: 2 });
    expect(merged.new!.firstSeen).toBe(99);
  });

  it('tells a call that failed because its task was cancelled', () => {
    vi.setSystemTime(1000);
    applyTask(task('s', { state: 'cancelled' }));
    const tasks = useTasks.getState().tasks;
    expect(cancelledSince(tasks, 'vm-1', 500)).toBe(true);
    expect(cancelledSince(tasks, 'vm-1', 2000)).toBe(false);
    expect(cancelledSince(tasks, 'vm-2', 500)).toBe(false);
  });

  it('labels a task by percent while it runs, else by how it ended', () => {
    expect(taskStateLabel({ state: 'running', percent: 41.6 })).toBe('42 %');
    expect(taskStateLabel({ state: 'cancelled', percent: 41.6 })).toBe('cancelled');
    expect(taskStateLabel({ state: 'done', percent: 100 })).toBe('done');
  });

  it('says it in French, with the no-break space before the percent sign', () => {
    setLanguageChoice('fr');
    try {
      expect(taskStateLabel({ state: 'running', percent: 41.6 })).toBe('42\u00a0%');
      expect(taskStateLabel({ state: 'failed', percent: 3 })).toBe('échouée');
    } finally {
      setLanguageChoice('en');
    }
  });
});
