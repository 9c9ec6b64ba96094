import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {RENDERED_DIR} from '../../../src/diagrams/sources.mjs';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../../src/diagrams/renderedDiagramLoader.cjs') as (this: object, source: string) => string;

const MANIFEST = join(RENDERED_DIR, 'manifest.json');
const manifestText = readFileSync(MANIFEST, 'utf8');
const manifest = JSON.parse(manifestText) as Record<string, {title: string; width: number; narrow?: {width: number}}>;

function load(hash: string) {
  const dependencies: string[] = [];
  const context = {resourcePath: MANIFEST, resourceQuery: `?diagram=${hash}`, addDependency: (file: string) => dependencies.push(file)};
  const code = loader.call(context, manifestText);
  const diagram = JSON.parse(code.replace(/^export default /, '').replace(/;\s*$/, ''));
  return {diagram, dependencies};
}

describe('renderedDiagramLoader', () => {
  it('makes a module of a diagram: title, width and both colour modes of each layout', () => {
    const [hash, entry] = Object.entries(manifest).find(([, e]) => e.narrow)!;
    const {diagram, dependencies} = load(hash);
    expect(diagram.title).toBe(entry.title);
    expect(diagram.width).toBe(entry.width);
    expect(diagram.light).toMatch(new RegExp(`^<svg[^>]*id="diagram-${hash}-light"`));
    expect(diagram.dark).toMatch(new RegExp(`^<svg[^>]*id="diagram-${hash}-dark"`));
    expect(diagram.narrow.width).toBe(entry.narrow!.width);
    expect(diagram.narrow.dark).toContain(`diagram-${hash}-narrow-dark`);
    // The bundler watches the SVGs: a new render of an unchanged diagram reaches the page.
    expect(dependencies.map((file) => file.split(/[\\/]/).pop())).toEqual(
      ['light', 'dark', 'narrow-light', 'narrow-dark'].map((variant) => `${hash}.${variant}.svg`),
    );
  });

  it('gives a diagram without a top-down layout none', () => {
    const [hash] = Object.entries(manifest).find(([, e]) => !e.narrow)!;
    expect(load(hash).diagram.narrow).toBeUndefined();
  });

  it('fails the build for a diagram that was never rendered, saying what to run', () => {
    expect(() => load('0000000000000000')).toThrow(/npm run diagrams/);
  });

  it('loads every committed render, none of which runs anything', () => {
    for (const hash of Object.keys(manifest)) expect(() => load(hash), hash).not.toThrow();
  });

  it('refuses a render that carries a script or an event handler, since the page inlines it as HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'renders-'));
    try {
      const hash = 'abcdefabcdefabcd';
      const tampered = join(dir, 'manifest.json');
      const text = JSON.stringify({[hash]: {title: 'T', width: 10, height: 10}});
      writeFileSync(tampered, text);
      writeFileSync(join(dir, `${hash}.dark.svg`), '<svg id="x"><text>ok</text></svg>');
      for (const markup of ['<svg><script>alert(1)</script></svg>', '<svg onload="alert(1)"></svg>', '<svg><foreignObject><div/></foreignObject></svg>']) {
        writeFileSync(join(dir, `${hash}.light.svg`), markup);
        const context = {resourcePath: tampered, resourceQuery: `?diagram=${hash}`, addDependency: () => {}};
        expect(() => loader.call(context, text), markup).toThrow(/script, an event handler or embedded HTML/);
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
