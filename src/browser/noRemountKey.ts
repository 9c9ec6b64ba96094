/**
 * Stands in for @docusaurus/useIsBrowser in theme-classic's Tabs and CodeBlock (see
 * noRemountAfterHydration in site-bundling.ts). They use it only as a React key, to remount
 * themselves once the page has hydrated; always false, the key never changes.
 */
export default function useIsBrowserAsRemountKey(): boolean {
  return false;
}
