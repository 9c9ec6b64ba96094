import React, {startTransition, useEffect, useState, type ReactNode} from 'react';
// The original module's context, which useIsBrowser() reads: only its provider is swapped.
import {Context} from '@docusaurus/core/lib/client/browserContext';
import {markHydrated} from '@site/src/hooks/useHydrating';

/**
 * Stands in for the provider of @docusaurus/core's client/browserContext (see index.ts): the
 * same context, set to true once the page has hydrated, but set in a transition. Every
 * useIsBrowser() user renders again when it flips (the navbar's logo and colour toggle, each
 * <details>, the sidebar's categories). Set from an effect, that was an update React renders
 * in one go without yielding: about 50 ms here, four times that on a slow phone, in one task.
 * In a transition React renders it in slices of a few milliseconds and lets input through.
 */
export {Context};

export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    // A parent's effects run after its children's: here, after every effect of the first render.
    markHydrated();
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
