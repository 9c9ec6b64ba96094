import React, {isValidElement, type ReactNode} from 'react';
import clsx from 'clsx';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type {Props} from '@theme/Details';
import styles from './styles.module.css';

/**
 * The browser's own <details>, styled as Docusaurus styles it, without Docusaurus's script.
 *
 * Docusaurus animates the height with JavaScript, which meant DOM writes right after the page
 * hydrated: a class on every <details> and three inline styles on its content, in the commit
 * and effects that follow hydration (about 3 ms each on a traced load, which records a deep
 * JavaScript stack per style change: 24 ms on Terraform's seven). The browser's own element
 * needs none of it, opens and closes with the keyboard and without JavaScript, and lets
 * Chromium's find-in-page reach the text of a closed one and open it, which the inline
 * `display: none` prevented.
 */
export default function Details({summary, children, className, ...props}: Props): ReactNode {
  useBrokenLinks().collectAnchor(props.id);
  const summaryElement = isValidElement(summary) ? summary : <summary>{summary ?? 'Details'}</summary>;
  return (
    <details {...props} className={clsx('alert alert--info', styles.details, className)}>
      {summaryElement}
      <div className={styles.content}>{children}</div>
    </details>
  );
}
