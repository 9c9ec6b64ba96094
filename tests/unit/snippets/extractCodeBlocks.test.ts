import {describe, expect, it} from 'vitest';
import {extractCodeBlocks, pageLine} from '../../snippets/extractCodeBlocks';

const page = [
  '---',
  'title: Example',
  '---',
  '',
  '```bash title="Link the signed-in identity"',
  'az managementpartner create --partner-id <partnerId>',
  '```',
  '',
  '<Tabs groupId="tool" queryString>',
  '  <TabItem value="powershell" label="PowerShell">',
  '',
  '  ```powershell title=\'Show the link\' {2}',
  '  Get-AzManagementPartner',
  '    | Format-List',
  '  ```',
  '',
  '  </TabItem>',
  '</Tabs>',
  '',
  '````md',
  '```yaml',
  'on: push',
  '```',
  '````',
  '',
  '~~~',
  'plain',
  '~~~',
  'Inline ```code``` is not a fence.',
].join('\n');

describe('extractCodeBlocks', () => {
  const blocks = extractCodeBlocks(page, 'docs/example.mdx');

  it('finds top-level, indented and nested fences, but not inline code', () => {
    expect(blocks.map((block) => [block.fenceLine, block.language])).toEqual([
      [5, 'bash'],
      [12, 'powershell'],
      [20, 'md'],
      [26, ''],
    ]);
  });

  it('reads the title and the rest of the info string', () => {
    expect(blocks[0]).toMatchObject({title: 'Link the signed-in identity', meta: 'title="Link the signed-in identity"'});
    expect(blocks[1]).toMatchObject({title: 'Show the link', meta: "title='Show the link' {2}"});
    expect(blocks[3].title).toBeUndefined();
  });

  it('takes off the indentation of an indented fence, and no more', () => {
    expect(blocks[1].code).toBe('Get-AzManagementPartner\n  | Format-List');
  });

  it('keeps a shorter fence inside a longer one as content', () => {
    expect(blocks[2].code).toBe('```yaml\non: push\n```');
  });

  it('maps a line of the code back to the page', () => {
    expect(pageLine(blocks[0], 1)).toBe(6);
    expect(pageLine(blocks[1], 2)).toBe(14);
  });

  it('reports a fence that is never closed', () => {
    expect(() => extractCodeBlocks('text\n```bash\necho hi\n', 'docs/broken.mdx')).toThrow('docs/broken.mdx:2: code block opened here is never closed');
  });
});
