import {existsSync, readFileSync} from 'node:fs';
import type {APIRequestContext} from '@playwright/test';

/** Every page path the built site lists in its sitemap. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap.xml');
  if (!response.ok()) throw new Error(`sitemap.xml: HTTP ${response.status()}`);
  const xml = await response.text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}

/**
 * The same paths read from a built site's sitemap on disk, so that a spec can declare one
 * test per page (they then run in parallel, each with its own timeout).
 */
export function builtSitemapPaths(buildDir: string): string[] {
  const file = `${buildDir}/sitemap.xml`;
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build).`);
  return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
}
