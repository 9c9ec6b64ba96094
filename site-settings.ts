/**
 * Every setting the site reads from the environment at build time, in one place.
 * The README documents each of them.
 */
import {authorityFromEnvironment} from './scripts/authority.mjs';

export const DEFAULT_DISCUSSIONS_URL = 'https://github.com/pal-guide/pal-guide/discussions';
export const DEFAULT_REPOSITORY_URL = 'https://github.com/pal-guide/pal-guide';
/** GitHub's slug for the Q&A category that new repositories get with discussions. */
export const DEFAULT_DISCUSSIONS_CATEGORY = 'q-a';

function read(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

export interface SiteSettings {
  /** Public origin the site is served from, e.g. https://contoso.github.io */
  url: string;
  /** Path under the origin, with leading and trailing slash, e.g. /pal-guide/ */
  baseUrl: string;
  /** Application (client) ID of the multi-tenant SPA registration; empty means demo mode. */
  palClientId: string;
  /** Sign-in authority; always https (the build stops on anything else). */
  palAuthority: string;
  palDiscussionsUrl: string;
  /** Discussion category slug that "Ask about this page" opens a new discussion in. */
  palDiscussionsCategory: string;
  /** Repository holding the site's source; "Edit this page" links into its main branch. */
  palRepositoryUrl: string;
}

export function readSettings(): SiteSettings {
  const baseUrl = read('BASE_URL') ?? '/';
  return {
    url: read('SITE_URL') ?? 'https://pal-guide.example.org',
    baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`,
    palClientId: read('PAL_CLIENT_ID') ?? '',
    palAuthority: authorityFromEnvironment(),
    palDiscussionsUrl: read('PAL_DISCUSSIONS_URL') ?? DEFAULT_DISCUSSIONS_URL,
    palDiscussionsCategory: read('PAL_DISCUSSIONS_CATEGORY') ?? DEFAULT_DISCUSSIONS_CATEGORY,
    palRepositoryUrl: (read('PAL_REPOSITORY_URL') ?? DEFAULT_REPOSITORY_URL).replace(/\/+$/, ''),
  };
}
