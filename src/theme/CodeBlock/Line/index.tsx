import React, {useMemo, type ReactNode} from 'react';
import Line from '@theme-original/CodeBlock/Line';
import type LineType from '@theme/CodeBlock/Line';
import LineToken from '@theme/CodeBlock/Line/Token';
import type {WrapperProps} from '@docusaurus/types';
import {drawnAsText} from '@site/src/codeHighlighting/styledTokenTypes';
import {LineMarksContext, useBlockMarks} from '@site/src/hooks/useCodeValueMarks';
import {marksForLine} from '@site/src/pal/valueMarks';

type Props = WrapperProps<typeof LineType>;

/**
 * A line without line numbers or line classes as its tokens and a line feed, which the <pre>
 * keeps. Docusaurus wraps every line in a <div> and ends it with a <br>: two elements a line,
 * nearly a third of the elements of a page with much code, each styled and laid out as the page
 * loads. Runs of tokens drawn like plain text become one text node (unless the reader's values
 * are marked on the line, which the token components do); empty tokens are left out, as the
 * line feed alone holds an empty line open.
 */
function TextLine({line, getTokenProps, merge}: Props & {merge: boolean}): ReactNode {
  const parts: ReactNode[] = [];
  let text = '';
  line.forEach((token, key) => {
    if (token.content === '' || token.content === '\n') return;
    const props = getTokenProps({token});
    if (merge && drawnAsText(token.types, props.style)) {
      text += token.content;
      return;
    }
    if (text) parts.push(text);
    text = '';
    parts.push(<LineToken key={key} {...props} line={line} token={token} />);
  });
  parts.push(`${text}\n`);
  return <>{parts}</>;
}

/** Finds the reader's values on this line, for the token components to mark. */
export default function LineWrapper(props: Props): ReactNode {
  const blockMarks = useBlockMarks();
  const {line} = props;
  const marks = useMemo(() => (blockMarks ? marksForLine(line, blockMarks) : null), [blockMarks, line]);
  const plainLine = !props.showLineNumbers && !props.classNames?.length;
  return <LineMarksContext value={marks}>{plainLine ? <TextLine {...props} merge={marks === null} /> : <Line {...props} />}</LineMarksContext>;
}
