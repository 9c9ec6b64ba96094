import type {PrismTheme} from 'prism-react-renderer';

/*
 * Code colours as a style sheet instead of inline styles. Prism themes put each token's colour
 * in a style attribute, and the server can only write one colour mode's: dark-mode readers saw
 * light code blocks until the page had hydrated and every block was highlighted again in the
 * browser. With the colours in CSS, the server's HTML is right in both modes and the browser
 * has nothing to redraw (src/theme/CodeBlock/Content keeps the server's blocks).
 */

type Style = PrismTheme['plain'];

const kebab = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function declarations(style: Style): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([property, value]) => `${kebab(property)}:${String(value)}`)
    .join(';');
}

/** Each token type's style, later theme entries overriding earlier ones (as prism-react-renderer merges them). */
export function tokenStyles(theme: PrismTheme): Map<string, Style> {
  const styles = new Map<string, Style>();
  for (const {types, style, languages} of theme.styles) {
    // No theme of this site limits an entry to languages; one that did would need its own selector.
    if (languages?.length) throw new Error(`Code colours: theme entries limited to languages (${languages.join(', ')}) are not supported.`);
    for (const type of types) styles.set(type, {...styles.get(type), ...style});
  }
  return styles;
}

function themeRules(theme: PrismTheme, scope: string): string[] {
  const {color, backgroundColor} = theme.plain;
  // Token types that look alike share one rule.
  const selectors = new Map<string, string[]>();
  for (const [type, style] of tokenStyles(theme)) {
    const body = declarations(style);
    if (body) selectors.set(body, [...(selectors.get(body) ?? []), `${scope} .theme-code-block .token.${type}`]);
  }
  return [
    `${scope} .theme-code-block{--prism-color:${color};--prism-background-color:${backgroundColor}}`,
    ...[...selectors].map(([body, list]) => `${list.join(',')}{${body}}`),
  ];
}

/** The style sheet for both colour modes; light also applies before any script has set a mode. */
export function codeColourCss(light: PrismTheme, dark: PrismTheme): string {
  return [...themeRules(light, "html:not([data-theme='dark'])"), ...themeRules(dark, "html[data-theme='dark']")].join('\n');
}

const sameColour = (a: string | undefined, b: string | undefined) => normalisedColour(a) === normalisedColour(b);

/** '#F8F8F2' and 'rgb(248, 248, 242)' alike, as lower-case hex. */
function normalisedColour(colour: string | undefined): string | undefined {
  const rgb = colour && /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(colour);
  if (rgb) return `#${rgb.slice(1).map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
  return colour?.toLowerCase();
}

/**
 * The token types that look different from plain text in either theme. A token of none of these
 * types is drawn exactly like plain text, so it needs no element of its own.
 */
export function styledTokenTypes(light: PrismTheme, dark: PrismTheme): string[] {
  const styled = new Set<string>();
  for (const theme of [light, dark]) {
    for (const [type, style] of tokenStyles(theme)) {
      const {color, ...rest} = style;
      const other = Object.values(rest).some((value) => value !== undefined && value !== '');
      if (other || (color !== undefined && !sameColour(color, theme.plain.color))) styled.add(type);
    }
  }
  return [...styled].sort();
}
