import {describe, expect, it} from 'vitest';
import type {PrismTheme} from 'prism-react-renderer';
import {codeColourCss, styledTokenTypes, tokenStyles} from '../../../src/codeHighlighting/colourCss';
import {drawnAsText, looksPlain, STYLED_TOKEN_TYPES} from '../../../src/codeHighlighting/styledTokenTypes';
import {darkCodeTheme, lightCodeTheme} from '../../../src/prismThemes';

/** The declarations that apply to `.token.<type>` in one mode's scope, parsed back from the CSS. */
function ruleFor(css: string, scope: string, type: string): string | undefined {
  const selector = `${scope} .theme-code-block .token.${type}`;
  for (const rule of css.split('\n')) {
    const [selectors, body] = rule.split('{');
    if (selectors.split(',').includes(selector)) return body.replace(/}$/, '');
  }
  return undefined;
}

const LIGHT = "html:not([data-theme='dark'])";
const DARK = "html[data-theme='dark']";
const css = codeColourCss(lightCodeTheme, darkCodeTheme);

describe('codeColourCss', () => {
  it.each([
    ['light', LIGHT, lightCodeTheme],
    ['dark', DARK, darkCodeTheme],
  ] as const)('gives every token type of the %s theme its colour, in that mode only', (_mode, scope, theme) => {
    for (const [type, style] of tokenStyles(theme)) {
      const body = ruleFor(css, scope, type);
      if (style.color) expect(body, type).toContain(`color:${style.color}`);
      if (style.fontStyle) expect(body, type).toContain(`font-style:${style.fontStyle}`);
      if (style.opacity !== undefined) expect(body, type).toContain(`opacity:${style.opacity}`);
    }
    expect(css).toContain(`${scope} .theme-code-block{--prism-color:${theme.plain.color};--prism-background-color:${theme.plain.backgroundColor}}`);
  });

  it('keeps a type coloured in one mode only out of the other', () => {
    // The light theme colours function variables; the dark theme leaves them plain.
    expect(ruleFor(css, LIGHT, 'function-variable')).toContain('color:');
    expect(ruleFor(css, DARK, 'function-variable')).toBeUndefined();
  });

  it('lets a later theme entry override an earlier one for the same type, as Prism themes do', () => {
    const theme: PrismTheme = {
      plain: {color: '#000', backgroundColor: '#fff'},
      styles: [
        {types: ['keyword', 'tag'], style: {color: '#111111', fontStyle: 'italic'}},
        {types: ['tag'], style: {color: '#222222'}},
      ],
    };
    expect(tokenStyles(theme).get('tag')).toEqual({color: '#222222', fontStyle: 'italic'});
    expect(ruleFor(codeColourCss(theme, theme), LIGHT, 'tag')).toBe('color:#222222;font-style:italic');
  });

  it('refuses theme entries limited to languages, which it cannot scope', () => {
    const theme: PrismTheme = {plain: {}, styles: [{types: ['keyword'], languages: ['hcl'], style: {color: '#123456'}}]};
    expect(() => codeColourCss(theme, theme)).toThrow(/limited to languages/);
  });
});

describe('styled token types', () => {
  it('lists every type either theme draws unlike plain text, and no other (src/codeHighlighting/styledTokenTypes.ts)', () => {
    expect([...STYLED_TOKEN_TYPES].sort()).toEqual(styledTokenTypes(lightCodeTheme, darkCodeTheme));
  });

  it('counts a colour written as rgb() the same as the plain hex colour, and any other property as a style', () => {
    const theme = (styles: PrismTheme['styles']): PrismTheme => ({plain: {color: '#F8F8F2'}, styles});
    expect(styledTokenTypes(theme([{types: ['punctuation'], style: {color: 'rgb(248, 248, 242)'}}]), theme([]))).toEqual([]);
    expect(styledTokenTypes(theme([{types: ['comment'], style: {color: '#F8F8F2', fontStyle: 'italic'}}]), theme([]))).toEqual(['comment']);
    expect(styledTokenTypes(theme([]), theme([{types: ['string'], style: {color: '#f1fa8c'}}]))).toEqual(['string']);
  });

  it('draws punctuation plainly in both themes, and keeps strings, comments and keywords styled', () => {
    expect(looksPlain(['punctuation'])).toBe(true);
    expect(looksPlain(['plain'])).toBe(true);
    for (const type of ['string', 'comment', 'keyword']) expect(looksPlain([type]), type).toBe(false);
    expect(looksPlain(['punctuation', 'string'])).toBe(false);
  });
});

describe('drawn as text', () => {
  it('is a plain-looking token without a style of its own, not an empty one that holds its line open', () => {
    expect(drawnAsText(['punctuation'], {})).toBe(true);
    expect(drawnAsText(['plain'], undefined)).toBe(true);
    expect(drawnAsText(['plain'], {display: 'inline-block'})).toBe(false);
    expect(drawnAsText(['string'], {})).toBe(false);
  });
});
