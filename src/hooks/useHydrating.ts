import {useSyncExternalStore} from 'react';

const unchanging = () => () => undefined;

/**
 * True when this render hydrates server HTML: React reads a store's server snapshot only on the
 * server and while hydrating. A component mounted later in the browser gets false. React renders
 * again with the browser's snapshot once hydrated, so keep the first answer if it must last.
 */
export function useHydrating(): boolean {
  return useSyncExternalStore(
    unchanging,
    () => false,
    () => true,
  );
}
