import {useEffect, useSyncExternalStore, type ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock/Content';

/*
 * Where the Prism highlighter is handed over once its chunk has run. No page loads it to
 * hydrate: the server's highlighted blocks are kept as they are (CodeBlock/Content). It is
 * loaded when a block must be drawn in the browser: the reader's values or a generator's
 * inputs change what it shows, or the block mounts without server HTML (another page opened
 * in the app). Colours come from CSS, so the colour mode never needs it.
 */
type Highlighter = ComponentType<Props>;

let highlighter: Highlighter | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function provideHighlighter(component: Highlighter): void {
  if (highlighter === component) return;
  highlighter = component;
  for (const listener of listeners) listener();
}

/** Loads the highlighter's chunk once; a failed download may be tried again later. */
export function loadHighlighter(): Promise<void> {
  loading ??= import('./highlighter').then(
    () => undefined,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function current(): Highlighter | null {
  return highlighter;
}

/**
 * The highlighter, or null until its chunk has run; re-renders when it arrives. `needed` loads
 * it. Until then a block shows its code without colours, or keeps the server's DOM; if the
 * download fails the code stays readable that way.
 */
export function useHighlighter(needed: boolean): Highlighter | null {
  const component = useSyncExternalStore(subscribe, current, current);
  useEffect(() => {
    if (needed && !component) loadHighlighter().catch(() => undefined);
  }, [needed, component]);
  return component;
}
