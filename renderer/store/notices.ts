import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'error' | 'success';
  title: string;
  message?: string;
}

interface NoticesState {
  notices: Notice[];
}

export const useNotices = create<NoticesState>(() => ({ notices: [] }));

let nextId = 1;
/** Successes fade on their own; errors stay until read, because they carry the fix. */
const SUCCESS_MS = 5000;

export function notify(notice: Omit<Notice, 'id'>): void {
  const id = nextId++;
  useNotices.setState((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id }] }));
  if (notice.tone === 'success') setTimeout(() => dismissNotice(id), SUCCESS_MS);
}

export function dismissNotice(id: number): void {
  useNotices.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}
