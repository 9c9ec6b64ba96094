import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkMermaidSvg, {DIAGRAM_COMPONENT, RENDERS_MODULE} from '../../../src/diagrams/remarkMermaidSvg';
import {sourceHash} from '../../../src/diagrams/sources.mjs';

const DIAGRAM = 'flowchart LR\n  accTitle: A to B\n  accDescr: A leads to B.\n  a --> b';
const folder = mkdtempSync(join(tmpdir(), 'remark-mermaid-'));

async function compiled(mdx: string): Promise<string> {
  const path = join(folder, 'page.mdx');
  return String(await compile({value: mdx, path}, {remarkPlugins: [remarkMermaidSvg]}));
}

describe('remarkMermaidSvg', () => {
  it('replaces a mermaid fence with the rendered diagram, imported by the hash of its source', async () => {
    const out = await compiled(`# Page\n\n\`\`\`mermaid\n${DIAGRAM}\n\`\`\`\n`);
    expect(out).toContain(`import RenderedDiagram from '${DIAGRAM_COMPONENT}'`);
    expect(out).toContain(`import renderedDiagram1 from '${RENDERS_MODULE}?diagram=${sourceHash(DIAGRAM)}'`);
    expect(out).toMatch(/_jsx\(RenderedDiagram, \{\s*diagram: renderedDiagram1\s*\}\)/);
    // The Mermaid text itself does not reach the page.
    expect(out).not.toContain('a --> b');
  });

  it('takes the diagram from a .mmd file next to the page: the same source, the same render', async () => {
    writeFileSync(join(folder, 'diagram.mmd'), `${DIAGRAM}\r\n\r\n`);
    const out = await compiled('```mermaid file=./diagram.mmd\n```\n');
    expect(out).toContain(`?diagram=${sourceHash(DIAGRAM)}`);
  });

  it('refuses a file that is not a .mmd file', async () => {
    await expect(compiled('```mermaid file=./diagram.svg\n```\n')).rejects.toThrow(/only name a \.mmd file/);
  });

  it('numbers several diagrams on one page and refuses the same diagram twice (its ids would clash)', async () => {
    const other = DIAGRAM.replace('a --> b', 'b --> c');
    const out = await compiled(`\`\`\`mermaid\n${DIAGRAM}\n\`\`\`\n\n\`\`\`mermaid\n${other}\n\`\`\`\n`);
    expect(out).toContain('renderedDiagram2');
    await expect(compiled(`\`\`\`mermaid\n${DIAGRAM}\n\`\`\`\n\n\`\`\`mermaid\n${DIAGRAM}\n\`\`\`\n`)).rejects.toThrow(/twice/);
  });

  it('leaves pages without diagrams alone', async () => {
    const plain = await compiled('Some `code` in a sentence.\n');
    expect(plain).not.toContain(DIAGRAM_COMPONENT);
  });
});
