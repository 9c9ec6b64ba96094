/**
 * Right after hydration Docusaurus sets state from effects: "is browser" flips to true, and the
 * window size goes from "ssr" to "desktop" or "mobile". React renders such updates in one task
 * without yielding, and each re-renders much of the page (the navbar, every <details>, the
 * mobile sidebar with all its links). The two modules are swapped for ones that set the same
 * state in a transition, which React renders in slices of a few milliseconds
 * (browserContext.tsx, useWindowSize.ts).
 */
import type {Plugin} from '@docusaurus/types';
import {moduleSwapPlugin} from '../moduleSwap';

export default function afterHydrationInTransition(): Plugin {
  return moduleSwapPlugin('after-hydration-in-transition', [
    {
      request: /^\.\/browserContext$/,
      importedFrom: /@docusaurus[\\/]core[\\/]lib[\\/]client$/,
      replacement: require.resolve('./browserContext.tsx'),
      expects: "@docusaurus/core's client App imports BrowserContextProvider from './browserContext'",
    },
    {
      request: /^\.\.?\/hooks\/useWindowSize$/,
      importedFrom: /@docusaurus[\\/]theme-common[\\/]lib([\\/]contexts)?$/,
      replacement: require.resolve('./useWindowSize.ts'),
      expects: "theme-common imports useWindowSize from './hooks/useWindowSize' (index) and '../hooks/useWindowSize' (navbarMobileSidebar)",
    },
  ]);
}
