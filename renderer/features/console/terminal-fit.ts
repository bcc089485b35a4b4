// The serial terminal keeps its geometry (80x25...) whatever its pane: a guest's full-screen program
// drew for that size, and a serial line cannot tell it another. So the font shrinks until the terminal
// fits the pane (never below the smallest legible size, never above the size the person chose), and
// what still does not fit scrolls; a larger pane letterboxes it. Pure.

export interface Size {
  width: number;
  height: number;
}

/**
 * The font size at which a terminal drawn `drawn` big at `fontSize` fits `pane`: the drawing scales with
 * the font, so this is the largest whole size the ratio allows, within [min, max]. Text cells round to
 * whole pixels, so the caller checks the result once drawn (fitsIn) and steps down if it is a pixel over.
 */
export function fitFontSize(pane: Size, drawn: Size, fontSize: number, limits: { min: number; max: number }): number {
  if (!(drawn.width > 0 && drawn.height > 0 && pane.width > 0 && pane.height > 0)) return limits.max;
  const scale = Math.min(pane.width / drawn.width, pane.height / drawn.height);
  return Math.max(limits.min, Math.min(limits.max, Math.floor(fontSize * scale)));
}

/** Half a pixel of slack: layout sizes are fractional. */
export const fitsIn = (pane: Size, drawn: Size): boolean => drawn.width <= pane.width + 0.5 && drawn.height <= pane.height + 0.5;
