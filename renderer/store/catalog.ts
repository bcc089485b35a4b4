import { create } from 'zustand';
import type { OsInfo } from '../../shared/api.js';
import { describeError } from '../lib/errors.js';
import { api } from '../api/client.js';

/** The OS list the engine has defaults for: read once, it only changes with VirtDesk itself. */
interface CatalogState {
  osList: OsInfo[] | null;
  osError: string | null;
}

export const useCatalog = create<CatalogState>(() => ({ osList: null, osError: null }));

let loading: Promise<void> | null = null;

export function loadOsList(): Promise<void> {
  if (useCatalog.getState().osList) return Promise.resolve();
  loading ??= api()
    .osList({})
    .then((osList) => useCatalog.setState({ osList, osError: null }))
    .catch((err: unknown) => useCatalog.setState({ osError: describeError(err) }))
    .finally(() => {
      loading = null;
    });
  return loading;
}

export function osName(list: OsInfo[] | null, id: string | null): string | null {
  if (!id) return null;
  return list?.find((o) => o.id === id)?.name ?? id;
}
