/**
 * The address of GitHub's "new discussion" form, prefilled with the page a reader asks about.
 * GitHub reads `category` (a slug), `title` and `body` from the query string of
 * `<repository>/discussions/new`; without a category it shows its category chooser instead.
 */
export function newDiscussionUrl(discussionsUrl: string, category: string, pageTitle: string, pageUrl: string): string {
  const url = new URL(`${discussionsUrl.replace(/\/+$/, '')}/new`);
  url.searchParams.set('category', category);
  url.searchParams.set('title', `Question about "${pageTitle}"`);
  url.searchParams.set('body', `Page: ${pageUrl}\n\nMy question:\n`);
  return url.toString();
}
