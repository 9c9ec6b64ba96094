/**
 * A client module: lands an in-app link to a section further down where the section is.
 *
 * Blocks further down a page are laid out only near the viewport (content-visibility: auto,
 * src/css/custom.css), so above a section they have estimated sizes. A link opened in the
 * browser sets :target, which lays out the blocks above it; an in-app navigation does not (the
 * router pushes history), and Docusaurus would scroll to where the estimates put the section.
 * While the new page renders and Docusaurus scrolls, every block is laid out; right after,
 * deferral returns, and the sizes the blocks had stay remembered.
 */
import type {ClientModule} from '@docusaurus/types';

const LANDING = 'data-landing-on-fragment';

const landOnFragment: ClientModule = {
  onRouteUpdate({location, previousLocation}) {
    if (previousLocation && location.hash) document.documentElement.setAttribute(LANDING, '');
  },
  /** Runs after Docusaurus has scrolled to the fragment (in the same layout effect, before this). */
  onRouteDidUpdate() {
    document.documentElement.removeAttribute(LANDING);
  },
};

export default landOnFragment;
