import {useEffect, useState} from 'react';
import {whenIdle} from '../browser/whenIdle';
import {useHydrating} from './useHydrating';

/*
 * Each waiting component is shown from an idle callback of its own. An update made outside
 * React's own events is rendered and committed by React in a task of its own, which runs
 * before the browser is idle again: one small commit per component rather than one large
 * commit for all of them right after hydration.
 */
const waiting: Array<() => void> = [];
let scheduled = false;

function showNext(): void {
  scheduled = false;
  waiting.shift()?.();
  schedule();
}

function schedule(): void {
  if (scheduled || waiting.length === 0) return;
  scheduled = true;
  whenIdle(showNext, {timeout: 1000, fallbackDelay: 16});
}

/**
 * For a part of the page that only works in the browser and is not needed the moment the page
 * appears: false on the server and while the page hydrates, then true once the browser is idle,
 * one component at a time, in the order they were mounted. A component mounted later (another
 * page opened in the app) gets true at once.
 */
export function useShownInTurn(): boolean {
  const hydrating = useHydrating();
  const [shown, setShown] = useState(!hydrating);
  useEffect(() => {
    if (shown) return undefined;
    const show = () => setShown(true);
    waiting.push(show);
    schedule();
    return () => {
      const at = waiting.indexOf(show);
      if (at >= 0) waiting.splice(at, 1);
    };
  }, [shown]);
  return shown;
}
