import { describe, expect, it } from 'vitest';
import { ApiError, type TaskProgress } from '../../../shared/api.js';
import { createI18n, says, tr } from '../../../shared/i18n/index.js';
import { verbatim } from '../engine-messages.js';
import { TaskRegistry } from './task-registry.js';

const meta = { vmId: 'vm', vmName: 'alpha', cancellable: false };

function recorded(tasks: TaskRegistry): TaskProgress[] {
  const seen: TaskProgress[] = [];
  tasks.on('task', (t) => seen.push(t));
  return seen;
}

describe('tasks', () => {
  it('carry their title and their failure as messages the task list translates', async () => {
    const tasks = new TaskRegistry();
    const seen = recorded(tasks);
    const failure = new ApiError('conflict', says('engine:power.saveCancelled'));
    await expect(tasks.run({ ...meta, title: says('engine:task.saving') }, () => Promise.reject(failure))).rejects.toBe(failure);
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ state: 'failed', title: { key: 'engine:task.saving' }, error: { key: 'engine:power.saveCancelled' } });
    expect(tr(createI18n('fr'), last.error!)).toBe('L’enregistrement a été annulé\u00a0; la VM continue de tourner.');
  });

  it('follow a title that changes as the work goes, and show a failure without a key as it is', async () => {
    const tasks = new TaskRegistry();
    const seen = recorded(tasks);
    const step = verbatim('qemu-img convert a.vmdk');
    await tasks.run({ ...meta, title: says('engine:task.creating') }, async (task) => task.progress(50, step));
    expect(seen.map((t) => [t.title.text, t.percent])).toEqual([
      ['Creating the VM', 0],
      ['qemu-img convert a.vmdk', 50],
      ['qemu-img convert a.vmdk', 100],
    ]);
    const title = says('engine:task.saving');
    await expect(tasks.run({ ...meta, title }, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(seen.at(-1)?.error?.text).toBe('disk full');
  });

  it('refuse to cancel what cannot stop cleanly, naming the task in the reader’s language', async () => {
    const tasks = new TaskRegistry();
    let release = () => {};
    const running = tasks.run({ ...meta, title: says('engine:task.restoring') }, () => new Promise<void>((r) => (release = r)));
    const [task] = tasks.list();
    const refusal = (() => {
      try {
        tasks.cancel(task!.id);
      } catch (err) {
        return err as ApiError;
      }
      return null;
    })();
    expect(refusal?.message).toBe('"Restoring the saved state" cannot be cancelled once started: QEMU offers no clean way to stop it.');
    expect(tr(createI18n('fr'), { key: refusal!.key as never, params: refusal!.params, text: refusal!.message })).toMatch(
      /^La tâche «\u00a0Restauration de l’état enregistré\u00a0» ne peut plus être annulée/,
    );
    expect(() => tasks.cancel('nope')).toThrow(/That task is not running/);
    release();
    await running;
  });
});
