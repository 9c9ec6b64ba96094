import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';

type IdleCallback = (deadline: {timeRemaining: () => number; didTimeout: boolean}) => void;
type FakeLink = {rel: string; href: string; onload?: () => void; onerror?: () => void};

let idleCallbacks: IdleCallback[] = [];
let added: FakeLink[] = [];
let now = 0;
let costPerLink = 0;

async function freshPrefetch() {
  vi.resetModules();
  return (await import('../../../src/plugins/prefetchWhenIdle/prefetch')).default;
}

function runIdle(timeRemaining: number): void {
  const callbacks = idleCallbacks;
  idleCallbacks = [];
  for (const callback of callbacks) callback({timeRemaining: () => timeRemaining, didTimeout: timeRemaining === 0});
}

beforeEach(() => {
  idleCallbacks = [];
  added = [];
  now = 0;
  costPerLink = 0;
  vi.stubGlobal('window', {requestIdleCallback: (callback: IdleCallback) => idleCallbacks.push(callback)});
  vi.stubGlobal('document', {
    createElement: () => ({rel: '', href: ''}),
    head: {
      appendChild: (link: FakeLink) => {
        now += costPerLink;
        added.push(link);
      },
    },
  });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('prefetchWhenIdle', () => {
  it('adds nothing while the page is busy, then the prefetch links once it is idle', async () => {
    const prefetch = await freshPrefetch();
    void prefetch('/assets/js/a.js');
    void prefetch('/assets/js/b.js');
    expect(added).toEqual([]);
    expect(idleCallbacks).toHaveLength(1);
    runIdle(40);
    expect(added.map((link) => [link.rel, link.href])).toEqual([
      ['prefetch', '/assets/js/a.js'],
      ['prefetch', '/assets/js/b.js'],
    ]);
  });

  it('settles when the file has been fetched, or has failed', async () => {
    const prefetch = await freshPrefetch();
    const fetched = prefetch('/assets/js/a.js');
    const failed = prefetch('/assets/js/missing.js');
    runIdle(40);
    added[0].onload?.();
    added[1].onerror?.();
    await expect(Promise.all([fetched, failed])).resolves.toEqual([undefined, undefined]);
  });

  it('works a few milliseconds at a time and comes back for the rest', async () => {
    const prefetch = await freshPrefetch();
    for (const name of ['a', 'b', 'c', 'd', 'e']) void prefetch(`/assets/js/${name}.js`);
    costPerLink = 2; // two links fill a 4 ms slice
    runIdle(40);
    expect(added).toHaveLength(2);
    expect(idleCallbacks).toHaveLength(1);
    runIdle(40);
    runIdle(40);
    expect(added).toHaveLength(5);
    expect(idleCallbacks).toHaveLength(0);
  });

  it('still moves forward when the browser is never idle and the timeout fires', async () => {
    const prefetch = await freshPrefetch();
    void prefetch('/assets/js/a.js');
    void prefetch('/assets/js/b.js');
    runIdle(0);
    expect(added).toHaveLength(1);
    runIdle(0);
    expect(added).toHaveLength(2);
  });
});
