import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/** axe violations of any impact, in words a failing test can show; the whole page unless parts are named. */
export async function axeViolations(page: Page, ...selectors: string[]): Promise<string[]> {
  const builder = new AxeBuilder({page});
  for (const selector of selectors) builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}
