/**
 * How many calls to one host may run at once, adapted to the host's answers (additive
 * increase, multiplicative decrease): a throttled call halves the limit; successes win it back,
 * one per success up to the level where throttling began, then one per full round of calls.
 * A throttled call that started before the last cut does not cut again: the cut already
 * answered the load it was part of.
 */

export interface LimitSettings {
  initial: number;
  min: number;
  max: number;
}

export interface AdaptiveLimit {
  limit: number;
  /** The limit when throttling last began; below it, every success adds one. */
  ceiling: number;
  /** How many cuts so far; a call remembers the count it started under. */
  cuts: number;
  /** Successes since the last increase above the ceiling. */
  successes: number;
}

export function startLimit(settings: LimitSettings): AdaptiveLimit {
  return {limit: settings.initial, ceiling: settings.initial, cuts: 0, successes: 0};
}

export function afterSuccess(state: AdaptiveLimit, settings: LimitSettings): AdaptiveLimit {
  if (state.limit < state.ceiling) return {...state, limit: state.limit + 1, successes: 0};
  const successes = state.successes + 1;
  if (successes < state.limit) return {...state, successes};
  const limit = Math.min(settings.max, state.limit + 1);
  return {...state, limit, ceiling: Math.max(state.ceiling, limit), successes: 0};
}

export function afterThrottled(state: AdaptiveLimit, settings: LimitSettings, startedUnderCut: number): AdaptiveLimit {
  if (startedUnderCut < state.cuts) return state;
  return {limit: Math.max(settings.min, Math.floor(state.limit / 2)), ceiling: state.limit, cuts: state.cuts + 1, successes: 0};
}
