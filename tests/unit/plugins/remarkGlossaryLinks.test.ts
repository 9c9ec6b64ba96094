import {describe, expect, it} from 'vitest';
import {compile} from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkGlossaryLinks from '../../../src/remark/remarkGlossaryLinks';
import {GLOSSARY_ACRONYMS} from '../../../src/remark/glossaryTerms';

async function compiled(mdx: string, path = '/site/docs/page.mdx'): Promise<string> {
  return String(await compile({value: mdx, path}, {remarkPlugins: [remarkDirective, remarkGlossaryLinks]}));
}

/** The glossary links in compiled MDX, as [text, href] pairs in page order. */
function glossaryLinks(out: string): string[][] {
  return [...out.matchAll(/href: "(\/glossary#[a-z-]+)",\s*title: "[^"]*",\s*children: "([A-Z]+)"/g)].map((m) => [m[2], m[1]]);
}

describe('remarkGlossaryLinks', () => {
  it('links the first use of each acronym to its entry, with its expansion as the title', async () => {
    const out = await compiled('Partner Admin Link (PAL) earns PEC. PAL again, and PEC again.\n');
    expect(glossaryLinks(out)).toEqual([
      ['PAL', '/glossary#pal'],
      ['PEC', '/glossary#pec'],
    ]);
    expect(out).toContain('title: "partner earned credit"');
  });

  it('skips headings, code, existing links and admonition titles, and links the next use in text', async () => {
    const mdx = [
      '# About CSP',
      '',
      ':::note[PIM and CSP]',
      'Use `PIM` in code, see [CSP here](/x), then PIM and CSP.',
      ':::',
      '',
      '```bash',
      'echo AOBO',
      '```',
      '',
    ].join('\n');
    expect(glossaryLinks(await compiled(mdx))).toEqual([
      ['PIM', '/glossary#pim'],
      ['CSP', '/glossary#csp'],
    ]);
  });

  it('matches whole words only', async () => {
    const out = await compiled('PALS, PAL_ID, /PAL, PAL-tagging service principal.\n');
    expect(glossaryLinks(out)).toEqual([['PAL', '/glossary#pal']]);
    expect(out).toContain('"PALS, PAL_ID, /PAL, "');
  });

  it('leaves a summary alone (a link inside it would be a control inside a control)', async () => {
    const out = await compiled('<details>\n<summary>PEC rules</summary>\n\nThe PEC rules.\n\n</details>\n');
    expect(out).toContain('"PEC rules"');
    expect(glossaryLinks(out)).toEqual([['PEC', '/glossary#pec']]);
  });

  it('does not link the Glossary to itself', async () => {
    expect(glossaryLinks(await compiled('PAL and PEC.\n', '/site/docs/glossary.mdx'))).toEqual([]);
  });

  it('has one distinct id per acronym', () => {
    const ids = GLOSSARY_ACRONYMS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
