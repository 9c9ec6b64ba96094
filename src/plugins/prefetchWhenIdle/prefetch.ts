/*
 * Docusaurus prefetches the chunks of every link that scrolls into view, at once, from
 * IntersectionObserver callbacks: right after hydration that made one task of 30 to 40 ms
 * on our two-core test machine (dozens of <link rel="prefetch"> added in a row, each one
 * starting a fetch), just when the page should answer the reader. This stands in for
 * core's prefetch helper (swapped in by index.ts): the
 * same links, added in idle time, a few milliseconds at a time. Preloading on hover and
 * on navigation does not come through here and stays immediate.
 */

import {whenIdle, type IdleDeadline} from '../../browser/whenIdle';

const SLICE_MS = 4;

type Waiting = {url: string; done: () => void};

const waiting: Waiting[] = [];
let scheduled = false;

function addPrefetchLink({url, done}: Waiting): void {
  const link = document.createElement('link');
  link.rel = 'prefetch';
  link.href = url;
  // Core's helper ignores failures too (a 404 shows in the console anyway).
  link.onload = done;
  link.onerror = done;
  document.head.appendChild(link);
}

function drain(deadline: IdleDeadline): void {
  scheduled = false;
  const start = performance.now();
  // At least one per call, so that a page that is never idle still gets there (timeout).
  do {
    const next = waiting.shift();
    if (!next) break;
    addPrefetchLink(next);
  } while (performance.now() - start < SLICE_MS && deadline.timeRemaining() > 0);
  schedule();
}

function schedule(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  // Safari: after the load burst, one slice at a time.
  whenIdle(drain, {timeout: 10_000, fallbackDelay: 250});
}

export default function prefetch(url: string): Promise<void> {
  return new Promise((resolve) => {
    waiting.push({url, done: () => resolve()});
    schedule();
  });
}
