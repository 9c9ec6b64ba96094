import React, {type ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * Shown instead of a widget when its page is inside another page's frame: that page could
 * lay decoys over Remove or Confirm (clickjacking), so the widget neither signs in nor writes.
 */
export default function FramedNotice(): ReactNode {
  return (
    <div className={styles.notice} data-framed="">
      <p>
        This page is shown inside another page, so this widget does not sign in or change anything here.{' '}
        <a href={window.location.href} target="_blank" rel="noopener">
          Open this page directly
        </a>{' '}
        (in a tab of its own) to use it.
      </p>
    </div>
  );
}
