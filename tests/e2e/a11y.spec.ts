import {test, expect} from './fixtures';
import {axeViolations} from './axe';
import {builtSitemapPaths} from './sitemap';

/** axe on every page, in light and in dark mode: zero violations of any impact. */

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of builtSitemapPaths('build')) {
    test(`${path} passes axe in ${colorScheme} mode`, async ({page}) => {
      await page.emulateMedia({colorScheme});
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      // Let client-only content (widgets) settle before scanning.
      await page.waitForLoadState('networkidle');
      const found = await axeViolations(page);
      expect(found, found.join('\n')).toEqual([]);
    });
  }

  test(`the widget passes axe signed in, with a dialog open, in ${colorScheme} mode`, async ({page}) => {
    await page.emulateMedia({colorScheme});
    await page.goto('/check-and-link');
    const widget = page.locator('#check-and-link');
    await widget.getByRole('button', {name: 'Sign in'}).click();
    await expect(widget.getByRole('status')).toContainText('Linked');
    await widget.getByLabel('Partner ID').fill('12');
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    expect(await axeViolations(page)).toEqual([]);
    await widget.getByRole('button', {name: 'Remove link'}).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
