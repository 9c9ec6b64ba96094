import React, {type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock/Line/Token';
import {useLineMarks} from '@site/src/hooks/useCodeValueMarks';
import {FIELD_LABELS} from '@site/src/pal/yourValues';
import {segmentToken} from '@site/src/pal/valueMarks';
import styles from './styles.module.css';

/**
 * A highlighted token. Docusaurus ships this as a pass-through <span> meant to be replaced;
 * this one also marks the part of the token that is one of the reader's values.
 */
export default function CodeBlockLineToken({line, token, children, ...props}: Props): ReactNode {
  const marks = useLineMarks();
  const offset = marks?.offsets.get(token);
  if (!marks || offset === undefined) return <span {...props}>{children}</span>;
  const segments = segmentToken(token.content, offset, marks.ranges);
  return (
    <span {...props}>
      {segments.map((segment, index) =>
        segment.field ? (
          <mark key={index} className={styles.yourValue} data-your-value={segment.field} title={`Your ${FIELD_LABELS[segment.field]}`}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </span>
  );
}
