/** True only when the browser knows it is offline; unknown (server, tests) counts as online. */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}
