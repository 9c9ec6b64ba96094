import type {Page, Request, Response} from '@playwright/test';

/**
 * What a page fetched, read as it arrives. A listener that reads a response runs on its own:
 * the test may close the page before the read finishes (which then throws outside any test),
 * or assert before it finished (and miss what it read). So every read is kept, a read that fails
 * counts as nothing, and `settled()` waits for all of them before the test looks.
 */
export interface Watched<T> {
  /** What has been read so far, in the order the page fetched it. */
  now(): T[];
  /** How many fetches have come so far, read or still being read. */
  count(): number;
  /** Waits for every read started so far; what they read, from the `from`-th fetch on. */
  settled(from?: number): Promise<T[]>;
}

type Read<T> = {response: (response: Response) => Promise<T | null>} | {requestfinished: (request: Request) => Promise<T | null>};

/** Reads each response (or each finished request); a read that gives null or fails is left out. */
export function watchResponses<T>(page: Page, read: Read<T>): Watched<T> {
  const reads: Array<{done: boolean; value: T | null; promise: Promise<void>}> = [];
  const keep = (started: Promise<T | null>) => {
    const entry = {done: false, value: null as T | null, promise: Promise.resolve()};
    entry.promise = started.then(
      (value) => {
        entry.value = value;
        entry.done = true;
      },
      () => {
        entry.done = true;
      },
    );
    reads.push(entry);
  };
  if ('response' in read) page.on('response', (response) => keep(read.response(response)));
  else page.on('requestfinished', (request) => keep(read.requestfinished(request)));
  const values = (entries: typeof reads) => entries.flatMap((entry) => (entry.done && entry.value !== null ? [entry.value] : []));
  return {
    now: () => values(reads),
    count: () => reads.length,
    async settled(from = 0) {
      const entries = reads.slice(from);
      await Promise.all(entries.map((entry) => entry.promise));
      return values(entries);
    },
  };
}
