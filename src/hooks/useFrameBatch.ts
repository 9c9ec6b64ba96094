import {useCallback, useEffect, useMemo, useRef} from 'react';

/**
 * Calls `flush` at most once per animation frame however often `schedule` is called, so that
 * dozens of answers landing within milliseconds lay the page out once. `now` flushes at once
 * (a reader's own click should not wait for the next frame).
 */
export function useFrameBatch(flush: () => void): {schedule: () => void; now: () => void} {
  const frame = useRef(0);
  const latest = useRef(flush);
  latest.current = flush;

  const now = useCallback(() => {
    if (frame.current) cancelAnimationFrame(frame.current);
    frame.current = 0;
    latest.current();
  }, []);

  const schedule = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      latest.current();
    });
  }, []);

  useEffect(
    () => () => {
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    },
    [],
  );

  return useMemo(() => ({schedule, now}), [schedule, now]);
}
