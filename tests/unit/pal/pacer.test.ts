import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {afterSuccess, afterThrottled, startLimit, type LimitSettings} from '../../../src/pal/adaptiveLimit';
import {CallAbortedError, Pacer, type PacerSettings} from '../../../src/pal/pacer';

/** A throttled answer as the session reports it: the wait the service asked for. */
class Throttled extends Error {
  constructor(readonly retryAfterSeconds?: number) {
    super('429');
  }
}

const LIMIT: LimitSettings = {initial: 8, min: 1, max: 12};
const SETTINGS: PacerSettings = {hosts: {arm: LIMIT}, maxAttempts: 4, maxWaitSeconds: 20, fallbackWaitSeconds: 1};

function pacer(settings: PacerSettings = SETTINGS) {
  const events: Array<{scope: string; waitSeconds: number; limit: number; gaveUp: boolean}> = [];
  const p = new Pacer(settings, {
    throttled: (error) => (error instanceof Throttled ? {retryAfterSeconds: error.retryAfterSeconds} : null),
    giveUp: (error, summary) => Object.assign(new Error('gave up'), {cause: error, summary}),
    onThrottled: (event) => events.push(event),
  });
  return {p, events};
}

/** A call that answers when told to, counting how often it was sent. */
function controllable() {
  const sent: Array<{resolve: (v: string) => void; reject: (e: unknown) => void}> = [];
  const task = () => new Promise<string>((resolve, reject) => sent.push({resolve, reject}));
  return {sent, task};
}

describe('adaptive limit (AIMD)', () => {
  it('halves on a throttled answer, not below the minimum', () => {
    let state = startLimit(LIMIT);
    state = afterThrottled(state, LIMIT, state.cuts);
    expect(state.limit).toBe(4);
    for (let i = 0; i < 5; i += 1) state = afterThrottled(state, LIMIT, state.cuts);
    expect(state.limit).toBe(1);
  });

  it('a throttled answer to a call sent before the last cut does not cut again', () => {
    let state = startLimit(LIMIT);
    const before = state.cuts;
    state = afterThrottled(state, LIMIT, before);
    state = afterThrottled(state, LIMIT, before);
    expect(state.limit).toBe(4);
  });

  it('recovers: one per success back to where throttling began, then one per full round, up to the maximum', () => {
    let state = afterThrottled(startLimit(LIMIT), LIMIT, 0);
    for (let i = 0; i < 4; i += 1) state = afterSuccess(state, LIMIT);
    expect(state.limit).toBe(8);
    for (let i = 0; i < 7; i += 1) state = afterSuccess(state, LIMIT);
    expect(state.limit).toBe(8);
    state = afterSuccess(state, LIMIT);
    expect(state.limit).toBe(9);
    for (let i = 0; i < 200; i += 1) state = afterSuccess(state, LIMIT);
    expect(state.limit).toBe(12);
  });
});

