// Bundles the sign-in redirect bridge into static/auth/bridge.js (a few KB), so the page
// Entra ID returns to loads nothing but MSAL's bridge. Runs before `start` and `build`.
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: [`${root}src/azure/live/redirectBridge.ts`],
  outfile: `${root}static/auth/bridge.js`,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2020'],
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
});
