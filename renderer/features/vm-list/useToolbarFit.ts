import { useLayoutEffect, type RefObject } from 'react';

/** How many steps of compaction the toolbar has: each hides the labels of the tools marked with it or less. */
const FIT_STEPS = 6;

/**
 * Keeps every toolbar button on screen, whatever the window's width and the language's word lengths
 * ("Forcer l'arrêt…" is half as long again as "Force off…"): from the full labels, it sets the
 * toolbar's data-fit to the first step at which nothing overflows (vm-list.module.css hides the labels
 * of the tools whose data-compact is at most that step; their icons and accessible names stay). It is
 * measured, not a breakpoint, so it follows the words: again on a resize and when a label changes
 * (a new language, Start becoming Restore).
 */
export function useToolbarFit(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      for (let step = 0; step <= FIT_STEPS; step++) {
        el.dataset.fit = String(step);
        if (el.scrollWidth <= el.clientWidth) return;
      }
    };
    fit();
    // The toolbar's own width changes with the window's; its contents with the words in it.
    const resized = new ResizeObserver(fit);
    resized.observe(el);
    const relabelled = new MutationObserver(fit);
    relabelled.observe(el, { subtree: true, childList: true, characterData: true });
    return () => {
      resized.disconnect();
      relabelled.disconnect();
    };
  }, [ref]);
}
