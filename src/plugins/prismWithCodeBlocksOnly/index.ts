/**
 * theme-classic registers Prism's extra languages in a client module, which puts Prism
 * (about 30 KB gzip, 100 KB of script) into the script every page loads. That module is
 * swapped here for an empty one (noPrismAtStartup.ts); src/codeHighlighting/highlighter.ts does
 * the same work, in a chunk the browser loads only when a code block must be drawn there
 * (src/codeHighlighting/registry.ts). The server bundle always has it, so server HTML is
 * always highlighted.
 */
import type {Plugin} from '@docusaurus/types';
import {swapModule} from '../moduleSwap';

const HIGHLIGHTER_MODULES = new RegExp(
  [
    /[\\/]node_modules[\\/](prism-react-renderer|prismjs)[\\/]/,
    /[\\/]theme-classic[\\/]lib[\\/]theme[\\/](prism-include-languages|CodeBlock[\\/]Content[\\/]index|CodeBlock[\\/]Line[\\/].*)\.js$/,
    /[\\/]src[\\/](codeHighlighting[\\/]highlighter|theme[\\/]CodeBlock[\\/]Line[\\/].*)\.tsx?$/,
  ]
    .map((part) => part.source)
    .join('|'),
);

export const PRISM_CLIENT_MODULE = /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/;

export default function prismWithCodeBlocksOnly(): Plugin {
  return {
    name: 'prism-with-code-blocks-only',
    configureWebpack(_config, isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.DefinePlugin({'process.env.PAL_SERVER_BUNDLE': JSON.stringify(String(isServer))}),
          ...swapModule(currentBundler, {
            name: 'prism-with-code-blocks-only',
            request: PRISM_CLIENT_MODULE,
            replacement: require.resolve('./noPrismAtStartup.ts'),
            expects: "theme-classic registers Prism's languages in its client module lib/prism-include-languages",
          }),
        ],
        // One chunk of its own: otherwise, as most pages have code, Docusaurus's "common"
        // chunk would take Prism in and every page would load it again.
        optimization: isServer
          ? {}
          : {
              splitChunks: {
                cacheGroups: {
                  codeHighlighting: {
                    test: HIGHLIGHTER_MODULES,
                    name: 'code-highlighting',
                    chunks: 'async',
                    priority: 45,
                    enforce: true,
                  },
                },
              },
            },
      };
    },
  };
}
