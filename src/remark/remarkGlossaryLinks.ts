import {GLOSSARY_ACRONYMS, GLOSSARY_PATH, type GlossaryAcronym} from './glossaryTerms';

type Node = {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  title?: string | null;
  data?: {directiveLabel?: boolean};
  children?: Node[];
};

/** Where a link must not go: inside another link, a heading, code, or an interactive summary. */
function skipsInside(node: Node): boolean {
  if (['link', 'linkReference', 'heading', 'code', 'inlineCode', 'definition'].includes(node.type)) return true;
  // An admonition's title: a directive label, or Docusaurus's node for a title with markup.
  if (node.type === 'mdxAdmonitionTitle' || (node.type === 'paragraph' && node.data?.directiveLabel)) return true;
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'summary';
}

const BY_ACRONYM = new Map(GLOSSARY_ACRONYMS.map((term) => [term.acronym, term]));
// Whole words only: "PAL" in "PAL-tagging" is the acronym, in "PALS" or "PAL_ID" it is not.
const PATTERN = new RegExp(`(?<![\\w/.#-])(${GLOSSARY_ACRONYMS.map((t) => t.acronym).join('|')})(?![\\w/])`, 'g');

function glossaryLink(term: GlossaryAcronym): Node {
  return {
    type: 'link',
    url: `${GLOSSARY_PATH}#${term.id}`,
    title: term.expansion,
    children: [{type: 'text', value: term.acronym}],
  };
}

/** Splits a text node at the first unlinked acronyms it holds; marks them linked. */
function linkFirstUses(text: string, linked: Set<string>): Node[] | undefined {
  const parts: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(PATTERN)) {
    const term = BY_ACRONYM.get(match[1])!;
    if (linked.has(term.acronym)) continue;
    linked.add(term.acronym);
    if (match.index > last) parts.push({type: 'text', value: text.slice(last, match.index)});
    parts.push(glossaryLink(term));
    last = match.index + match[1].length;
  }
  if (!parts.length) return undefined;
  if (last < text.length) parts.push({type: 'text', value: text.slice(last)});
  return parts;
}

/**
 * Remark plugin: on every page but the Glossary, the first use of each acronym in running
 * text links to its Glossary entry, with what it stands for as the link's title.
 */
export default function remarkGlossaryLinks() {
  return (tree: Node, file: {path?: string}): void => {
    if (/[\\/]glossary\.mdx?$/.test(file.path ?? '')) return;
    const linked = new Set<string>();
    const visit = (parent: Node): void => {
      const children = parent.children;
      if (!children) return;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (skipsInside(child)) continue;
        if (child.type === 'text') {
          const parts = linkFirstUses(child.value ?? '', linked);
          if (parts) {
            children.splice(i, 1, ...parts);
            i += parts.length - 1;
          }
        } else visit(child);
      }
    };
    visit(tree);
  };
}
