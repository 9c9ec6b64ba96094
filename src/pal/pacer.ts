import {afterSuccess, afterThrottled, startLimit, type AdaptiveLimit, type LimitSettings} from './adaptiveLimit';

/**
 * Runs calls to several hosts with an adaptive limit per host (adaptiveLimit.ts), retrying
 * throttled calls after the wait the service asked for. A wait applies to the call's scope
 * (the tenant or subscription whose budget ran out): other scopes carry on meanwhile. Waiting
 * calls start in priority order (lower first), so the first rows of a table finish first.
 */

export interface PacerSettings {
  hosts: Record<string, LimitSettings>;
  /** Attempts per call before a throttled call is given up. */
  maxAttempts: number;
  /** The longest a call waits in all; a Retry-After that would go past it is given up at once. */
  maxWaitSeconds: number;
  /** The wait when the service does not say, doubled on each further attempt. */
  fallbackWaitSeconds: number;
  /**
   * Calls started in one go before the rest wait for the next task (setTimeout 0). Starting a
   * call costs main-thread time (MSAL's cache lookup, an SDK pipeline): sixty at once would be
   * one long task. Default: no limit.
   */
  startsPerTurn?: number;
}

export interface PacedCall {
  host: string;
  /** Whose budget a throttled answer speaks for, e.g. `arm|<tenant>` or `arm|<tenant>|<subscription>`. */
  scope: string;
  priority: number;
  signal?: AbortSignal;
}

export interface ThrottledAnswer {
  /** The wait the service asked for, when it said. */
  retryAfterSeconds?: number;
}

export interface ThrottleEvent {
  host: string;
  scope: string;
  waitSeconds: number;
  limit: number;
  gaveUp: boolean;
}

export interface PacerHooks {
  /** Whether an error is a throttled answer, and the wait it asked for. */
  throttled: (error: unknown) => ThrottledAnswer | null;
  /** The error to report when a call is given up (by default the last one). */
  giveUp?: (error: unknown, summary: {attempts: number; waitedSeconds: number}) => unknown;
  onThrottled?: (event: ThrottleEvent) => void;
}

interface Waiter {
  priority: number;
  order: number;
  scope: string;
  start: (cut: number) => void;
}

interface HostState {
  limit: AdaptiveLimit;
  settings: LimitSettings;
  running: number;
  /** Sorted by priority, then arrival. */
  waiting: Waiter[];
  wake?: {at: number; timer: ReturnType<typeof setTimeout>};
  /** Calls started in this task; reset (and the queue pumped again) in the next one. */
  turnStarts: number;
  nextTurn?: ReturnType<typeof setTimeout>;
}

/** Thrown for calls stopped through their AbortSignal before they started. */
export class CallAbortedError extends Error {
  constructor() {
    super('The call was cancelled before it started.');
    this.name = 'AbortError';
  }
}

const DEFAULT_HOST: LimitSettings = {initial: 8, min: 1, max: 16};

export class Pacer {
  private readonly hosts = new Map<string, HostState>();
  private readonly blockedUntil = new Map<string, number>();
  private arrivals = 0;

  constructor(
    private readonly settings: PacerSettings,
    private readonly hooks: PacerHooks,
  ) {}

  /** The current limit for a host (for tests and the progress line). */
  limitOf(host: string): number {
    return this.host(host).limit.limit;
  }

  /** Calls to a host running and waiting to start. */
  loadOf(host: string): {running: number; waiting: number} {
    const state = this.host(host);
    return {running: state.running, waiting: state.waiting.length};
  }

