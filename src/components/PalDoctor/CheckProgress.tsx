import React, {useEffect, useRef, useState, type ReactNode} from 'react';
import {progressLine, secondsLeft} from '../../state/doctorView';
import styles from './styles.module.css';

interface Props {
  done: number;
  total: number;
  running: boolean;
  onCancel: () => void;
}

/** The check's progress bar, "312 of 500 tenants checked, about 20 s left", and Cancel. */
export default function CheckProgress({done, total, running, onCancel}: Props): ReactNode {
  const started = useRef<number | null>(null);
  const [now, setNow] = useState(0);
  if (running && started.current === null) started.current = Date.now();
  if (!running) started.current = null;
  // The estimate moves on once a second, not with every answer.
  useEffect(() => {
    if (!running) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  const left = running && started.current !== null ? secondsLeft(done, total, now - started.current) : undefined;
  const line = progressLine(done, total, left);
  return (
    <div className={styles.checkProgress}>
      <div
        role="progressbar"
        aria-label="Tenants checked"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={line}
        className={styles.bar}>
        <span className={styles.barFill} style={{width: `${total ? (100 * done) / total : 0}%`}} />
      </div>
      {/* Once the check ends, the status above says how it ended. */}
      {running && <span className={styles.progressLine}>{line}</span>}
      {running && (
        <button type="button" className="button button--secondary button--sm" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
