/**
 * theme-common's useCodeWordWrap measures every code block right after hydration, each
 * measurement forcing a style and layout of the page (and of closed <details> contents); it is
 * swapped for a version that measures when a ResizeObserver reports the block
 * (useCodeWordWrap.ts).
 */
import type {Plugin} from '@docusaurus/types';
import {moduleSwapPlugin} from '../moduleSwap';

export default function wordWrapAfterLayout(): Plugin {
  return moduleSwapPlugin('word-wrap-after-layout', [
    {
      request: /^\.\/hooks\/useCodeWordWrap$/,
      importedFrom: /@docusaurus[\\/]theme-common[\\/]lib$/,
      replacement: require.resolve('./useCodeWordWrap.ts'),
      expects: "theme-common's internal entry re-exports useCodeWordWrap from './hooks/useCodeWordWrap'",
    },
  ]);
}
