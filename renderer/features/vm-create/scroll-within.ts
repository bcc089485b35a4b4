// Scrolling one container to show an element, and nothing else: Element.scrollIntoView() and focus()
// also scroll every ancestor that can scroll, even one with overflow: hidden like the wizard's dialog,
// which then sits 38 px up with its header out of sight and no scroll bar to bring it back.

/** Centre `el` in `container` (which must be its scrolling ancestor), moving no other scroller. */
export function scrollWithin(container: HTMLElement, el: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const at = el.getBoundingClientRect();
  container.scrollTop += at.top - box.top - (container.clientHeight - at.height) / 2;
}

/** Focus a field without letting the browser scroll anything, then bring it into view inside `container`. */
export function focusWithin(container: HTMLElement, el: HTMLElement): void {
  el.focus({ preventScroll: true });
  scrollWithin(container, el);
}

/**
 * Scroll `container` by the least amount that shows all of `el` (nothing when it shows already), moving
 * no other scroller: a refusal told while the person types appears under the field, which may be below
 * the fold.
 */
export function revealWithin(container: HTMLElement, el: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const at = el.getBoundingClientRect();
  if (at.bottom > box.bottom) container.scrollTop += Math.min(at.bottom - box.bottom, at.top - box.top);
  else if (at.top < box.top) container.scrollTop -= box.top - at.top;
}
