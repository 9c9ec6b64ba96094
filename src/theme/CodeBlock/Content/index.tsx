import React, {useEffect, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {isPlainText} from '@site/src/codeHighlighting/plainText';
import {useHighlighter} from '@site/src/codeHighlighting/registry';
import {useBlockMarks} from '@site/src/hooks/useCodeValueMarks';
import styles from './styles.module.css';

// The server always highlights (see prismWithCodeBlocksOnly in site-bundling.ts). In the
// browser, pages with code import the highlighter before they hydrate: remarkImportHighlighter
// for MDX, and components that render a CodeBlock import it themselves (GeneratorKit).
if (process.env.PAL_SERVER_BUNDLE === 'true') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('@site/src/codeHighlighting/highlighter');
}

/** The code in the highlighted block's box, without colours: how plain text is always drawn. */
function PlainCode({className}: Props): ReactNode {
  const {metadata, wordWrap} = useCodeBlockContext();
  return (
    <pre ref={wordWrap.codeBlockRef} tabIndex={0} className={clsx(className, styles.plain, 'thin-scrollbar')}>
      <code className={styles.plainLines}>{metadata.code}</code>
    </pre>
  );
}

/**
 * A code block rendered where nothing imported the highlighter. That is a bug in the page or
 * component: it is reported in the console (which fails the end-to-end tests), and the
 * highlighter is loaded so the reader still gets colours.
 */
function HighlighterMissing(props: Props): ReactNode {
  useEffect(() => {
    console.error('PAL Guide: a code block was rendered without the highlighter; import @site/src/codeHighlighting/highlighter where it is used.');
    // A failed download leaves the code readable, only without colours.
    import('@site/src/codeHighlighting/highlighter').catch(() => undefined);
  }, []);
  return <PlainCode {...props} />;
}

/**
 * Plain text looks the same highlighted or not. Drawn plainly on the server and in the browser
 * alike, it lets a page whose only code is plain text go without the highlighter (see
 * remarkImportHighlighter). Line numbers, highlighted lines and the reader's values marked in
 * the code need the highlighted lines.
 */
function drawnPlainly(metadata: ReturnType<typeof useCodeBlockContext>['metadata'], hasMarks: boolean): boolean {
  return isPlainText(metadata.language) && metadata.lineNumbersStart === undefined && !Object.keys(metadata.lineClassNames).length && !hasMarks;
}

export default function CodeBlockContent(props: Props): ReactNode {
  const {metadata} = useCodeBlockContext();
  const marks = useBlockMarks();
  const Highlighted = useHighlighter();
  if (drawnPlainly(metadata, marks !== null)) return <PlainCode {...props} />;
  return Highlighted ? <Highlighted {...props} /> : <HighlighterMissing {...props} />;
}
