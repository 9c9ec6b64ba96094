/**
 * Fenced code blocks of an MDX page, as Docusaurus renders them: fences may be indented
 * (inside <Tabs>/<TabItem> or lists), use ``` or ~~~, and a longer fence may hold shorter ones.
 */
export interface CodeBlock {
  file: string;
  /** 1-based line of the opening fence. */
  fenceLine: number;
  /** Lower-cased language from the info string; '' when there is none. */
  language: string;
  /** The rest of the info string, e.g. `title="main.tf" {2-3}`. */
  meta: string;
  title?: string;
  code: string;
}

const OPENING = /^( *)(`{3,}|~{3,})(.*)$/;

/** Where a line of the block's code is in the page (1-based). */
export function pageLine(block: CodeBlock, codeLine: number): number {
  return block.fenceLine + codeLine;
}

export function extractCodeBlocks(source: string, file: string): CodeBlock[] {
  const lines = source.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = OPENING.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    // A backtick fence's info string cannot contain a backtick (that is inline code).
    if (fence[0] === '`' && info.includes('`')) continue;
    const closing = new RegExp(`^ *${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const start = i;
    const body: string[] = [];
    for (i += 1; i < lines.length && !closing.test(lines[i]); i += 1) {
      // Take off the fence's own indentation, as Markdown does.
      body.push(lines[i].replace(new RegExp(`^ {0,${indent.length}}`), ''));
    }
    if (i >= lines.length) throw new Error(`${file}:${start + 1}: code block opened here is never closed`);
    const [language = '', ...rest] = info.trim().split(/\s+/);
    const meta = rest.join(' ');
    const title = /\btitle=(?:"([^"]*)"|'([^']*)')/.exec(meta);
    blocks.push({
      file,
      fenceLine: start + 1,
      language: language.toLowerCase(),
      meta,
      title: title ? (title[1] ?? title[2]) : undefined,
      code: body.join('\n'),
    });
  }
  return blocks;
}
