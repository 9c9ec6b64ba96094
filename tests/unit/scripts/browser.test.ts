import {describe, expect, it} from 'vitest';
import {findChromium, NO_BROWSER_MESSAGE, SYSTEM_CHROMIUM} from '../../../scripts/browser.cjs';

describe('the browser for the end-to-end tests', () => {
  it('is Debian\'s Chromium when installed, else Playwright\'s own', () => {
    expect(findChromium({system: process.execPath, playwright: '/nonexistent'})).toEqual({executablePath: process.execPath});
    expect(findChromium({system: '/nonexistent', playwright: process.execPath})).toEqual({executablePath: undefined});
    expect(SYSTEM_CHROMIUM).toBe('/usr/bin/chromium');
  });

  it('is missing when neither is there, and the message says exactly what to run', () => {
    expect(findChromium({system: '/nonexistent/chromium', playwright: '/nonexistent/chrome'})).toBeNull();
    expect(NO_BROWSER_MESSAGE).toContain('npx playwright install --with-deps chromium');
    expect(NO_BROWSER_MESSAGE).toContain('sudo apt-get install chromium');
  });
});
