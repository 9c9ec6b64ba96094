import docusaurus from '@docusaurus/core/lib/client/docusaurus.js';

/*
 * Docusaurus prefetches the chunks of every link that scrolls into view, at once, from
 * IntersectionObserver callbacks: right after hydration that is one long task of some 40
 * ms on a fast laptop (route lookups and dozens of <link rel="prefetch">), while the page
 * should be answering the reader. Here the same prefetches wait for idle time and run a
 * few milliseconds at a time. Hover and navigation preloads stay immediate.
 * Swapped in for core's own module by the prefetchWhenIdle plugin in docusaurus.config.ts.
 */

const SLICE_MS = 4;
const waiting = new Set<string>();
let scheduled = false;

type Deadline = {timeRemaining: () => number};

function whenIdle(callback: (deadline: Deadline) => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(callback, {timeout: 10_000});
  } else {
    // Safari has no requestIdleCallback: after the load burst, one slice at a time.
    setTimeout(() => callback({timeRemaining: () => SLICE_MS}), 250);
  }
}

function drain(deadline: Deadline): void {
  scheduled = false;
  const start = performance.now();
  for (const routePath of waiting) {
    if (performance.now() - start >= SLICE_MS || deadline.timeRemaining() <= 0) break;
    waiting.delete(routePath);
    docusaurus.prefetch(routePath);
  }
  schedule();
}

function schedule(): void {
  if (scheduled || waiting.size === 0) return;
  scheduled = true;
  whenIdle(drain);
}

function prefetch(routePath: string): false {
  waiting.add(routePath);
  schedule();
  // Core's callers ignore the result; false means "nothing fetched yet".
  return false;
}

export default Object.freeze({...docusaurus, prefetch});
