import {describe, expect, it} from 'vitest';
import {forEachLimited} from '../../../src/pal/concurrency';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('forEachLimited', () => {
  it('never runs more than the limit at once, and runs every item once', async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachLimited([...Array(20).keys()], 4, async (item) => {
      running += 1;
      peak = Math.max(peak, running);
      await tick(item % 3);
      seen.push(item);
      running -= 1;
    });
    expect(peak).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
  });

  it('starts the next item as soon as a slot frees, without waiting for the batch', async () => {
    const order: string[] = [];
    await forEachLimited([50, 5, 5, 5], 2, async (ms, index) => {
      await tick(ms);
      order.push(`done ${index}`);
    });
    expect(order.indexOf('done 3')).toBeLessThan(order.indexOf('done 0'));
  });

  it('copes with no items and with a limit above the item count', async () => {
    await expect(forEachLimited([], 6, async () => undefined)).resolves.toBeUndefined();
    const seen: string[] = [];
    await forEachLimited(['a'], 6, async (x) => void seen.push(x));
    expect(seen).toEqual(['a']);
  });
});
