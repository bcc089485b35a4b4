// Long operations (disk conversion, cloning, saving a VM's state, snapshots) as tasks: each reports
// its progress as events and, where QEMU or qemu-img can stop cleanly, can be cancelled.
import crypto from 'node:crypto';
import { EventEmitter } from 'node:events';
import { ApiError, type TaskProgress } from '../../../shared/api.js';
import { says, type Message } from '../../../shared/i18n/index.js';
import { messageOf } from '../engine-messages.js';

export interface TaskContext {
  /** Aborted by cancel(); cancellable work passes it on (to spawn, to QMP migrate_cancel...). */
  signal: AbortSignal;
  /** 0..100; only whole-percent changes are sent on, so a chatty qemu-img costs at most 100 events. */
  progress(percent: number, title?: Message): void;
}

export interface TaskMeta {
  vmId: string | null;
  vmName: string;
  /** What the task list shows, in its reader's language: says('<ns>:...'). */
  title: Message;
  cancellable: boolean;
}

export class TaskRegistry extends EventEmitter<{ task: [TaskProgress] }> {
  private readonly active = new Map<string, { task: TaskProgress; abort: AbortController }>();

  /** Runs work as a task; its failure is reported on the task and rethrown to the caller. */
  async run<T>(meta: TaskMeta, work: (ctx: TaskContext) => Promise<T>): Promise<T> {
    const abort = new AbortController();
    const entry = { task: { id: crypto.randomUUID(), ...meta, percent: 0, state: 'running' } as TaskProgress, abort };
    this.active.set(entry.task.id, entry);
    const update = (patch: Partial<TaskProgress>) => {
      entry.task = { ...entry.task, ...patch };
      this.emit('task', entry.task);
    };
    update({});
    const ctx: TaskContext = {
      signal: abort.signal,
      progress: (percent, title) => {
        const p = Math.max(0, Math.min(100, Math.floor(percent)));
        // Messages compare by their text: the same sentence with the same parameters.
        if (p !== entry.task.percent || (title && title.text !== entry.task.title.text))
          update({ percent: p, ...(title ? { title } : {}) });
      },
    };
    try {
      const result = await work(ctx);
      update({ percent: 100, state: 'done' });
      return result;
    } catch (err) {
      update(abort.signal.aborted ? { state: 'cancelled' } : { state: 'failed', error: messageOf(err) });
      throw err;
    } finally {
      this.active.delete(entry.task.id);
    }
  }

  list(): TaskProgress[] {
    return [...this.active.values()].map((e) => e.task);
  }

  cancel(id: string): void {
    const entry = this.active.get(id);
    if (!entry) throw new ApiError('not-found', says('engine:task.notRunning'), { field: 'taskId' });
    if (!entry.task.cancellable) throw new ApiError('conflict', says('engine:task.notCancellable', { title: entry.task.title }));
    entry.abort.abort();
  }
}
