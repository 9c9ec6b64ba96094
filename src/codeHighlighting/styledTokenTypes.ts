/**
 * Token types that look different from plain text in the light or the dark code theme
 * (styledTokenTypes in colourCss.ts, worked out from src/prismThemes.ts; a unit test keeps this
 * list equal to it). Written out here because the themes come with prism-react-renderer, which
 * no page's startup script should carry.
 */
export const STYLED_TOKEN_TYPES: ReadonlySet<string> = new Set([
  'atrule',
  'attr-name',
  'attr-value',
  'boolean',
  'builtin',
  'cdata',
  'changed',
  'char',
  'comment',
  'constant',
  'deleted',
  'doctype',
  'entity',
  'function',
  'function-variable',
  'inserted',
  'keyword',
  'namespace',
  'number',
  'prolog',
  'property',
  'regex',
  'selector',
  'string',
  'symbol',
  'tag',
  'url',
  'variable',
]);

/** Whether a token of these types draws exactly like plain text. */
export function looksPlain(types: readonly string[]): boolean {
  return types.every((type) => !STYLED_TOKEN_TYPES.has(type));
}

/**
 * Whether a token can be drawn as a text node: it looks like plain text and Prism gave it no
 * style of its own (an empty token's inline-block, which holds an empty line open).
 */
export function drawnAsText(types: readonly string[], style: object | undefined): boolean {
  return looksPlain(types) && Object.keys(style ?? {}).length === 0;
}
