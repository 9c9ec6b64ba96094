// Checks the finished build: the site spells "Partner ID" one way in everything a reader reads
// (code, where a tool or API spells it its own way, is left out).
import {readFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {htmlFiles} from '../../scripts/security-headers.mjs';

/** Any spelling but "Partner ID": partner ID, partner id, Partner Id, PartnerID in running text. */
const OTHER_SPELLING = /\b(?:partner ID|partner Id|partner id|Partner Id|Partner id|PARTNER ID|PartnerID)s?\b/;

/** The page's readable text: no code, scripts, styles or markup. */
function readableText(html: string): string {
  return html
    .replace(/<(script|style|pre|code|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('Partner ID spelling', () => {
  it('finds code and markup left out of the readable text', () => {
    expect(readableText('<p>Your <strong>Partner ID</strong></p><pre>partner id</pre><code>PartnerID</code>')).toBe(' Your Partner ID ');
  });

  it('is "Partner ID" in the text of every page', () => {
    const dir = resolve('build');
    const pages = htmlFiles(dir) as string[];
    expect(pages.length).toBeGreaterThan(10);
    const found = pages.flatMap((page) => {
      const text = readableText(readFileSync(page, 'utf8'));
      const match = OTHER_SPELLING.exec(text);
      return match ? [`${relative(dir, page)}: …${text.slice(Math.max(0, match.index - 40), match.index + 40)}…`] : [];
    });
    expect(found).toEqual([]);
  });
});
