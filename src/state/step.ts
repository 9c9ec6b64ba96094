/**
 * The widgets' flows are pure transition functions: (state, event) → next state and the work
 * to do next (effects, as data). The hooks run the effects and feed their results back as
 * events, so every step of a flow can be unit-tested without React, MSAL or a network.
 */
export interface Step<S, F> {
  state: S;
  effects: F[];
}

/** The result of an awaited call, as data an event can carry. */
export type Settled<T> = {ok: true; value: T} | {ok: false; error: unknown};

export function stay<S, F>(state: S): Step<S, F> {
  return {state, effects: []};
}

export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ok: true as const, value}),
    (error: unknown) => ({ok: false as const, error}),
  );
}

/** Applies events in order: the last state, with every effect asked for along the way. */
export function replay<S, E, F>(step: (state: S, event: E) => Step<S, F>, state: S, events: readonly E[]): Step<S, F> {
  const effects: F[] = [];
  for (const event of events) {
    const next = step(state, event);
    state = next.state;
    effects.push(...next.effects);
  }
  return {state, effects};
}
