import React, {useEffect, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {useHighlighter} from '@site/src/codeHighlighting/registry';
import styles from './styles.module.css';

// The server always highlights (see prismWithCodeBlocksOnly in site-bundling.ts). In the
// browser, pages with code import the highlighter before they hydrate: remarkImportHighlighter
// for MDX, and components that render a CodeBlock import it themselves (GeneratorKit).
if (process.env.PAL_SERVER_BUNDLE === 'true') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('@site/src/codeHighlighting/highlighter');
}

/**
 * The same code in the same box, without colours, for a code block rendered where nothing
 * imported the highlighter. That is a bug in the page or component: it is reported in the
 * console (which fails the end-to-end tests), and the highlighter is loaded so the reader
 * still gets colours.
 */
function PlainContent({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  useEffect(() => {
    console.error('PAL Guide: a code block was rendered without the highlighter; import @site/src/codeHighlighting/highlighter where it is used.');
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
