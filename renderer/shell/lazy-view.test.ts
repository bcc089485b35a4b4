import { createElement, Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { lazyView } from './lazy-view.js';

function Hello({ who }: { who: string }) {
  return createElement('p', null, `hello ${who}`);
}

const render = (view: ReturnType<typeof lazyView<{ Hello: typeof Hello }, 'Hello'>>) =>
  renderToString(createElement(Suspense, { fallback: createElement('i', null, 'loading') }, createElement(view, { who: 'vm' })));

describe('lazyView', () => {
  it('shows the fallback while the chunk is not there', () => {
    const view = lazyView(() => new Promise<{ Hello: typeof Hello }>(() => undefined), 'Hello');
    expect(render(view)).toContain('loading');
  });

  it('renders a preloaded view at once, without a Suspense round', async () => {
    const load = vi.fn(async () => ({ Hello }));
    const view = lazyView(load, 'Hello');
    await view.preload();
    await view.preload();
    expect(load).toHaveBeenCalledTimes(1);
    const html = render(view);
    expect(html).toContain('hello vm');
    expect(html).not.toContain('loading');
  });

  it('fetches again after a failed fetch', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('404')).mockResolvedValue({ Hello });
    const view = lazyView<{ Hello: typeof Hello }, 'Hello'>(load, 'Hello');
    await expect(view.preload()).rejects.toThrow('404');
    await view.preload();
    expect(load).toHaveBeenCalledTimes(2);
    expect(render(view)).toContain('hello vm');
  });
});
