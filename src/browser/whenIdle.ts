export type IdleDeadline = {timeRemaining: () => number};

/**
 * Runs the callback when the browser is idle, or after `timeout` ms whatever happens.
 * Safari has no requestIdleCallback: there it runs after `fallbackDelay` ms, past the busiest
 * moment of a page load.
 */
export function whenIdle(callback: (deadline: IdleDeadline) => void, {timeout, fallbackDelay}: {timeout: number; fallbackDelay: number}): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(callback, {timeout});
  } else {
    const start = performance.now();
    setTimeout(() => callback({timeRemaining: () => Math.max(0, 4 - (performance.now() - start))}), fallbackDelay);
  }
}
