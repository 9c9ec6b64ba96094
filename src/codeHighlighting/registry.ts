import {useSyncExternalStore, type ComponentType} from 'react';
import type {Props} from '@theme/CodeBlock/Content';

/*
 * Where the Prism highlighter is handed over once its chunk has run. Pages with code
 * import that chunk up front (so it is there before hydration); every other page never
 * loads it.
 */
type Highlighter = ComponentType<Props>;

let highlighter: Highlighter | null = null;
const listeners = new Set<() => void>();

export function provideHighlighter(component: Highlighter): void {
  if (highlighter === component) return;
  highlighter = component;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function current(): Highlighter | null {
  return highlighter;
}

/** The highlighter, or null until its chunk has run; re-renders when it arrives. */
export function useHighlighter(): Highlighter | null {
  return useSyncExternalStore(subscribe, current, current);
}
