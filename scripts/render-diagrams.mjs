// npm run diagrams: renders every Mermaid diagram of the docs into SVG files in
// src/diagrams/rendered/, which are committed. Mermaid lays text out in a browser, so this
// needs Chromium (Debian's when installed, else Playwright's); building the site does not.
// Mermaid is loaded from node_modules into a blank page: nothing is fetched from the network.
//   npm run diagrams             render what is missing or stale, delete what no page uses
//   npm run diagrams -- --force  render everything again
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {chromium} from '@playwright/test';
import {mermaidConfig, renderFingerprint} from '../src/diagrams/renderSettings.mjs';
import {findDiagrams} from '../src/diagrams/findDiagrams.mjs';
import {idPrefix, narrowSource, RENDERED_DIR, renderedFile, variantsOf} from '../src/diagrams/sources.mjs';
import {tidySvg} from '../src/diagrams/tidySvg.mjs';

const MANIFEST = join(RENDERED_DIR, 'manifest.json');
const MERMAID_SCRIPT = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** A blank page with Mermaid loaded from node_modules; it may fetch nothing. */
async function mermaidPage(browser) {
  const page = await browser.newPage();
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
  await page.addScriptTag({content: readFileSync(MERMAID_SCRIPT, 'utf8')});
  return page;
}

/** One render of a diagram; `narrow` draws the top-down form of a sideways flowchart. */
async function render(page, {source, hash}, mode, narrow = false) {
  const variant = narrow ? `narrow-${mode}` : mode;
  const prefix = idPrefix(hash, variant);
  const svg = await page.evaluate(
    async (args) => {
      const {mermaid} = /** @type {any} */ (window);
      mermaid.initialize(args.config);
      return (await mermaid.render(args.prefix, args.source)).svg;
    },
    {source: narrow ? narrowSource(source) : source, prefix, config: mermaidConfig(mode)},
  );
  const result = await page.evaluate(tidySvg, {svg, prefix});
  if (result.problems.length) throw new Error(`${hash} (${variant}): ${result.problems.join(', ')}`);
  return {...result, file: renderedFile(hash, variant)};
}

/** Light and dark renders, plus the top-down layout when there is one and it is narrower. */
async function renderDiagram(page, diagram) {
  const renders = [await render(page, diagram, 'light'), await render(page, diagram, 'dark')];
  const size = ({width, height}) => ({width, height});
  const entry = {page: diagram.page, title: diagram.title, ...size(renders[0])};
  if (narrowSource(diagram.source)) {
    const narrow = await render(page, diagram, 'light', true);
    if (narrow.width < entry.width) {
      renders.push(narrow, await render(page, diagram, 'dark', true));
      entry.narrow = size(narrow);
    }
  }
  for (const {file, svg} of renders) writeFileSync(file, `${svg}\n`);
  return entry;
}

const filesOf = (hash, entry) => variantsOf(entry).map((variant) => renderedFile(hash, variant));

const force = process.argv.includes('--force');
const diagrams = [...new Map(findDiagrams().map((diagram) => [diagram.hash, diagram])).values()];
const untitled = diagrams.filter((d) => !d.title || !/^\s*accDescr\s*[:{]/m.test(d.source));
if (untitled.length) {
  throw new Error(`Every diagram needs accTitle and accDescr:\n${untitled.map((d) => `  ${d.page}: ${d.source.split('\n')[0]}`).join('\n')}`);
}

const fingerprint = renderFingerprint();
const previous = existsSync(MANIFEST) ? JSON.parse(readFileSync(MANIFEST, 'utf8')) : {};
const upToDate = (d) => !force && previous[d.hash]?.renderedWith === fingerprint && filesOf(d.hash, previous[d.hash]).every((f) => existsSync(f));

mkdirSync(RENDERED_DIR, {recursive: true});
const manifest = {};
const todo = diagrams.filter((d) => !upToDate(d));
const browser = todo.length ? await chromium.launch({executablePath: CHROMIUM, args: ARGS}) : null;
try {
  const page = browser && (await mermaidPage(browser));
  for (const diagram of diagrams.sort((a, b) => a.page.localeCompare(b.page) || a.hash.localeCompare(b.hash))) {
    if (!page || upToDate(diagram)) {
      manifest[diagram.hash] = previous[diagram.hash];
      continue;
    }
    const entry = await renderDiagram(page, diagram);
    manifest[diagram.hash] = {...entry, renderedWith: fingerprint};
    const narrow = entry.narrow ? `, top-down ${entry.narrow.width}×${entry.narrow.height}` : '';
    console.log(`rendered ${diagram.page}: ${diagram.title} (${entry.width}×${entry.height}${narrow})`);
  }
} finally {
  await browser?.close();
}
writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);

const kept = new Set(Object.entries(manifest).flatMap(([hash, entry]) => filesOf(hash, entry)));
for (const name of readdirSync(RENDERED_DIR).filter((n) => n.endsWith('.svg') && !kept.has(join(RENDERED_DIR, n)))) {
  rmSync(join(RENDERED_DIR, name));
  console.log(`deleted ${name}: no page uses it`);
}
console.log(`${diagrams.length} diagrams: ${todo.length} rendered, ${diagrams.length - todo.length} already up to date.`);
