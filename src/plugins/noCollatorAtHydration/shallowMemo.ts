import {useLayoutEffect, useMemo, useRef} from 'react';

/**
 * Stands in for theme-common's utils/reactUtils where its navbar's secondary menu imports it
 * (see index.ts), with the three things that menu uses. Keys are sorted by code unit, not by
 * localeCompare: the first localeCompare on a page loads the browser's collation data.
 */
export function useShallowMemoObject<T extends object>(obj: T): T {
  const deps = Object.entries(obj)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flat();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- memoised on the object's entries, as the original
  return useMemo(() => obj, deps);
}

/** The error theme-common throws when a hook is used outside its provider. */
export class ReactContextError extends Error {
  constructor(providerName: string, additionalInfo?: string) {
    super(`Hook is called outside the <${providerName}>. ${additionalInfo ?? ''}`);
    this.name = 'ReactContextError';
  }
}

/** The value at the previous render, as theme-common's usePrevious. */
export function usePrevious<T>(value: T): T | undefined {
  const previous = useRef<T | undefined>(undefined);
  useLayoutEffect(() => {
    previous.current = value;
  });
  // eslint-disable-next-line react-compiler/react-compiler -- read during render, as the original
  return previous.current;
}
