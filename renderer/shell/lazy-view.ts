import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// Any props: each view keeps its own, checked where it is rendered (React's own lazy() says the same).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

export type LazyView<T extends AnyComponent> = LazyExoticComponent<T> & {
  /** Fetches the view's code without rendering it; safe to call any number of times. */
  preload: () => Promise<void>;
};

/**
 * A view whose code is a chunk of its own, fetched on first use (or earlier, by preload()). Once the
 * chunk has arrived, the first render does not suspend: the factory hands React a thenable that is
 * already settled, so no fallback flashes for a view that was preloaded. A failed fetch is forgotten,
 * so the next attempt fetches again.
 */
export function lazyView<M extends Record<K, AnyComponent>, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyView<M[K]> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  const fetchChunk = (): Promise<M> =>
    (pending ??= load().then(
      (m) => (module = m),
      (err: unknown) => {
        pending = null;
        throw err;
      },
    ));
  const view = lazy((): Promise<{ default: M[K] }> => {
    const ready = module;
    if (ready) {
      // Settles synchronously inside React's lazy initializer: rendered at once, no Suspense round.
      const settled: PromiseLike<{ default: M[K] }> = {
        then: (ok) => (ok ? ok({ default: ready[name] }) : undefined) as never,
      };
      return settled as Promise<{ default: M[K] }>;
    }
    return fetchChunk().then((m) => ({ default: m[name] }));
  });
  return Object.assign(view, { preload: () => fetchChunk().then(() => undefined) });
}
