/**
 * Whether the page has hydrated. Set once, by the provider that flips useIsBrowser()
 * (src/plugins/afterHydrationInTransition), whose effect runs after every other effect of the
 * first render.
 */
let hydrated = false;

// Docusaurus defines it for the browser's bundle: true in a build, whose pages hydrate server
// HTML; false under `npm start`, which renders every page in the browser from nothing.
const PAGES_HYDRATE = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

export function markHydrated(): void {
  hydrated = true;
}

/**
 * True when this render hydrates server HTML, or renders it on the server; false for a component
 * mounted later in the browser, and always false in the browser under `npm start`. A component
 * that renders again after hydration gets false then, so keep the first answer (useState) if it
 * must last. Unlike a store read with useSyncExternalStore (a server snapshot and a browser
 * one), asking does not make React render every asking component again, without yielding, once
 * the page has hydrated.
 */
export function useHydrating(): boolean {
  if (typeof window === 'undefined') return true;
  return PAGES_HYDRATE && !hydrated;
}
