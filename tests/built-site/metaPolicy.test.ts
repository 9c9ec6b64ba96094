// Checks the finished builds (run after `npm run build` and `npm run build:live-test`): every
// page carries the site's Content Security Policy in a <meta> element, for hosts that send no
// headers, and that policy is the header policy minus what a <meta> policy cannot carry.
import {createHash} from 'node:crypto';
import {existsSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {HEADER_ONLY_DIRECTIVES, htmlFiles, metaContentSecurityPolicy} from '../../scripts/security-headers.mjs';

const BUILDS = ['build', 'build-live'];
const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)">/gi;

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe.each(BUILDS)('%s', (name) => {
  const dir = resolve(name);
  if (!existsSync(join(dir, 'staticwebapp.config.json'))) {
    it('has been built', () => {
      throw new Error(`${name}/staticwebapp.config.json is missing: run \`npm run build\` and \`npm run build:live-test\` first.`);
    });
    return;
  }
  const config = JSON.parse(readFileSync(join(dir, 'staticwebapp.config.json'), 'utf8'));
  const headerPolicy: string = config.globalHeaders['Content-Security-Policy'];
  const expected: string = metaContentSecurityPolicy(headerPolicy);
  const pages = htmlFiles(dir) as string[];

  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('the meta policy leaves out every directive a meta element cannot carry, and keeps the rest', () => {
    for (const directive of HEADER_ONLY_DIRECTIVES) expect(expected).not.toMatch(new RegExp(`(^|; )${directive}\\b`));
    expect(headerPolicy).toContain("frame-ancestors 'none'");
    expect(expected).toContain("default-src 'self'");
    expect(expected).toContain("object-src 'none'");
    expect(expected).toMatch(/connect-src 'self' https:\/\/login\.microsoftonline\.com https:\/\/management\.azure\.com/);
  });

  it('every page has exactly one meta policy, equal to the header policy minus header-only directives', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const found = [...html.matchAll(META)].map((match) => unescapeAttribute(match[1]));
      expect(found, relative(dir, file)).toEqual([expected]);
    }
  });

  it('the meta policy comes before any script, stylesheet or preload it must govern', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policyAt = html.search(/<meta\s+http-equiv="Content-Security-Policy"/i);
      const firstGoverned = html.search(/<script\b|<link\b[^>]*rel="?(stylesheet|preload|modulepreload|prefetch)/i);
      expect(policyAt, relative(dir, file)).toBeGreaterThan(-1);
      if (firstGoverned > -1) expect(policyAt, relative(dir, file)).toBeLessThan(firstGoverned);
    }
  });

  it('every inline script the pages run is allowed by its hash, and nothing else inline is', () => {
    const scriptSrc = expected.split('; ').find((directive) => directive.startsWith('script-src '))!;
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    const inline = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
    for (const file of pages) {
      for (const [, attributes, body] of readFileSync(file, 'utf8').matchAll(inline)) {
        if (/type=["']?application\/(ld\+)?json/.test(attributes) || body.trim() === '') continue;
        const hash = `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
        expect(scriptSrc, relative(dir, file)).toContain(hash);
      }
    }
  });
});
