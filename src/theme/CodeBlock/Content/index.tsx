import React, {useLayoutEffect, useRef, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import {isPlainText} from '@site/src/codeHighlighting/plainText';
import {useHighlighter} from '@site/src/codeHighlighting/registry';
import {useBlockMarks} from '@site/src/hooks/useCodeValueMarks';
import {useHydrating} from '@site/src/hooks/useHydrating';
import styles from './styles.module.css';

// The server always highlights (see src/plugins/prismWithCodeBlocksOnly); the browser loads
// the highlighter only when a block must be drawn there (src/codeHighlighting/registry.ts).
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
 * Plain text looks the same highlighted or not. Drawn plainly on the server and in the browser
 * alike, it never needs the highlighter. Line numbers, highlighted lines and the reader's values marked in
 * the code need the highlighted lines.
 */
function drawnPlainly(metadata: ReturnType<typeof useCodeBlockContext>['metadata'], hasMarks: boolean): boolean {
  return isPlainText(metadata.language) && metadata.lineNumbersStart === undefined && !Object.keys(metadata.lineClassNames).length && !hasMarks;
}

/**
 * The highlighted block exactly as the server sent it, kept by React without being built again:
 * an element with (empty) inner HTML is not descended into when it hydrates. Highlighting every
 * block again in the browser only to produce the same DOM was most of the blocking time of a
 * page with much code on a slow phone. The word-wrap button gets the server's <pre>.
 * The inner HTML given is the empty string: React inserts nothing, it only leaves alone what the
 * server wrote from the page's own source at build time (nothing from the network).
 */
function ServerHighlightedCode(): ReactNode {
  const {wordWrap} = useCodeBlockContext();
  const island = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    wordWrap.codeBlockRef.current = island.current?.querySelector('pre') ?? null;
  }, [wordWrap.codeBlockRef]);
  return <div ref={island} className={styles.island} dangerouslySetInnerHTML={{__html: ''}} suppressHydrationWarning />;
}

/**
 * Whether this block has the server's highlighted DOM, and whether that still shows what the
 * block would draw now: the same code, none of the reader's values marked. The colour mode does
 * not count: tokens carry class names only and take their colours from CSS (colourCss.ts).
 * Blocks that mount later in the browser (another page opened in the app) have no server DOM.
 */
function useServerDom(code: string, hasMarks: boolean): {exists: boolean; current: boolean} {
  const hydratingNow = useHydrating();
  // Decided once, at the first render: React renders again after hydration with the browser's snapshot.
  const [codeAtHydration] = useState(() => (hydratingNow ? code : null));
  const exists = codeAtHydration !== null && typeof document !== 'undefined';
  return {exists, current: exists && codeAtHydration === code && !hasMarks};
}

export default function CodeBlockContent(props: Props): ReactNode {
  const {metadata} = useCodeBlockContext();
  const marks = useBlockMarks();
  const plain = drawnPlainly(metadata, marks !== null);
  const server = useServerDom(metadata.code, marks !== null);
  const Highlighted = useHighlighter(!plain && !server.current);
  // Once drawn in the browser, a block never goes back to the server's DOM: it is gone.
  const drawnHere = useRef(false);
  if (plain) return <PlainCode {...props} />;
  if (!drawnHere.current && server.exists && (server.current || !Highlighted)) return <ServerHighlightedCode key="server" />;
  drawnHere.current = true;
  return (
    <div key="browser" className={styles.island}>
      {Highlighted ? <Highlighted {...props} /> : <PlainCode {...props} />}
    </div>
  );
}
