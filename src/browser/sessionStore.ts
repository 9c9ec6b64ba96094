/**
 * The browser's sessionStorage, or null where there is none (server rendering, unit tests) or
 * the browser refuses it (storage blocked for the site).
 */
export function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}
