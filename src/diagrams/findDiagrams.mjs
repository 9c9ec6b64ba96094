// Every Mermaid diagram of the docs, for the renderer and the tests. Apart from sources.mjs
// because the MDX parser is ESM-only, and docusaurus.config.ts (which loads the remark
// plugin, and so sources.mjs) is loaded as CommonJS.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {createProcessor} from '@mdx-js/mdx';
import {describe, DOCS_DIR, mermaidNodes, sourceOfNode} from './sources.mjs';

/**
 * Every diagram of every MDX page under docs/, in page order.
 * @returns {import('./sources.mjs').DiagramSource[]}
 */
export function findDiagrams(docsDir = DOCS_DIR) {
  const processor = createProcessor();
  return readdirSync(docsDir, {recursive: true, encoding: 'utf8'})
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .flatMap((name) => {
      const pagePath = join(docsDir, name);
      const tree = processor.parse(readFileSync(pagePath, 'utf8'));
      return mermaidNodes(tree).map((node) => describe(sourceOfNode(node, pagePath), pagePath));
    });
}
