/**
 * Link prefetching in idle time (see prefetch.ts): core's prefetch helper, imported by core's
 * client as './prefetch', is swapped for ours.
 */
import type {Plugin} from '@docusaurus/types';
import {moduleSwapPlugin} from '../moduleSwap';

export default function prefetchWhenIdle(): Plugin {
  return moduleSwapPlugin('prefetch-when-idle', [
    {
      request: /^\.\/prefetch$/,
      importedFrom: /@docusaurus[\\/]core[\\/]lib[\\/]client$/,
      replacement: require.resolve('./prefetch.ts'),
      expects: "core's client imports its link prefetch helper as './prefetch' from lib/client",
    },
  ]);
}
