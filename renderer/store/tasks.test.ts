import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyTask, tasksSince, useTasks } from './tasks.js';

beforeEach(() => {
  vi.useFakeTimers();
  useTasks.setState({ tasks: {} });
});

describe('task store', () => {
  it('follows a task by its events and forgets it a moment after it is done', () => {
    vi.setSystemTime(1000);
    applyTask({ id: 't', vmName: 'vm', title: 'Converting a.vmdk to qcow2', percent: 10, state: 'running' });
    vi.setSystemTime(2000);
    applyTask({ id: 't', vmName: 'vm', title: 'Converting a.vmdk to qcow2', percent: 100, state: 'done' });
    expect(useTasks.getState().tasks.t).toMatchObject({ percent: 100, state: 'done', firstSeen: 1000 });
    vi.advanceTimersByTime(3000);
    expect(useTasks.getState().tasks.t).toBeUndefined();
  });

  it('finds the tasks a call started', () => {
    vi.setSystemTime(1000);
    applyTask({ id: 'old', vmName: 'vm', title: 'old', percent: 50, state: 'running' });
    vi.setSystemTime(5000);
    applyTask({ id: 'new', vmName: 'vm', title: 'new', percent: 20, state: 'running' });
    expect(tasksSince(useTasks.getState().tasks, 4000).map((t) => t.id)).toEqual(['new']);
  });
});
