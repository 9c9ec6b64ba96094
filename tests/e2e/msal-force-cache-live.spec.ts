import {join} from 'node:path';
import {build} from 'esbuild';
import type {Page} from '@playwright/test';
import {test, expect} from './fixtures';
import {FABRIKAM, HOME} from './fakes/scenario';

/**
 * MsalAuth passes `forceCache` to acquireTokenSilent, an option outside MSAL's public request
 * type: MSAL then caches a refreshed token without first scanning its cache for the account
 * (the scan that cost the PAL doctor 0.65 s). The flip side is that a token arriving after a
 * sign-out is cached all the same, which MsalAuth's sign-out guard deals with. This pins both
 * halves against the real library: if an MSAL upgrade renames, drops or changes the option,
 * this test fails, and MsalAuth must be looked at again (see src/azure/live/msalAuth.ts).
 */

const HARNESS = join(__dirname, 'msal', 'forceCacheHarness.ts');

interface Harness {
  signIn(): Promise<string>;
  startTenantToken(tenantId: string, forceCache: boolean): void;
  finishTenantToken(): Promise<unknown>;
  clearCache(): Promise<void>;
  accessTokenTenants(): string[];
}

async function openHarness(page: Page): Promise<void> {
  const bundle = await build({entryPoints: [HARNESS], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2022', logLevel: 'silent'});
  const origin = test.info().project.use.baseURL;
  await page.route(`${origin}/msal-harness.js`, (route) => route.fulfill({contentType: 'text/javascript', body: bundle.outputFiles[0].text}));
  await page.route(`${origin}/msal-harness.html`, (route) =>
    route.fulfill({contentType: 'text/html', body: '<!doctype html><title>MSAL</title><body><script type="module" src="/msal-harness.js"></script></body>'}),
  );
  await page.goto('/msal-harness.html', {waitUntil: 'commit'});
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1);
}

const harness = (page: Page) => ({
  signIn: () => page.evaluate(() => (window as unknown as {harness: Harness}).harness.signIn()),
  start: (tenantId: string, forceCache: boolean) =>
    page.evaluate(([t, f]) => (window as unknown as {harness: Harness}).harness.startTenantToken(t, f), [tenantId, forceCache] as const),
  finish: () => page.evaluate(() => (window as unknown as {harness: Harness}).harness.finishTenantToken()),
  clearCache: () => page.evaluate(() => (window as unknown as {harness: Harness}).harness.clearCache()),
  accessTokenTenants: () => page.evaluate(() => (window as unknown as {harness: Harness}).harness.accessTokenTenants()),
});

for (const forceCache of [true, false]) {
  test(`a tenant token that lands after the cache was cleared is ${forceCache ? 'cached with' : 'not cached without'} forceCache`, async ({page, cloud}) => {
    await openHarness(page);
    const msal = harness(page);
    await msal.signIn();
    expect(await msal.accessTokenTenants()).toEqual([HOME]);

    let release = (): void => undefined;
    cloud.entra.holdRefreshTokens = new Promise<void>((resolve) => (release = resolve));
    const before = cloud.entra.tokenRequests.length;
    await msal.start(FABRIKAM, forceCache);
    await expect.poll(() => cloud.entra.tokenRequests.length - before).toBe(1);
    expect(cloud.entra.tokenRequests.at(-1)).toMatchObject({tenant: FABRIKAM, grantType: 'refresh_token'});
    await msal.clearCache();
    expect(await msal.accessTokenTenants()).toEqual([]);

    release();
    expect(await msal.finish()).toBe(FABRIKAM);
    // With forceCache MSAL skips its "is the account still cached?" scan and caches the token;
    // without it, the scan finds no account and the token is not cached.
    expect(await msal.accessTokenTenants()).toEqual(forceCache ? [FABRIKAM] : []);
  });
}
