import React, {type ReactNode} from 'react';
import type {Explanation} from '../../pal/errors';
import styles from './styles.module.css';

/** What happened, and what to do next; optional follow-up buttons go in `children`. */
export default function ErrorNotice({explanation, children}: {explanation: Explanation; children?: ReactNode}): ReactNode {
  return (
    <div role="alert" className={styles.notice} data-error={explanation.key}>
      <p className={styles.title}>{explanation.title}</p>
      <p className={styles.action}>{explanation.action}</p>
      {children}
    </div>
  );
}