  async run<T>(call: PacedCall, task: () => Promise<T>): Promise<T> {
    let attempts = 0;
    let waitedSeconds = 0;
    for (;;) {
      const cut = await this.acquire(call);
      attempts += 1;
      let result: T;
      try {
        result = await task();
      } catch (error) {
        const host = this.release(call.host);
        const throttled = this.hooks.throttled(error);
        if (!throttled) {
          this.pump(call.host);
          throw error;
        }
        host.limit = afterThrottled(host.limit, host.settings, cut);
        const wait = throttled.retryAfterSeconds ?? this.settings.fallbackWaitSeconds * 2 ** (attempts - 1);
        const gaveUp = attempts >= this.settings.maxAttempts || waitedSeconds + wait > this.settings.maxWaitSeconds;
        if (!gaveUp) this.block(call.scope, Date.now() + wait * 1000);
        this.hooks.onThrottled?.({host: call.host, scope: call.scope, waitSeconds: wait, limit: host.limit.limit, gaveUp});
        if (gaveUp) {
          this.pump(call.host);
          throw this.hooks.giveUp ? this.hooks.giveUp(error, {attempts, waitedSeconds}) : error;
        }
        waitedSeconds += wait;
        this.pump(call.host);
        continue;
      }
      const host = this.release(call.host);
      host.limit = afterSuccess(host.limit, host.settings);
      this.pump(call.host);
      return result;
    }
  }

  private host(name: string): HostState {
    let host = this.hosts.get(name);
    if (!host) {
      const settings = this.settings.hosts[name] ?? DEFAULT_HOST;
      host = {limit: startLimit(settings), settings, running: 0, waiting: [], turnStarts: 0};
      this.hosts.set(name, host);
    }
    return host;
  }

  /** Resolves with the host's cut count when the call may start. */
  private acquire(call: PacedCall): Promise<number> {
    const {signal} = call;
    if (signal?.aborted) return Promise.reject(new CallAbortedError());
    const host = this.host(call.host);
    return new Promise<number>((resolve, reject) => {
      const abort = () => {
        host.waiting = host.waiting.filter((w) => w !== waiter);
        reject(new CallAbortedError());
      };
      const waiter: Waiter = {
        priority: call.priority,
        order: (this.arrivals += 1),
        scope: call.scope,
        start: (cut) => {
          signal?.removeEventListener('abort', abort);
          resolve(cut);
        },
      };
      signal?.addEventListener('abort', abort, {once: true});
      const at = host.waiting.findIndex((w) => w.priority > waiter.priority);
      if (at === -1) host.waiting.push(waiter);
      else host.waiting.splice(at, 0, waiter);
      this.pump(call.host);
    });
  }

  private release(name: string): HostState {
    const host = this.host(name);
    host.running -= 1;
    return host;
  }

  private block(scope: string, until: number): void {
    this.blockedUntil.set(scope, Math.max(until, this.blockedUntil.get(scope) ?? 0));
  }

  /** One more call started in this task; the next task starts a new turn and pumps again. */
  private countStart(host: HostState, name: string): void {
    host.turnStarts += 1;
    if (host.nextTurn !== undefined) return;
    host.nextTurn = setTimeout(() => {
      host.nextTurn = undefined;
      host.turnStarts = 0;
      this.pump(name);
    }, 0);
  }

  /** Starts waiting calls while the host has room, skipping scopes that must still wait. */
  private pump(name: string): void {
    const host = this.host(name);
    const now = Date.now();
    let nextUnblock = Infinity;
    const perTurn = this.settings.startsPerTurn ?? Infinity;
    for (let i = 0; i < host.waiting.length && host.running < host.limit.limit; ) {
      if (host.turnStarts >= perTurn) return;
      const waiter = host.waiting[i];
      const until = this.blockedUntil.get(waiter.scope) ?? 0;
      if (until > now) {
        nextUnblock = Math.min(nextUnblock, until);
        i += 1;
        continue;
      }
      if (until) this.blockedUntil.delete(waiter.scope);
      host.waiting.splice(i, 1);
      host.running += 1;
      if (perTurn !== Infinity) this.countStart(host, name);
      waiter.start(host.limit.cuts);
    }
    if (nextUnblock === Infinity || (host.wake && host.wake.at <= nextUnblock)) return;
    if (host.wake) clearTimeout(host.wake.timer);
    host.wake = {
      at: nextUnblock,
      timer: setTimeout(() => {
        host.wake = undefined;
        this.pump(name);
      }, nextUnblock - now),
    };
  }
}
