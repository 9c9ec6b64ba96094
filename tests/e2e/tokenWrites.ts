import type {Page} from '@playwright/test';

/**
 * Counts access tokens written to sessionStorage in the page (MSAL caches each token it
 * receives), so a test can wait until late answers have landed instead of sleeping.
 */
export async function recordTokenWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = window as unknown as {palAccessTokenWrites: number};
    counter.palAccessTokenWrites = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      if (this === window.sessionStorage && /accesstoken/i.test(key)) counter.palAccessTokenWrites += 1;
      return setItem.call(this, key, value);
    };
  });
}

export function accessTokenWrites(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as {palAccessTokenWrites: number}).palAccessTokenWrites);
}

/** Token entries (keys or JWT values) in sessionStorage now. */
export function storedTokens(page: Page): Promise<Array<[string, string]>> {
  return page.evaluate(() =>
    Object.entries(sessionStorage).filter(([key, value]) => /accesstoken|refreshtoken|idtoken/i.test(key) || /eyJ[\w-]+\.eyJ/.test(value)),
  );
}
