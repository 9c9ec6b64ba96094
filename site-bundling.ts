/*
 * How the site's JavaScript is split, as Docusaurus plugins for docusaurus.config.ts: what a
 * page that is only read loads stays small. README, "Performance", says why each exists.
 */
import type {Plugin} from '@docusaurus/types';

/**
 * Keeps MSAL and the Azure SDK out of the chunks every page loads: they may only
 * live in async chunks, which load when a widget is used or comes into view.
 */
export function azureInAsyncChunksOnly(): Plugin {
  return {
    name: 'azure-in-async-chunks-only',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              azure: {
                test: /[\\/]node_modules[\\/]@azure[\\/]/,
                chunks: 'async',
                priority: 50,
                enforce: true,
                reuseExistingChunk: true,
              },
            },
          },
        },
      };
    },
  };
}

/**
 * theme-classic registers Prism's extra languages in a client module, which puts Prism
 * (about 30 KB gzip, 100 KB of script) into the script every page loads. That module is
 * replaced here by an empty one; src/codeHighlighting/highlighter.ts does the same work,
 * and only pages that show code import it (remarkImportHighlighter, GeneratorKit). The
 * server bundle always has it, so server HTML is always highlighted.
 */
const HIGHLIGHTER_MODULES = new RegExp(
  [
    /[\\/]node_modules[\\/](prism-react-renderer|prismjs)[\\/]/,
    /[\\/]theme-classic[\\/]lib[\\/]theme[\\/](prism-include-languages|CodeBlock[\\/]Content[\\/]index|CodeBlock[\\/]Line[\\/].*)\.js$/,
    /[\\/]src[\\/](codeHighlighting[\\/]highlighter|theme[\\/]CodeBlock[\\/]Line[\\/].*)\.tsx?$/,
  ]
    .map((part) => part.source)
    .join('|'),
);

export function prismWithCodeBlocksOnly(): Plugin {
  return {
    name: 'prism-with-code-blocks-only',
    configureWebpack(_config, isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.DefinePlugin({'process.env.PAL_SERVER_BUNDLE': JSON.stringify(String(isServer))}),
          new currentBundler.instance.NormalModuleReplacementPlugin(
            /@docusaurus[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
            require.resolve('./src/codeHighlighting/noPrismAtStartup.ts'),
          ),
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

/**
 * Link prefetching in idle time (see src/browser/prefetchWhenIdle.ts): core's prefetch
 * helper, imported by core's client as './prefetch', is swapped for ours.
 */
export function prefetchWhenIdle(): Plugin {
  return {
    name: 'prefetch-when-idle',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(/^\.\/prefetch$/, (resource: {context: string; request: string}) => {
            if (/@docusaurus[\\/]core[\\/]lib[\\/]client$/.test(resource.context)) {
              resource.request = require.resolve('./src/browser/prefetchWhenIdle.ts');
            }
          }),
        ],
      };
    },
  };
}

/**
 * theme-classic's Tabs and CodeBlock remount themselves once the page has hydrated (a key
 * from useIsBrowser), so every tab panel and code block is built and highlighted again, in
 * one long task: most of the total blocking time of a page with much code. Docusaurus now
 * starts hydration with the server's state (default tab, default colour mode) and switches
 * in effects, so the remount is not needed. Their useIsBrowser is swapped for
 * src/browser/noRemountKey.ts; nothing else in them uses it.
 */
export function noRemountAfterHydration(): Plugin {
  return {
    name: 'no-remount-after-hydration',
    configureWebpack(_config, _isServer, {currentBundler}) {
      return {
        plugins: [
          new currentBundler.instance.NormalModuleReplacementPlugin(/^@docusaurus\/useIsBrowser$/, (resource: {context: string; request: string}) => {
            if (/@docusaurus[\\/]theme-classic[\\/]lib[\\/]theme[\\/](Tabs|CodeBlock)$/.test(resource.context)) {
              resource.request = require.resolve('./src/browser/noRemountKey.ts');
            }
          }),
        ],
      };
    },
  };
}

/**
 * Pages import their diagrams as `src/diagrams/rendered/manifest.json?diagram=<hash>`
 * (src/diagrams/remarkMermaidSvg.ts); this loader makes each such import a module of that
 * diagram's committed SVG renders.
 */
export function diagramsFromCommittedRenders(): Plugin {
  return {
    name: 'diagrams-from-committed-renders',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /[\\/]src[\\/]diagrams[\\/]rendered[\\/]manifest\.json$/,
              resourceQuery: /diagram=/,
              type: 'javascript/auto',
              use: [require.resolve('./src/diagrams/renderedDiagramLoader.cjs')],
            },
          ],
        },
      };
    },
  };
}
