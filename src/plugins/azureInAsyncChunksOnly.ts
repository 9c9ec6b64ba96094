/**
 * Keeps MSAL and the Azure SDK out of the chunks every page loads: they may only live in
 * async chunks, which load when a widget is used or comes into view.
 */
import type {Plugin} from '@docusaurus/types';

export default function azureInAsyncChunksOnly(): Plugin {
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
