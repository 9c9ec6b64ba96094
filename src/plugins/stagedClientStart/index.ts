/**
 * In a production build, the browser starts Docusaurus in several tasks (entry.ts) rather than
 * in one. `npm start` keeps Docusaurus's own entry, with its hot reloading.
 */
import type {Plugin} from '@docusaurus/types';

export default function stagedClientStart(): Plugin {
  return {
    name: 'staged-client-start',
    configureWebpack(config, isServer) {
      if (isServer || config.mode !== 'production') return {};
      return {mergeStrategy: {entry: 'replace'}, entry: require.resolve('./entry.ts')};
    },
  };
}
