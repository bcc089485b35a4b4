import { useCallback, useEffect, useState, type RefObject } from 'react';

/** Whether this element is the page's full-screen element, and a toggle for it. */
export function useFullscreen(el: RefObject<HTMLElement | null>): { fullscreen: boolean; toggle: () => void } {
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullscreen(!!el.current && document.fullscreenElement === el.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [el]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void el.current?.requestFullscreen().catch(() => undefined); // refused (e.g. in an iframe): stay as is
  }, [el]);
  return { fullscreen, toggle };
}
