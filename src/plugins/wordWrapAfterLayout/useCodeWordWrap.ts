import {useCallback, useState, type RefObject} from 'react';

/**
 * Stands in for theme-common's useCodeWordWrap (see index.ts): the same state and toggle, but
 * whether a block scrolls sideways is measured when a ResizeObserver reports its box, that is
 * after the browser has laid the page out, never in the middle of hydration.
 *
 * The original measures every block in an effect right after hydration, between other effects
 * that write styles (the <details> collapsibles), so each block forced a fresh style and layout
 * of the page. A block inside a closed <details> is worse: asking for its size makes Chromium
 * lay out the hidden contents. On Terraform that was 650 ms of forced style work in one task.
 * The observer also covers what the original watched separately: a hidden tab shown, a window
 * resized, and (new) a closed <details> opened.
 */
export interface CodeWordWrap {
  codeBlockRef: RefObject<HTMLPreElement | null>;
  isEnabled: boolean;
  isCodeScrollable: boolean;
  toggle: () => void;
}

/** True when the block must offer the word-wrap button: its code is wider than its box, or wrapped. */
function scrollsOrWraps(pre: HTMLPreElement): boolean {
  return pre.scrollWidth > pre.clientWidth || Boolean(pre.querySelector('code')?.hasAttribute('style'));
}

/**
 * A ref object that observes whichever <pre> it holds: the block's <pre> can be replaced without
 * the word wrap's owner rendering again (the highlighter arriving, the reader's values drawn
 * into a kept server block), and React and the kept block both set the ref.
 */
function observedPreRef(onBox: (pre: HTMLPreElement) => void): RefObject<HTMLPreElement | null> {
  let element: HTMLPreElement | null = null;
  let observer: ResizeObserver | null = null;
  return {
    get current() {
      return element;
    },
    set current(next: HTMLPreElement | null) {
      if (next === element) return;
      observer?.disconnect();
      element = next;
      if (!next) return;
      // A box of no size (a hidden tab, a closed <details>) is not reported until it is shown.
      observer ??= new ResizeObserver(() => {
        if (element) onBox(element);
      });
      observer.observe(next);
    },
  };
}

export function useCodeWordWrap(): CodeWordWrap {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const [codeBlockRef] = useState(() => observedPreRef((pre) => setIsCodeScrollable(scrollsOrWraps(pre))));

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) code.removeAttribute('style');
    else {
      code.style.whiteSpace = 'pre-wrap';
      // Very long words, strings and tokens wrap too: no scrollbar once wrapping is on.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [codeBlockRef, isEnabled]);

  return {codeBlockRef, isEnabled, isCodeScrollable, toggle};
}
