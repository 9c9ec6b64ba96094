import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {findDiagrams} from '../../../src/diagrams/findDiagrams.mjs';
import {PALETTES, renderFingerprint} from '../../../src/diagrams/renderSettings.mjs';
import {idPrefix, RENDERED_DIR, renderedFile, variantsOf} from '../../../src/diagrams/sources.mjs';
import {MERMAID_CODE} from '../../mermaidCode';

/**
 * The committed renders (src/diagrams/rendered/) against the diagrams in docs/: no browser
 * needed. A failure here usually means: run `npm run diagrams` and commit the result.
 */

interface Entry {
  page: string;
  title: string;
  renderedWith: string;
  width: number;
  height: number;
  narrow?: {width: number; height: number};
}

const RUN = 'run `npm run diagrams` and commit src/diagrams/rendered/';
const manifest: Record<string, Entry> = JSON.parse(readFileSync(join(RENDERED_DIR, 'manifest.json'), 'utf8'));
const diagrams = findDiagrams();

const renders = Object.entries(manifest).flatMap(([hash, entry]) =>
  variantsOf(entry).map((variant) => ({hash, entry, variant, file: renderedFile(hash, variant)})),
);
const svgOf = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

describe('diagram sources', () => {
  it('finds the diagrams of the docs, fences and .mmd files alike', () => {
    expect(diagrams.length).toBeGreaterThanOrEqual(8);
    expect(diagrams.map((d) => d.page)).toEqual(expect.arrayContaining(['docs/lighthouse.mdx', 'docs/users-and-guests.mdx', 'docs/understanding-pal.mdx']));
  });

  it('gives every diagram a title and a description (accTitle, accDescr)', () => {
    const missing = diagrams.filter((d) => !d.title || !/^\s*accDescr\s*[:{]/m.test(d.source)).map((d) => `${d.page}: ${d.source.split('\n')[0]}`);
    expect(missing).toEqual([]);
  });
});

describe('committed renders', () => {
  it('exist for every diagram, rendered with the current settings, Mermaid version and renderer', () => {
    const fingerprint = renderFingerprint();
    const stale = diagrams
      .filter((d) => manifest[d.hash]?.renderedWith !== fingerprint || !variantsOf(manifest[d.hash]).every((v) => existsSync(renderedFile(d.hash, v))))
      .map((d) => `${d.page}: "${d.title}" is ${manifest[d.hash] ? 'stale' : 'not rendered'}`);
    expect(stale, RUN).toEqual([]);
  });

  it('are all used by some page', () => {
    const used = new Set(diagrams.map((d) => d.hash));
    expect(Object.keys(manifest).filter((hash) => !used.has(hash)), RUN).toEqual([]);
    const files = new Set(renders.map((r) => r.file));
    const unused = readdirSync(RENDERED_DIR).filter((name) => name.endsWith('.svg') && !files.has(join(RENDERED_DIR, name)));
    expect(unused, RUN).toEqual([]);
  });

  describe.each(renders.map((r) => [`${r.entry.page} ${r.variant} (${r.hash})`, r] as const))('%s', (_name, {hash, entry, variant, file}) => {
    const svg = svgOf(file);
    const prefix = idPrefix(hash, variant);

    it('is an image named by its title and described by its desc', () => {
      const root = /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root).toContain('role="img"');
      expect(root).toContain(`aria-labelledby="${prefix}-title"`);
      expect(root).toContain(`aria-describedby="${prefix}-desc"`);
      expect(svg).toContain(`<title id="${prefix}-title">${entry.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`);
      expect(svg).toMatch(new RegExp(`<desc id="${prefix}-desc">[^<]{20,}</desc>`));
    });

    it('is drawn at the size the manifest gives, labels 12 px or larger', () => {
      const size = variant.startsWith('narrow') ? entry.narrow! : entry;
      expect(svg).toMatch(new RegExp(`^<svg\\b[^>]*\\bwidth="${size.width}"[^>]*\\bheight="${size.height}"`));
      const sizes = [...svg.matchAll(/font-size[:=]\s*"?([\d.]+)px/g)].map((m) => Number(m[1]));
      expect(sizes.length).toBeGreaterThan(0);
      expect(sizes.filter((px) => px < 12)).toEqual([]);
    });

    it('keeps its ids to itself: every id starts with the render prefix', () => {
      const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.filter((id) => id !== prefix && !id.startsWith(`${prefix}-`) && !id.startsWith(`${prefix}_`))).toEqual([]);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('holds no script, HTML, links out or Mermaid code', () => {
      expect(svg).not.toMatch(/<script|<foreignObject|\son\w+=|href="(?!#)|javascript:/i);
      expect(svg).not.toMatch(MERMAID_CODE);
    });

    it('colours its text with the site text colour of its mode', () => {
      const palette = PALETTES[variant.endsWith('dark') ? 'dark' : 'light'];
      const style = /<style>([\s\S]*)<\/style>/.exec(svg)?.[1] ?? '';
      const textFills = [...style.matchAll(/([^{}]+)\{([^}]*)\}/g)]
        .filter(([, selectors]) => selectors.split(',').some((s) => /(^#[\w-]+$)|text\b|tspan|Text\b/.test(s.trim())))
        .flatMap(([, , body]) => [...body.matchAll(/(?:^|;)fill:([^;]+)/g)].map((m) => m[1].trim()));
      expect(textFills.length).toBeGreaterThan(0);
      expect([...new Set(textFills)]).toEqual([palette.text]);
    });
  });
});
