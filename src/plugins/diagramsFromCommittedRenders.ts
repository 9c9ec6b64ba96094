/**
 * Pages import their diagrams as `src/diagrams/rendered/manifest.json?diagram=<hash>`
 * (src/diagrams/remarkMermaidSvg.ts); this loader makes each such import a module of that
 * diagram's committed SVG renders.
 */
import type {Plugin} from '@docusaurus/types';

export default function diagramsFromCommittedRenders(): Plugin {
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
              use: [require.resolve('../diagrams/renderedDiagramLoader.cjs')],
            },
          ],
        },
      };
    },
  };
}
