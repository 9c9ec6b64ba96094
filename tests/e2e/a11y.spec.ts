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
    // A value the form refuses before any request: axe checks the field with its message.
    await widget.getByLabel('Partner ID').fill('12-ab');
    await widget.getByRole('button', {name: 'Link partner ID'}).click();
    await expect(widget.getByText('is not a Partner ID')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await widget.getByRole('button', {name: 'Remove link'}).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  for (const width of [1280, 390]) {
    test(`the PAL doctor passes axe with its table checked, filtered and advice open, ${width} px wide, in ${colorScheme} mode`, async ({page}) => {
      await page.setViewportSize({width, height: 800});
      await page.emulateMedia({colorScheme});
      await page.goto('/pal-doctor');
      const doctor = page.locator('#pal-doctor');
      await doctor.getByRole('button', {name: 'Sign in'}).click();
      await doctor.getByRole('button', {name: 'Check all tenants'}).click();
      await expect(doctor.getByRole('status')).toContainText('9 of 9 tenants checked.');
      await doctor.getByRole('columnheader', {name: 'Verdict'}).getByRole('button').click();
      await doctor.getByText('Advice').first().click();
      expect(await axeViolations(page)).toEqual([]);
      await doctor.getByRole('button', {name: /^Recognised: / }).click();
      await doctor.getByLabel('Filter tenants').fill('a');
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
