import React, {useEffect, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {useHighlighter} from '@site/src/codeHighlighting/registry';
import styles from './styles.module.css';

// The server always highlights (see prismWithCodeBlocksOnly in docusaurus.config.ts);
// in the browser, pages with code import the highlighter before they hydrate.
if (process.env.PAL_SERVER_BUNDLE === 'true') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('@site/src/codeHighlighting/highlighter');
}

/**
 * The same code in the same box, without colours: for a code block that shows up where
 * nothing imported the highlighter. It loads the highlighter and gives way to it.
 */
function PlainContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  useEffect(() => {
    // A failed download leaves the code readable, only without colours.
    import('@site/src/codeHighlighting/highlighter').catch(() => undefined);
  }, []);
  return (
    <pre ref={wordWrap.codeBlockRef} tabIndex={0} className={clsx(className, styles.plain, 'thin-scrollbar')}>
      <code className={styles.plainLines}>{metadata.code}</code>
    </pre>
  );
}

export default function CodeBlockContent(props: Props): ReactNode {
  const Highlighted = useHighlighter();
  return Highlighted ? <Highlighted {...props} /> : <PlainContent {...props} />;
}
