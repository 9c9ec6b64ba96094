import React, {Children, isValidElement, useMemo, type ReactNode} from 'react';
import CodeBlock from '@theme-original/CodeBlock';
import type CodeBlockType from '@theme/CodeBlock';
import type {WrapperProps} from '@docusaurus/types';
import {useYourValues} from '@site/src/hooks/useYourValues';
import {BlockMarksContext} from '@site/src/hooks/useCodeValueMarks';
import {rangesByLine} from '@site/src/pal/valueMarks';
import {fillPlaceholders} from '@site/src/pal/yourValues';

type Props = WrapperProps<typeof CodeBlockType>;

/** The code as one string, as the original CodeBlock sees it; null when it holds elements. */
function codeText(children: ReactNode): string | null {
  const parts = Children.toArray(children);
  if (parts.some((part) => isValidElement(part))) return null;
  return parts.join('');
}

/**
 * Writes the reader's values (from "Your values") into the code in place of the reader
 * placeholders, before the original CodeBlock sees it: the copy button then copies the
 * filled-in code. The server and the first render in the browser have no values, so the
 * HTML keeps the placeholders and hydration matches.
 */
export default function CodeBlockWrapper({children, ...props}: Props): ReactNode {
  const values = useYourValues();
  const code = codeText(children);
  const filled = useMemo(() => (code === null ? null : fillPlaceholders(code, values)), [code, values]);
  const marks = useMemo(() => (filled && filled.ranges.length > 0 ? rangesByLine(filled) : null), [filled]);
  return (
    <BlockMarksContext value={marks}>
      <CodeBlock {...props}>{marks && filled ? filled.text : children}</CodeBlock>
    </BlockMarksContext>
  );
}
