import {esmImport} from '../remark/esmImport';

export const HIGHLIGHTER_MODULE = '@site/src/codeHighlighting/highlighter';

type Node = {type: string; lang?: string | null; name?: string | null; children?: Node[]};
type Root = Node & {children: unknown[]};

/** A fenced code block (not a Mermaid diagram) or a CodeBlock element anywhere in the tree. */
function hasCodeBlock(node: Node): boolean {
  if (node.type === 'code' && node.lang !== 'mermaid') return true;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'CodeBlock') return true;
  return (node.children ?? []).some(hasCodeBlock);
}

/**
 * Remark plugin: a page that shows code imports the Prism highlighter, so its chunk is
 * part of the page's own chunks and is loaded before the page hydrates. Pages without
 * code never download Prism.
 */
export default function remarkImportHighlighter() {
  return (tree: Root): void => {
    if (!hasCodeBlock(tree)) return;
    tree.children.unshift(esmImport(HIGHLIGHTER_MODULE));
  };
}
