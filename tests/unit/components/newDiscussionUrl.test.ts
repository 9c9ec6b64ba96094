import {describe, expect, it} from 'vitest';
import {newDiscussionUrl} from '../../../src/components/AskAboutPage/newDiscussionUrl';

describe('newDiscussionUrl', () => {
  const url = new URL(
    newDiscussionUrl(
      'https://github.com/contoso/pal-guide/discussions/',
      'q-a',
      'CSP & "partner earned credit"',
      'https://pal.contoso.example/understanding-pal#csp',
    ),
  );

  it("opens GitHub's new-discussion form of the configured discussions page", () => {
    expect(url.origin + url.pathname).toBe('https://github.com/contoso/pal-guide/discussions/new');
  });

  it('preselects the category, or GitHub would drop the prefilled title and body', () => {
    expect(url.searchParams.get('category')).toBe('q-a');
  });

  it("prefills the page's title and address, encoded so that any character survives", () => {
    expect(url.searchParams.get('title')).toBe('Question about "CSP & "partner earned credit""');
    expect(url.searchParams.get('body')).toContain('Page: https://pal.contoso.example/understanding-pal#csp');
    expect(url.search).not.toContain(' ');
  });
});
