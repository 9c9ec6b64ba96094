import React, {type ReactNode} from 'react';
import {VERDICTS, type Verdict} from '../../pal/verdict';
import {ALL_VERDICTS, type VerdictFilter} from '../../state/doctorView';
import styles from './styles.module.css';

interface Props {
  id: string;
  verdict: VerdictFilter;
  text: string;
  counts: Array<{verdict: Verdict; count: number}>;
  /** Rows the filter shows that bulk linking may touch. */
  selectableShown: number;
  selected: number;
  busy: boolean;
  onVerdict: (verdict: VerdictFilter) => void;
  onText: (text: string) => void;
  onSelectShown: () => void;
}

/** Counts per verdict (each a filter), the verdict and text filters, and Select all shown. */
export default function TableControls(props: Props): ReactNode {
  const {id, verdict, text, counts, selectableShown, selected, busy} = props;
  return (
    <div className={styles.controls}>
      <ul className={styles.counts} aria-label="Tenants per verdict">
        {counts
          .filter((c) => c.count > 0)
          .map((c) => (
            <li key={c.verdict}>
              <button
                type="button"
                className={styles.countButton}
                aria-pressed={verdict === c.verdict}
                onClick={() => props.onVerdict(verdict === c.verdict ? ALL_VERDICTS : c.verdict)}>
                {c.verdict}: {c.count}
              </button>
            </li>
          ))}
      </ul>
      <div className={styles.filters}>
        <span className={styles.field}>
          <label htmlFor={`${id}-show`}>Show</label>
          <select id={`${id}-show`} value={verdict} onChange={(event) => props.onVerdict(event.target.value as VerdictFilter)}>
            <option value={ALL_VERDICTS}>{ALL_VERDICTS}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </span>
        <span className={styles.field}>
          <label htmlFor={`${id}-filter`}>Filter tenants</label>
          <input
            id={`${id}-filter`}
            type="search"
            value={text}
            placeholder="Name, domain or tenant ID"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => props.onText(event.target.value)}
          />
        </span>
        <button type="button" className="button button--secondary button--sm" disabled={busy || selectableShown === 0} onClick={props.onSelectShown}>
          Select all shown
        </button>
        <span className={styles.selectedCount}>{selected} selected</span>
      </div>
    </div>
  );
}
