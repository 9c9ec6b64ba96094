/**
 * Writes the code colours (src/codeHighlighting/colourCss.ts) into every page's head, and
 * gives Prism a theme without colours, so that no token carries a style attribute.
 */
import type {Plugin} from '@docusaurus/types';
import {codeColourCss} from '../../codeHighlighting/colourCss';
import {darkCodeTheme, lightCodeTheme} from '../../prismThemes';

export default function codeColoursInCss(): Plugin {
  const css = codeColourCss(lightCodeTheme, darkCodeTheme);
  return {
    name: 'code-colours-in-css',
    injectHtmlTags() {
      return {headTags: [{tagName: 'style', attributes: {'data-code-colours': ''}, innerHTML: css}]};
    },
  };
}
