import React, {type ReactNode} from 'react';
import type {Props} from '@theme/CodeBlock/Line/Token';
import {drawnAsText} from '@site/src/codeHighlighting/styledTokenTypes';
import {useLineMarks} from '@site/src/hooks/useCodeValueMarks';
import {FIELD_LABELS} from '@site/src/pal/yourValues';
import {segmentToken} from '@site/src/pal/valueMarks';
import styles from './styles.module.css';

/**
 * A highlighted token. Docusaurus ships this as a pass-through <span> meant to be replaced;
 * this one also marks the part of the token that is one of the reader's values, and leaves
 * what looks like plain text without an element.
 */
export default function CodeBlockLineToken({line, token, children, ...props}: Props): ReactNode {
  const marks = useLineMarks();
  const offset = marks?.offsets.get(token);
  if (!marks || offset === undefined) {
    // A token drawn like plain text in both themes (plain text, punctuation, operators) needs no
    // element: code-heavy pages had hundreds of such spans, each styled and laid out. An empty
    // line's token keeps its span (and its inline-block style), which holds the line open.
    if (drawnAsText(token.types, props.style)) return <>{children}</>;
    return <span {...props}>{children}</span>;
  }
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
