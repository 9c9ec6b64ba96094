/**
 * Each page's HTML names the scripts of its own route, so the browser fetches them with the
 * main script and runs them before it (routeChunks.ts). Docusaurus does this itself only when
 * its module manifest matches the bundler's module ids, which it does not with
 * @docusaurus/faster: otherwise the main script, as it starts, inserts a <script> for each of
 * the page's chunks. That was most of the main script's start-up time on a page load (about
 * 30 ms of 45 here, four times that on a slow phone), and a round trip more before hydration.
 * Then every page's scripts wait for its first paint (afterFirstPaint.ts).
 */
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {withScriptsAfterFirstPaint} from './afterFirstPaint';
import {parseRoutes, scriptsForPage, withRouteScripts} from './routeChunks';

/** What this reads of a finished client compilation, the same in webpack and in Rspack. */
interface StatsLike {
  compilation: {namedChunkGroups: ReadonlyMap<string, {getFiles(): string[]}>};
}

/** The HTML file Docusaurus writes for a route (trailingSlash false, or a folder's index). */
function htmlFileFor(outDir: string, baseUrl: string, routePath: string): string | null {
  const relative = routePath.slice(baseUrl.length);
  const candidates = relative === '' ? ['index.html'] : [`${relative}.html`, join(relative, 'index.html'), relative];
  for (const candidate of candidates) {
    const file = join(outDir, candidate);
    if (candidate.endsWith('.html') && existsSync(file)) return file;
  }
  return null;
}

export default function routeChunksInHtml(): Plugin {
  let filesByChunkName: Record<string, string[]> | null = null;
  return {
    name: 'route-chunks-in-html',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      const recordChunkGroups = {
        apply(compiler: {hooks: {done: {tap(name: string, run: (stats: StatsLike) => void): void}}}) {
          compiler.hooks.done.tap('route-chunks-in-html', (stats) => {
            const groups = stats.compilation.namedChunkGroups;
            filesByChunkName = Object.fromEntries([...groups.entries()].map(([name, group]) => [name, group.getFiles()]));
          });
        },
      };
      return {plugins: [recordChunkGroups]};
    },
    async postBuild({outDir, routesPaths, generatedFilesDir, siteConfig}) {
      if (!filesByChunkName) throw new Error('[route-chunks-in-html] The client build reported no chunk groups: the pages would not name their scripts.');
      const routes = parseRoutes(readFileSync(join(generatedFilesDir, 'routes.js'), 'utf8'));
      const chunkNames = JSON.parse(readFileSync(join(generatedFilesDir, 'routesChunkNames.json'), 'utf8'));
      let named = 0;
      for (const routePath of routesPaths) {
        const file = htmlFileFor(outDir, siteConfig.baseUrl, routePath);
        if (!file) continue;
        const scripts = scriptsForPage(routePath, routes, chunkNames, filesByChunkName);
        const html = readFileSync(file, 'utf8');
        const withRoute = withRouteScripts(html, scripts, siteConfig.baseUrl);
        if (withRoute !== html) named += 1;
        const updated = withScriptsAfterFirstPaint(withRoute);
        if (updated !== html) writeFileSync(file, updated);
      }
      // A Docusaurus upgrade that changes what this reads must not pass quietly.
      if (named === 0) throw new Error('[route-chunks-in-html] No page got its route scripts: check routes.js, routesChunkNames.json and the chunk groups.');
    },
  };
}
