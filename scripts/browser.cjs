// Which Chromium the end-to-end tests use: Debian's when installed (CI installs it), otherwise
// the one `npx playwright install chromium` downloads. With neither, `npm test` stops before
// the builds and says what to run. CommonJS, because playwright.config.ts loads it too.
//   node scripts/browser.cjs   (exits 1 with instructions when no browser is found)
const {existsSync} = require('node:fs');
const {chromium} = require('@playwright/test');

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const NO_BROWSER_MESSAGE = [
  "No browser for the end-to-end tests: neither Debian's Chromium (/usr/bin/chromium) nor Playwright's own Chromium is installed.",
  'Install one of them, then run `npm test` again:',
  "  npx playwright install --with-deps chromium   # Playwright's Chromium (drop --with-deps if its system libraries are already there)",
  "  sudo apt-get install chromium                 # or Debian's Chromium, which the tests prefer",
].join('\n');

/**
 * The Chromium to launch: `executablePath` for Debian's, undefined for Playwright's own, and
 * null when neither is there. The paths are parameters so that tests can point at nothing.
 * @param {{system?: string, playwright?: string}} [paths]
 * @returns {{executablePath: string | undefined} | null}
 */
function findChromium({system = SYSTEM_CHROMIUM, playwright = chromium.executablePath()} = {}) {
  if (existsSync(system)) return {executablePath: system};
  if (playwright && existsSync(playwright)) return {executablePath: undefined};
  return null;
}

module.exports = {SYSTEM_CHROMIUM, NO_BROWSER_MESSAGE, findChromium};

if (require.main === module && !findChromium()) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}
