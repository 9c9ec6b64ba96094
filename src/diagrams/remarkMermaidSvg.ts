import {esmImport} from '../remark/esmImport';
import {sourceHash, sourceOfNode} from './sources.mjs';

export const DIAGRAM_COMPONENT = '@site/src/components/Diagram';
/** Imported with `?diagram=<hash>`: src/diagrams/renderedDiagramLoader.cjs turns it into SVG strings. */
export const RENDERS_MODULE = '@site/src/diagrams/rendered/manifest.json';
const COMPONENT_NAME = 'RenderedDiagram';

type Node = {type: string; lang?: string | null; meta?: string | null; value?: string; children?: Node[]};
type Root = Node & {children: unknown[]};

/** <RenderedDiagram diagram={name} />, as MDX's JSX node with its estree. */
function diagramElement(name: string) {
  const expression = {type: 'Identifier', name};
  return {
    type: 'mdxJsxFlowElement',
    name: COMPONENT_NAME,
    attributes: [
      {
        type: 'mdxJsxAttribute',
        name: 'diagram',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: name,
          data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}]}},
        },
      },
    ],
    children: [],
  };
}

/**
 * Remark plugin: every ```mermaid fence becomes the diagram's committed SVG renders (see
 * scripts/render-diagrams.mjs), inlined by src/components/Diagram. The page imports them as
 * strings, so no page ships Mermaid, and the server HTML already holds the drawing.
 */
export default function remarkMermaidSvg() {
  return (tree: Root, file: {path?: string}): void => {
    const pagePath = file.path ?? '';
    const hashes: string[] = [];
    const visit = (parent: Node): void => {
      parent.children?.forEach((child, index) => {
        if (child.type !== 'code' || child.lang !== 'mermaid') return visit(child);
        const hash = sourceHash(sourceOfNode(child, pagePath));
        // Ids inside a render come from its hash: the same diagram twice would repeat them.
        if (hashes.includes(hash)) throw new Error(`${pagePath}: the same Mermaid diagram appears twice on the page`);
        hashes.push(hash);
        parent.children![index] = diagramElement(`renderedDiagram${hashes.length}`);
      });
    };
    visit(tree);
    if (!hashes.length) return;
    tree.children.unshift(
      esmImport(DIAGRAM_COMPONENT, COMPONENT_NAME),
      ...hashes.map((hash, i) => esmImport(`${RENDERS_MODULE}?diagram=${hash}`, `renderedDiagram${i + 1}`)),
    );
  };
}
