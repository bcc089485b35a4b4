import { create } from 'zustand';
import type { TaskProgress } from '../../shared/api.js';

/** Long engine work (a disk conversion), as its 'task' events tell it. Never polled. */
export interface TrackedTask extends TaskProgress {
  /** When the first event of this task arrived (ms): the wizard follows tasks started by its create(). */
  firstSeen: number;
}

interface TasksState {
  tasks: Record<string, TrackedTask>;
}

export const useTasks = create<TasksState>(() => ({ tasks: {} }));

/** A finished task stays a moment so its 100% is seen; a failed one longer, as its error explains. */
const KEEP_DONE_MS = 3000;
const KEEP_FAILED_MS = 15000;

export function applyTask(task: TaskProgress): void {
  useTasks.setState((s) => {
    const known = s.tasks[task.id];
    return { tasks: { ...s.tasks, [task.id]: { ...task, firstSeen: known?.firstSeen ?? Date.now() } } };
  });
  if (task.state !== 'running') {
    setTimeout(() => forgetTask(task.id, task.state), task.state === 'done' ? KEEP_DONE_MS : KEEP_FAILED_MS);
  }
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

