// The sign-in authority (PAL_AUTHORITY), read and checked in one place: the site settings give
// it to MSAL, and the security headers allow the browser to connect to its host and no other.
// Plain JavaScript, read at build time only: the browser gets the result through customFields.

export const DEFAULT_AUTHORITY = 'https://login.microsoftonline.com/organizations';

/** The authority as a URL. Anything but an https URL stops the build with the reason. */
export function checkedAuthority(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PAL_AUTHORITY is not a URL: "${value}". Set it to an https sign-in authority such as ${DEFAULT_AUTHORITY}, or leave it unset.`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `PAL_AUTHORITY must be an https URL, but it is "${value}". Sign-in answers carry tokens, so they may only come over https: ` +
        `set it to an https sign-in authority such as ${DEFAULT_AUTHORITY}, or leave it unset.`,
    );
  }
  return url;
}

/** PAL_AUTHORITY from the environment (blank means the default), checked. */
export function authorityFromEnvironment(env = globalThis.process?.env ?? {}) {
  const value = env.PAL_AUTHORITY?.trim() || DEFAULT_AUTHORITY;
  checkedAuthority(value);
  return value;
}