describe('Pacer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('never runs more calls to a host at once than its limit', async () => {
    const {p} = pacer();
    const {sent, task} = controllable();
    const results = Array.from({length: 20}, (_, i) => p.run({host: 'arm', scope: `arm|t${i}`, priority: i}, task));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(8);
    expect(p.loadOf('arm')).toEqual({running: 8, waiting: 12});
    sent[0].resolve('a');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(9);
    sent.forEach((s) => s.resolve('x'));
    await vi.advanceTimersByTimeAsync(0);
    sent.forEach((s) => s.resolve('x'));
    await vi.advanceTimersByTimeAsync(0);
    sent.forEach((s) => s.resolve('x'));
    await expect(Promise.all(results)).resolves.toHaveLength(20);
  });

  it('backs off on 429: the host limit halves and fewer calls run', async () => {
    const {p, events} = pacer();
    const {sent, task} = controllable();
    const calls = Array.from({length: 16}, (_, i) => p.run({host: 'arm', scope: `arm|t${i}`, priority: i}, task));
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toHaveLength(8);
    sent[0].reject(new Throttled(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(p.limitOf('arm')).toBe(4);
    expect(events).toEqual([{host: 'arm', scope: 'arm|t0', waitSeconds: 1, limit: 4, gaveUp: false}]);
    // Seven still running, over the new limit of four: a success wins one back (five), but
    // six still run, so nothing new starts.
    expect(sent).toHaveLength(8);
    sent[1].resolve('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(p.limitOf('arm')).toBe(5);
    expect(sent).toHaveLength(8);
    expect(p.loadOf('arm')).toEqual({running: 6, waiting: 9});
    calls.forEach((c) => c.catch(() => undefined));
  });

  it('honours Retry-After: the throttled scope waits as asked, other scopes carry on meanwhile', async () => {
    const {p} = pacer();
    const sentAt: Array<[string, number]> = [];
    let throttledOnce = false;
    const start = Date.now();
    const call = (scope: string) =>
      p.run({host: 'arm', scope, priority: 0}, async () => {
        sentAt.push([scope, Date.now() - start]);
        if (scope === 'arm|fabrikam' && !throttledOnce) {
          throttledOnce = true;
          throw new Throttled(3);
        }
        return scope;
      });
    const fabrikam = call('arm|fabrikam');
    await vi.advanceTimersByTimeAsync(0);
    const another = call('arm|fabrikam');
    const other = call('arm|northwind');
    await vi.advanceTimersByTimeAsync(0);
    // Northwind went at once; both Fabrikam calls wait out the three seconds asked for.
    expect(sentAt).toEqual([
      ['arm|fabrikam', 0],
      ['arm|northwind', 0],
    ]);
    await vi.advanceTimersByTimeAsync(2999);
    expect(sentAt).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sentAt.slice(2).map(([scope, at]) => [scope, at])).toEqual([
      ['arm|fabrikam', 3000],
      ['arm|fabrikam', 3000],
    ]);
    await expect(Promise.all([fabrikam, another, other])).resolves.toEqual(['arm|fabrikam', 'arm|fabrikam', 'arm|northwind']);
  });

  it('without Retry-After, waits the fallback, doubled on each further attempt', async () => {
    const {p, events} = pacer();
    let attempts = 0;
    const result = p.run({host: 'arm', scope: 'arm|t', priority: 0}, async () => {
      attempts += 1;
      if (attempts < 4) throw new Throttled();
      return 'done';
    });
    await vi.advanceTimersByTimeAsync(7000);
    await expect(result).resolves.toBe('done');
    expect(events.map((e) => e.waitSeconds)).toEqual([1, 2, 4]);
  });

  it('recovers: after the throttling stops, successes raise the limit again', async () => {
    const {p} = pacer();
    let first = true;
    const throttledOnce = p.run({host: 'arm', scope: 'arm|a', priority: 0}, async () => {
      if (first) {
        first = false;
        throw new Throttled(1);
      }
      return 'ok';
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(p.limitOf('arm')).toBe(4);
    await vi.advanceTimersByTimeAsync(1000);
    await throttledOnce;
    for (let i = 0; i < 3; i += 1) await p.run({host: 'arm', scope: 'arm|b', priority: 0}, async () => 'ok');
    expect(p.limitOf('arm')).toBe(8);
  });

  it('gives up after the attempts allowed, reporting how long it waited', async () => {
    const {p, events} = pacer();
    let attempts = 0;
    const result = p.run({host: 'arm', scope: 'arm|t', priority: 0}, async () => {
      attempts += 1;
      throw new Throttled(1);
    });
    const settled = result.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    const error = (await settled) as Error & {summary: unknown; cause: unknown};
    expect(attempts).toBe(4);
    expect(error.message).toBe('gave up');
    expect(error.summary).toEqual({attempts: 4, waitedSeconds: 3});
    expect(error.cause).toBeInstanceOf(Throttled);
    expect(events.at(-1)?.gaveUp).toBe(true);
  });

  it('gives up at once when the wait asked for is longer than a page waits', async () => {
    const {p} = pacer();
    let attempts = 0;
    const settled = p
      .run({host: 'arm', scope: 'arm|t', priority: 0}, async () => {
        attempts += 1;
        throw new Throttled(300);
      })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(attempts).toBe(1);
    expect(((await settled) as {summary: unknown}).summary).toEqual({attempts: 1, waitedSeconds: 0});
  });

  it('other failures are passed on at once and free their slot', async () => {
    const {p} = pacer({...SETTINGS, hosts: {arm: {initial: 1, min: 1, max: 1}}});
    const failed = p.run({host: 'arm', scope: 'arm|a', priority: 0}, async () => {
      throw new Error('HTTP 500');
    });
    const next = p.run({host: 'arm', scope: 'arm|b', priority: 1}, async () => 'next');
    await expect(failed).rejects.toThrow('HTTP 500');
    await expect(next).resolves.toBe('next');
  });

  it('starts waiting calls in priority order', async () => {
    const {p} = pacer({...SETTINGS, hosts: {arm: {initial: 1, min: 1, max: 1}}});
    const order: number[] = [];
    const {sent, task} = controllable();
    const first = p.run({host: 'arm', scope: 's', priority: 0}, task);
    const later = [5, 2, 9, 1].map((priority) =>
      p.run({host: 'arm', scope: 's', priority}, async () => {
        order.push(priority);
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    sent[0].resolve('x');
    await first;
    await Promise.all(later);
    expect(order).toEqual([1, 2, 5, 9]);
  });

  it('cancelled: calls not yet started never start, and are rejected as aborted', async () => {
    const {p} = pacer({...SETTINGS, hosts: {arm: {initial: 1, min: 1, max: 1}}});
    const controller = new AbortController();
    const {sent, task} = controllable();
    const running = p.run({host: 'arm', scope: 's', priority: 0, signal: controller.signal}, task);
    const waiting = p.run({host: 'arm', scope: 's', priority: 1, signal: controller.signal}, task);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(CallAbortedError);
    sent[0].resolve('finished');
    await expect(running).resolves.toBe('finished');
    await expect(p.run({host: 'arm', scope: 's', priority: 0, signal: controller.signal}, task)).rejects.toBeInstanceOf(CallAbortedError);
    expect(sent).toHaveLength(1);
  });

  it('cancelled while waiting out a Retry-After: the retry is never sent', async () => {
    const {p} = pacer();
    const controller = new AbortController();
    let attempts = 0;
    const result = p
      .run({host: 'arm', scope: 's', priority: 0, signal: controller.signal}, async () => {
        attempts += 1;
        throw new Throttled(2);
      })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    await vi.advanceTimersByTimeAsync(5000);
    expect(await result).toBeInstanceOf(CallAbortedError);
    expect(attempts).toBe(1);
  });

  it('starts at most a turn\'s worth of calls in one task, the rest in the next ones', async () => {
    const {p} = pacer({...SETTINGS, startsPerTurn: 3});
    const {sent, task} = controllable();
    const calls = Array.from({length: 8}, (_, i) => p.run({host: 'arm', scope: `s${i}`, priority: i}, task));
    await Promise.resolve();
    await Promise.resolve();
    expect(sent).toHaveLength(3);
    await vi.advanceTimersToNextTimerAsync();
    expect(sent).toHaveLength(6);
    await vi.advanceTimersToNextTimerAsync();
    expect(sent).toHaveLength(8);
    sent.forEach((s) => s.resolve('x'));
    await expect(Promise.all(calls)).resolves.toHaveLength(8);
  });
});
