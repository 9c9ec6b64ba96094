import {esmImport} from '../remark/esmImport';
import {hasPlaceholders} from '../pal/yourValues';
import {isPlainText} from './plainText';

export const HIGHLIGHTER_MODULE = '@site/src/codeHighlighting/highlighter';

type Node = {type: string; lang?: string | null; name?: string | null; value?: string; children?: Node[]};
type Root = Node & {children: unknown[]};

/**
 * A fenced code block or a CodeBlock element anywhere in the tree. Mermaid diagrams do not
 * count, nor does plain text, unless it holds placeholders: the reader's values are marked
 * in it by the highlighted lines.
 */
function hasCodeBlock(node: Node): boolean {
  if (node.type === 'code' && node.lang !== 'mermaid' && (!isPlainText(node.lang) || hasPlaceholders(node.value ?? ''))) return true;
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
