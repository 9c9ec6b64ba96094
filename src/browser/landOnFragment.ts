/**
 * A client module: a link to a section further down lands where the section is.
 *
 * Blocks further down a page are laid out only near the viewport (content-visibility: auto,
 * src/css/custom.css), so above a section they have estimated sizes, and a block just above it
 * grows into view after the scroll and pushes the section down. While a link lands, the root
 * is marked and every block is laid out. The mark stays for one frame, in which the browser
 * records each block's size (contain-intrinsic-size: auto); then deferral returns, and the
 * blocks keep those sizes, so nothing moves.
 * - In-app link: marked before the new page renders, unmarked after Docusaurus has scrolled
 *   (its layout effect scrolls, then dispatches onRouteDidUpdate).
 * - Page opened at a fragment: the browser scrolled while the page loaded; once it has
 *   hydrated, the section is scrolled to again with every block laid out.
 * - A fragment followed within the page (an #anchor link, the address bar): the browser
 *   scrolled; on hashchange the section is scrolled to again the same way.
 */
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import type {ClientModule} from '@docusaurus/types';

const LANDING = 'data-landing-on-fragment';

function fragmentTarget(hash: string): HTMLElement | null {
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1)));
  } catch {
    return null; // a malformed %-escape names no element
  }
}

/** Unmarks the root after the next frame, once the blocks' sizes have been recorded. */
function unmarkAfterNextFrame(): void {
  requestAnimationFrame(() => requestAnimationFrame(() => document.documentElement.removeAttribute(LANDING)));
}

/** Scrolls to the fragment's element with every block laid out. */
function landAgain(hash: string): void {
  document.documentElement.setAttribute(LANDING, '');
  fragmentTarget(hash)?.scrollIntoView();
  unmarkAfterNextFrame();
}

if (ExecutionEnvironment.canUseDOM) window.addEventListener('hashchange', () => landAgain(window.location.hash));

const landOnFragment: ClientModule = {
  onRouteUpdate({location, previousLocation}) {
    if (previousLocation && location.hash) document.documentElement.setAttribute(LANDING, '');
  },
  onRouteDidUpdate({location, previousLocation}) {
    if (!previousLocation && location.hash) landAgain(location.hash);
    else if (document.documentElement.hasAttribute(LANDING)) unmarkAfterNextFrame();
  },
};

export default landOnFragment;
