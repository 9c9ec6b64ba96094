import {startTransition, useEffect, useState} from 'react';

/**
 * Stands in for theme-common's useWindowSize (see index.ts): "ssr" while hydrating, then
 * "desktop" or "mobile" by the same breakpoint, but the first reading is set in a transition.
 * On a phone it mounts the navbar's mobile sidebar with every sidebar link (about 15 ms
 * here, four times that on a slow phone); set from an effect, React rendered it in one task
 * without yielding. Later readings, on resize, stay urgent.
 */
export type WindowSize = 'desktop' | 'mobile' | 'ssr';

// The same value as theme-common's (and Infima's CSS).
const DESKTOP_BREAKPOINT = 996;

function windowSize(desktopBreakpoint: number): WindowSize {
  return window.innerWidth > desktopBreakpoint ? 'desktop' : 'mobile';
}

export function useWindowSize({desktopBreakpoint = DESKTOP_BREAKPOINT}: {desktopBreakpoint?: number} = {}): WindowSize {
  // A constant while hydrating, as the server rendered it.
  const [size, setSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => setSize(windowSize(desktopBreakpoint));
    startTransition(update);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return size;
}
