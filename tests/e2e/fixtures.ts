import {test as base, expect, type BrowserContext, type ConsoleMessage} from '@playwright/test';
import {FakeArm} from './fakes/arm';
import {FakeEntra} from './fakes/entra';
import {baseScenario, type Scenario} from './fakes/scenario';

/** Hosts the site may talk to; in tests they are answered by fakes or not at all. */
const AZURE_HOSTS = /^https:\/\/(login\.microsoftonline\.com|management\.azure\.com)\//;

export interface Cloud {
  scenario: Scenario;
  entra: FakeEntra;
  arm: FakeArm;
}

interface Options {
  /** Console errors a test expects on purpose (for example the 404 page's own status). */
  allowedConsoleErrors: RegExp[];
}

interface Fixtures {
  /** Every request that left localhost; tests without fakes expect none. */
  externalRequests: string[];
  consoleErrors: string[];
  /** Fake Entra ID and ARM on the real hosts; set up before the page's first request. */
  cloud: Cloud;
  scenario: Scenario;
}

/** Browser noise that is not the site's fault: error statuses the fakes return on purpose. */
function expectedNoise(message: ConsoleMessage): boolean {
  return message.text().startsWith('Failed to load resource') && AZURE_HOSTS.test(message.location().url);
}

export const test = base.extend<Fixtures & Options>({
  allowedConsoleErrors: [[], {option: true}],
  // Server-rendered pages show their controls before React attaches handlers; a key press in
  // that gap is lost. Navigation waits for Docusaurus to mark the page hydrated, unless a test
  // asks for the bare response ('commit') to probe that gap on purpose.
  page: async ({page}, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (options?.waitUntil !== 'commit') await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
      return response;
    };
    await use(page);
  },
  externalRequests: [
    async ({context}, use) => {
      const seen: string[] = [];
      await context.route(/^https?:\/\/(?!localhost[:/]|127\.0\.0\.1[:/])/, async (route) => {
        seen.push(route.request().url());
        await route.abort('blockedbyclient');
      });
      await use(seen);
    },
    {auto: true},
  ],
  consoleErrors: [
    async ({page, allowedConsoleErrors}, use) => {
      const errors: string[] = [];
      // Every page runs under the production Content Security Policy; any violation fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error' || expectedNoise(message)) return;
        if (allowedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
        errors.push(`${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    {auto: true},
  ],
  scenario: async ({}, use) => {
    await use(baseScenario());
  },
  cloud: async ({context, scenario, externalRequests}, use) => {
    void externalRequests; // the catch-all route must exist first; the fakes take precedence
    const entra = new FakeEntra(scenario);
    const arm = new FakeArm(scenario);
    await entra.install(context);
    await arm.install(context);
    await use({scenario, entra, arm});
  },
});

export {expect};

/** Every storage value in the page, to check where tokens are (and are not) kept. */
export async function storageDump(context: BrowserContext, origin: string) {
  const state = await context.storageState();
  const local = state.origins.find((o) => o.origin === origin)?.localStorage ?? [];
  const page = context.pages()[0];
  const session = page ? await page.evaluate(() => Object.entries(sessionStorage)) : [];
  return {local, session};
}
