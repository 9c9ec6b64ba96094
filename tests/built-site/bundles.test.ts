// Checks the finished builds (run after `npm run build` and `npm run build:live-test`, both a
// plain `docusaurus build` plus the host configuration): the sign-in page has its redirect
// bridge, made by src/plugins/authBridge, and the browser's JavaScript holds no build-time code.
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';

const BUILDS = ['build', 'build-live'];

describe.each(BUILDS)('%s', (name) => {
  const dir = resolve(name);
  if (!existsSync(join(dir, 'index.html'))) {
    it('has been built', () => {
      throw new Error(`${name}/index.html is missing: run \`npm run build\` and \`npm run build:live-test\` first.`);
    });
    return;
  }

  it('has the redirect bridge the sign-in page loads: MSAL\'s, bundled into one self-contained module', () => {
    const page = readFileSync(join(dir, 'auth', 'redirect.html'), 'utf8');
    expect(page).toContain('<script type="module" src="bridge.js"></script>');
    const bridge = readFileSync(join(dir, 'auth', 'bridge.js'), 'utf8');
    // What broadcastResponseToMainFrame sends the sign-in answer over, and the page's fallback text.
    expect(bridge).toContain('BroadcastChannel');
    expect(bridge).toContain('found no sign-in answer');
    // Nothing left to fetch: no import statements or dynamic imports.
    expect(bridge).not.toMatch(/(^|[;}\s])import\s*[\s{("'*]/);
    expect(bridge.length).toBeLessThan(60_000);
  });

  it('ships no build-time settings code to the browser (site-settings.ts, scripts/authority.mjs)', () => {
    const scripts = readdirSync(join(dir, 'assets', 'js')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(10);
    const offenders = scripts.filter((file) => /is not a URL|must be an https URL|process\.env\.PAL_/.test(readFileSync(join(dir, 'assets', 'js', file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
