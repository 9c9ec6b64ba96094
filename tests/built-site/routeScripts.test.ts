// Checks the finished builds: each page's HTML names the scripts of its own route, before the
// main script, and each exists (src/plugins/routeChunksInHtml). Without them the main script
// inserts a <script> for each chunk as it starts, a round trip later and on the main thread.
// The parser fetches none of them: they wait in a template for the page's first paint
// (afterFirstPaint.ts), started by the one inline starter.
import {existsSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {htmlFiles} from '../../scripts/security-headers.mjs';
import {START_AFTER_FIRST_PAINT, TEMPLATE_ID} from '../../src/plugins/routeChunksInHtml/afterFirstPaint';

const SCRIPT = /<script src="?([^"\s>]+)"? defer><\/script>/g;

describe.each(['build', 'build-live'])('%s', (name) => {
  const dir = resolve(name);
  it("names every page's route scripts before the main script, and each is in the build", () => {
    expect(existsSync(dir), `${name} is missing: run \`npm run build\` and \`npm run build:live-test\` first.`).toBe(true);
    const problems: string[] = [];
    let pages = 0;
    for (const file of htmlFiles(dir) as string[]) {
      const page = relative(dir, file);
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(SCRIPT)].map((match) => match[1]!);
      const held = new RegExp(`<template id=${TEMPLATE_ID}>((?:<script [^>]*></script>)+)</template>`).exec(html);
      if (scripts.length > 0 && held?.[1]?.match(SCRIPT)?.length !== scripts.length) problems.push(`${page}: a script the parser would fetch outside the template`);
      if (scripts.length > 0 && !html.includes(`<script>${START_AFTER_FIRST_PAINT}</script>`)) problems.push(`${page}: no starter for its scripts`);
      // Redirect pages carry no scripts; the 404 page matches no route of its own.
      if (scripts.length === 0 || page === '404.html') continue;
      pages += 1;
      const main = scripts.findIndex((src) => /\/main\.[0-9a-f]+\.js$/.test(src));
      const route = scripts.filter((src, index) => index < main && !/\/runtime~main\.[0-9a-f]+\.js$/.test(src));
      if (main !== scripts.length - 1) problems.push(`${page}: the main script is not the last script`);
      if (route.length < 2) problems.push(`${page}: ${route.length} route scripts before the main script`);
      for (const src of route) if (!existsSync(join(dir, src))) problems.push(`${page}: ${src} is not in the build`);
    }
    expect(pages).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
