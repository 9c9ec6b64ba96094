import {themes, type PrismTheme} from 'prism-react-renderer';

/**
 * Code block colours. Prism's GitHub and Dracula themes, with every token colour that falls
 * below WCAG AA (4.5:1 against the code block background) replaced by a darker (light mode)
 * or lighter (dark mode) shade of the same hue. tests/unit/prismThemes.test.ts checks them.
 */

type Replacements = Record<string, string>;

function recolour(theme: PrismTheme, colours: Replacements, extra: PrismTheme['styles'] = []): PrismTheme {
  const swap = (colour: string | undefined) => (colour && colours[colour]) || colour;
  return {
    plain: {...theme.plain, color: swap(theme.plain.color)},
    styles: [
      ...theme.styles.map((entry) => ({
        ...entry,
        style: entry.style.color ? {...entry.style, color: swap(entry.style.color)} : entry.style,
      })),
      ...extra,
    ],
  };
}

/** On #f6f8fa. */
export const lightCodeTheme = recolour(
  themes.github,
  {
    '#999988': '#636c76', // comments: 2.7 → 5.0
    '#e3116c': '#b3125f', // strings: 4.3 → 6.2
    '#36acaa': '#187a78', // numbers, variables, properties: 2.6 → 4.8
    '#00a4db': '#006b9e', // keywords, attribute names: 2.7 → 5.5
    '#d73a49': '#b31d28', // functions, tags: 4.3 → 6.3
  },
  [
    // Namespaces are drawn at 70% opacity, which takes plain text below 4.5:1.
    {types: ['namespace'], style: {opacity: 1}},
    // Comments upright, as in dark mode: an italic code font is one more font for the browser
    // to prepare in the first layout (the site's type scale, src/css/custom.css).
    {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {fontStyle: 'normal'}},
  ],
);

/** On #282a36. */
export const darkCodeTheme = recolour(themes.dracula, {
  'rgb(98, 114, 164)': '#97a3cf', // comments: 3.0 → 5.7
});

/**
 * The theme Docusaurus hands to Prism: no colours at all. Tokens keep their class names and
 * take their colours from the style sheet made from the two themes above (colourCss.ts).
 */
export const colourlessCodeTheme: PrismTheme = {plain: {}, styles: []};
