import {useEffect, useState} from 'react';

/** theme-classic's menu button (Navbar/MobileSidebar/Toggle). */
const MENU_BUTTON = '.navbar__toggle';
/** What comes before a click or a key press on the button: a pointer over or down on it, a touch, or focus. */
const INTENT_EVENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

/**
 * True from the moment the reader reaches for the menu button. Until then the phone menu's
 * drawer (every navbar item and the whole docs sidebar, hidden off-screen) need not exist:
 * rendering it right after hydration was one of the longest tasks of a page load on a phone.
 */
export function useMenuIntent(): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return undefined;
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(MENU_BUTTON)) setWanted(true);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, {capture: true, passive: true});
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent, {capture: true});
    };
  }, [wanted]);
  return wanted;
}
