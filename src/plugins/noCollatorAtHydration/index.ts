/**
 * The first `localeCompare` on a page loads the browser's collation data: about 15 ms on a fast
 * machine, four times that on a slow phone, in the middle of hydration. theme-common calls it
 * only to memoise small option objects, in the navbar's secondary menu (and in the code block's
 * word wrap, which src/plugins/wordWrapAfterLayout replaces). That import is swapped for a
 * version that sorts keys by code unit: shallowMemo.ts.
 */
import type {Plugin} from '@docusaurus/types';
import {moduleSwapPlugin} from '../moduleSwap';

export default function noCollatorAtHydration(): Plugin {
  return moduleSwapPlugin('no-collator-at-hydration', [
    {
      request: /^\.\.\/\.\.\/utils\/reactUtils$/,
      importedFrom: /@docusaurus[\\/]theme-common[\\/]lib[\\/]contexts[\\/]navbarSecondaryMenu$/,
      replacement: require.resolve('./shallowMemo.ts'),
      expects: "theme-common's navbar secondary menu imports '../../utils/reactUtils' from lib/contexts/navbarSecondaryMenu",
    },
  ]);
}
