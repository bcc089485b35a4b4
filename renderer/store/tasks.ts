import { create } from 'zustand';
import type { TaskProgress } from '../../shared/api.js';
import { i18n } from '../i18n/i18n.js';

/** Long engine work (a disk conversion), as its 'task' events tell it. Never polled. */
export interface TrackedTask extends TaskProgress {
  /** When the first event of this task arrived (ms): the wizard follows tasks started by its create(). */
  firstSeen: number;
}

interface TasksState {
  tasks: Record<string, TrackedTask>;
}

export const useTasks = create<TasksState>(() => ({ tasks: {} }));

/**
 * A finished task stays a moment so its 100% (or that it was cancelled) is seen; a failed one longer,
 * as its error explains.
 */
const KEEP_DONE_MS = 3000;
const KEEP_FAILED_MS = 15000;

export function applyTask(task: TaskProgress): void {
  useTasks.setState((s) => {
    const known = s.tasks[task.id];
    return { tasks: { ...s.tasks, [task.id]: { ...task, firstSeen: known?.firstSeen ?? Date.now() } } };
  });
  if (task.state !== 'running') {
    setTimeout(() => forgetTask(task.id, task.state), task.state === 'failed' ? KEEP_FAILED_MS : KEEP_DONE_MS);
  }
}

/**
 * At (re)connect: the engine's running tasks, so a window opened mid-task shows them. A task this
 * window thought running but the engine no longer has ended while the link was down; its outcome
 * was never heard, so it goes rather than spinning for ever.
 */
export function replaceRunningTasks(running: TaskProgress[]): void {
  useTasks.setState((s) => ({ tasks: mergeRunning(s.tasks, running, Date.now()) }));
}

export function mergeRunning(tasks: Record<string, TrackedTask>, running: TaskProgress[], now: number): Record<string, TrackedTask> {
  const next: Record<string, TrackedTask> = {};
  for (const t of Object.values(tasks)) if (t.state !== 'running') next[t.id] = t;
  for (const t of running) next[t.id] = { ...t, firstSeen: tasks[t.id]?.firstSeen ?? now };
  return next;
}

function forgetTask(id: string, state: TaskProgress['state']): void {
  useTasks.setState((s) => {
    // Only if it did not start again meanwhile.
    if (s.tasks[id]?.state !== state) return {};
    const { [id]: _gone, ...tasks } = s.tasks;
    return { tasks };
  });
}

/** Tasks that arrived since `since` (ms), oldest first: the ones a just-started call caused. */
export function tasksSince(tasks: Record<string, TrackedTask>, since: number): TrackedTask[] {
  return Object.values(tasks)
    .filter((t) => t.firstSeen >= since)
    .sort((a, b) => a.firstSeen - b.firstSeen);
}

/** "42 %" while it runs, else how it ended ("done", "terminée"). */
export function taskStateLabel(task: Pick<TaskProgress, 'state' | 'percent'>): string {
  return task.state === 'running'
    ? i18n.t('app:tasks.state.running', { percent: Math.round(task.percent) })
    : i18n.t(`app:tasks.state.${task.state}`);
}

/** The person cancelled a task of this VM since `since`: its call's failure is no news to them. */
export function cancelledSince(tasks: Record<string, TrackedTask>, vmId: string, since: number): boolean {
  return tasksSince(tasks, since).some((t) => t.vmId === vmId && t.state === 'cancelled');
}
