import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkImportHighlighter, {HIGHLIGHTER_MODULE} from '../../../src/codeHighlighting/remarkImportHighlighter';

async function compiled(mdx: string): Promise<string> {
  return String(await compile(mdx, {remarkPlugins: [remarkImportHighlighter]}));
}

const IMPORT = `import '${HIGHLIGHTER_MODULE}';`;

describe('remarkImportHighlighter', () => {
  it('makes a page with a fenced code block import the highlighter', async () => {
    const out = await compiled('# Title\n\n```bash\naz account show\n```\n');
    expect(out).toContain(IMPORT);
  });

  it('finds code blocks nested in components such as tabs', async () => {
    const out = await compiled('<Tabs>\n<TabItem value="a">\n\n```powershell\nGet-AzContext\n```\n\n</TabItem>\n</Tabs>\n');
    expect(out).toContain(IMPORT);
  });

  it('counts a CodeBlock element written in MDX', async () => {
    const out = await compiled('<CodeBlock language="json">{"{}"}</CodeBlock>\n');
    expect(out).toContain(IMPORT);
  });

  it('leaves pages without code alone, including inline code and Mermaid diagrams', async () => {
    const out = await compiled('Use `az login` first.\n\n```mermaid\ngraph TD; A-->B\n```\n');
    expect(out).not.toContain(HIGHLIGHTER_MODULE);
  });

  it('leaves pages whose only code is plain text alone: it is drawn the same without Prism', async () => {
    expect(await compiled('```text\nThe user does not have an account in this tenant\n```\n')).not.toContain(HIGHLIGHTER_MODULE);
    expect(await compiled('```\nno language at all\n```\n')).not.toContain(HIGHLIGHTER_MODULE);
  });

  it('counts plain text with a placeholder for the reader\'s values: they are marked by the highlighted lines', async () => {
    expect(await compiled('```text\nTenantId : <tenantId>\n```\n')).toContain(IMPORT);
  });

  it('adds the import once, however many code blocks there are', async () => {
    const out = await compiled('```bash\none\n```\n\n```bash\ntwo\n```\n');
    expect(out.split(HIGHLIGHTER_MODULE)).toHaveLength(2);
  });
});
