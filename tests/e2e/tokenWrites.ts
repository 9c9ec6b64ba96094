import type {Page} from '@playwright/test';

type Kind = 'accesstoken' | 'refreshtoken';

/**
 * Counts token entries written to sessionStorage in the page, per kind (access or refresh
 * token), so a test can wait until late answers have landed instead of sleeping.
 */
export async function recordTokenWrites(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counter = window as unknown as {palTokenWrites: Record<string, number>};
    counter.palTokenWrites = {accesstoken: 0, refreshtoken: 0};
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
      const kind = /accesstoken|refreshtoken/i.exec(key)?.[0].toLowerCase();
      if (this === window.sessionStorage && kind) counter.palTokenWrites[kind] += 1;
      return setItem.call(this, key, value);
    };
  });
}

export function tokenWrites(page: Page, kind: Kind): Promise<number> {
  return page.evaluate((k) => (window as unknown as {palTokenWrites: Record<string, number>}).palTokenWrites[k], kind);
}

/** Token entries (keys or JWT values) in sessionStorage now. */
export function storedTokens(page: Page): Promise<Array<[string, string]>> {
  return page.evaluate(() =>
    Object.entries(sessionStorage).filter(([key, value]) => /accesstoken|refreshtoken|idtoken/i.test(key) || /eyJ[\w-]+\.eyJ/.test(value)),
  );
}
