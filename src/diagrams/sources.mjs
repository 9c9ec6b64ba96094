// Where the site's Mermaid diagrams come from, shared by the remark plugin (build), the
// renderer (npm run diagrams) and the tests: a ```mermaid fence in an MDX page, or an empty
// fence that names a .mmd file next to the page (```mermaid file=./name.mmd).
// Plain JavaScript so that the renderer runs under Node without a TypeScript step.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DOCS_DIR = join(ROOT, 'docs');
/** Rendered SVGs and their manifest, committed: building the site needs no browser. */
export const RENDERED_DIR = join(ROOT, 'src/diagrams/rendered');

/**
 * @typedef {{type: string, lang?: string | null, meta?: string | null, value?: string, children?: MdNode[]}} MdNode
 * @typedef {{source: string, hash: string, page: string, title: string}} DiagramSource
 */

/** Line endings and trailing blanks do not change a diagram. */
function normalized(text) {
  return text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}

export function sourceHash(source) {
  return createHash('sha256').update(normalized(source)).digest('hex').slice(0, 16);
}

/** The diagram's accTitle, which every diagram must have (it becomes the SVG's <title>). */
export function titleOf(source) {
  return /^\s*accTitle\s*:\s*(.+?)\s*$/m.exec(source)?.[1] ?? '';
}

/** Every ```mermaid code node in a Markdown tree, in document order. */
export function mermaidNodes(tree) {
  /** @type {MdNode[]} */
  const found = [];
  const visit = (/** @type {MdNode} */ node) => {
    if (node.type === 'code' && node.lang === 'mermaid') found.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

/** The Mermaid text of a fence: its body, or the .mmd file its `file=` meta names. */
export function sourceOfNode(node, pagePath) {
  const file = /(?:^|\s)file=(\S+)/.exec(node.meta ?? '')?.[1];
  if (!file) return normalized(node.value ?? '');
  if (!file.endsWith('.mmd')) throw new Error(`${pagePath}: a mermaid fence may only name a .mmd file, not ${file}`);
  return normalized(readFileSync(resolve(dirname(pagePath), file), 'utf8'));
}

/** @returns {DiagramSource} */
export function describe(source, pagePath) {
  return {source, hash: sourceHash(source), page: relative(ROOT, pagePath).split('\\').join('/'), title: titleOf(source)};
}

const SIDEWAYS_FLOWCHART = /^(\s*(?:flowchart|graph)\s+)(LR|RL)\b/m;

/**
 * The top-down form of a sideways flowchart, or null for any other diagram. Rendered as a
 * second layout for narrow columns, and kept when it is the narrower of the two.
 */
export function narrowSource(source) {
  const withoutFrontMatter = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const firstStatement = withoutFrontMatter.split('\n').find((line) => line.trim() && !line.trim().startsWith('%%'));
  if (!firstStatement || !SIDEWAYS_FLOWCHART.test(firstStatement)) return null;
  return source.replace(SIDEWAYS_FLOWCHART, '$1TB');
}

/** The renders a manifest entry stands for: both colour modes, of one or two layouts. */
export function variantsOf(entry) {
  return ['light', 'dark', ...(entry.narrow ? ['narrow-light', 'narrow-dark'] : [])];
}

export function renderedFile(hash, variant) {
  return join(RENDERED_DIR, `${hash}.${variant}.svg`);
}

/** Ids inside a render start with this, so that several diagrams and variants share a page. */
export function idPrefix(hash, variant) {
  return `diagram-${hash}-${variant}`;
}
