/** Bundles the redirect bridge with esbuild: one small ES module, no chunks, no hashes. */
import {build} from 'esbuild';
import path from 'node:path';

/** The bridge's source, from the site's folder. */
export const BRIDGE_SOURCE = 'src/azure/live/redirectBridge.ts';
/** Where it lands in the build, next to static/auth/redirect.html, which loads it as bridge.js. */
export const BRIDGE_ASSET = 'auth/bridge.js';

export async function bundleBridge(siteDir: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(siteDir, BRIDGE_SOURCE)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2020'],
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  return result.outputFiles[0].text;
}
