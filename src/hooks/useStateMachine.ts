import {useMemo, useRef, useState} from 'react';
import type {Step} from '../state/step';
import {useFrameBatch} from './useFrameBatch';

export interface Dispatch<E> {
  /** Applies the event and renders at once: the reader's own actions. */
  (event: E): void;
  /** Applies the event now, renders on the next frame: answers that arrive in bursts. */
  batched: (event: E) => void;
}

/**
 * Runs a pure flow (src/state) in a component: the state lives in a ref, so every event sees
 * the latest state whatever React has rendered; `run` carries out the effects each step asks
 * for and reports back through `dispatch`.
 */
export function useStateMachine<S, E, F>(
  initial: S,
  step: (state: S, event: E) => Step<S, F>,
  run: (effect: F, dispatch: Dispatch<E>) => void,
): [S, Dispatch<E>] {
  const current = useRef(initial);
  const [rendered, setRendered] = useState(initial);
  const render = useFrameBatch(() => setRendered(current.current));
  const runRef = useRef(run);
  runRef.current = run;

  const dispatch = useMemo(() => {
    const apply = (event: E, batched: boolean) => {
      const next = step(current.current, event);
      if (next.state !== current.current) {
        current.current = next.state;
        if (batched) render.schedule();
        else render.now();
      }
      for (const effect of next.effects) runRef.current(effect, dispatch);
    };
    const dispatch = ((event: E) => apply(event, false)) as Dispatch<E>;
    dispatch.batched = (event: E) => apply(event, true);
    return dispatch;
  }, [render, step]);
  return [rendered, dispatch];
}
