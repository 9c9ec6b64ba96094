import {useCallback, useEffect, useLayoutEffect, useMemo, useRef} from 'react';

/**
 * Stands in for theme-common's useMutationObserver where its hooks import it (see index.ts):
 * the same observer, with the options memoised by their JSON. The original sorts the option
 * keys with localeCompare on every render of every code block, and the first localeCompare
 * loads the browser's collation data: about a fifth of the blocking time of a page with many
 * blocks on a slow phone.
 */
const DEFAULT_OPTIONS: MutationObserverInit = {attributes: true, characterData: true, childList: true, subtree: true};

export function useMutationObserver(target: Element | undefined | null, callback: MutationCallback, options: MutationObserverInit = DEFAULT_OPTIONS): void {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  const stableCallback = useCallback<MutationCallback>((mutations, observer) => latest.current(mutations, observer), []);
  const key = JSON.stringify(options);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the options are compared by value
  const stableOptions = useMemo(() => options, [key]);
  useEffect(() => {
    const observer = new MutationObserver(stableCallback);
    if (target) observer.observe(target, stableOptions);
    return () => observer.disconnect();
  }, [target, stableCallback, stableOptions]);
}
