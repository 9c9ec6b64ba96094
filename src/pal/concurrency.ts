/**
 * Runs `task` for every item with at most `limit` running at once, starting the next as soon
 * as one finishes. Results keep the items' order; a task's failure is its own result.
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      await task(items[index], index);
    }
  };
  const workers = Array.from({length: Math.max(1, Math.min(limit, items.length))}, worker);
  await Promise.all(workers);
}
