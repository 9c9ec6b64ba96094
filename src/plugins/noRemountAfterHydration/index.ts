/**
 * theme-classic's Tabs and CodeBlock remount themselves once the page has hydrated (a key
 * from useIsBrowser), so every tab panel and code block is built and highlighted again, in
 * one long task: most of the total blocking time of a page with much code. Docusaurus now
 * starts hydration with the server's state (default tab, default colour mode) and switches
 * in effects, so the remount is not needed. Their useIsBrowser is swapped for noRemountKey.ts;
 * nothing else in them uses it.
 */
import type {Plugin} from '@docusaurus/types';
import {moduleSwapPlugin} from '../moduleSwap';

export default function noRemountAfterHydration(): Plugin {
  return moduleSwapPlugin('no-remount-after-hydration', [
    {
      request: /^@docusaurus\/useIsBrowser$/,
      importedFrom: /@docusaurus[\\/]theme-classic[\\/]lib[\\/]theme[\\/](Tabs|CodeBlock)$/,
      replacement: require.resolve('./noRemountKey.ts'),
      expects: "theme-classic's Tabs and CodeBlock (lib/theme/Tabs, lib/theme/CodeBlock) import @docusaurus/useIsBrowser",
    },
  ], {server: true});
}
