import React, {useMemo, type ReactNode} from 'react';
import Line from '@theme-original/CodeBlock/Line';
import type LineType from '@theme/CodeBlock/Line';
import type {WrapperProps} from '@docusaurus/types';
import {LineMarksContext, useBlockMarks} from '@site/src/hooks/useCodeValueMarks';
import {marksForLine} from '@site/src/pal/valueMarks';

type Props = WrapperProps<typeof LineType>;

/** Finds the reader's values on this line, for the token components to mark. */
export default function LineWrapper(props: Props): ReactNode {
  const blockMarks = useBlockMarks();
  const {line} = props;
  const marks = useMemo(() => (blockMarks ? marksForLine(line, blockMarks) : null), [blockMarks, line]);
  return (
    <LineMarksContext value={marks}>
      <Line {...props} />
    </LineMarksContext>
  );
}
