import {describe, expect, it} from 'vitest';
import type {PrismTheme} from 'prism-react-renderer';
import {darkCodeTheme, lightCodeTheme} from '../../src/prismThemes';
import {contrast, parse, type Rgb} from './contrast';

const blend = (fg: Rgb, bg: Rgb, alpha: number): Rgb => fg.map((v, i) => v * alpha + bg[i] * (1 - alpha)) as Rgb;

/** Every token type's effective colour: later entries win, as in prism-react-renderer. */
function tokenColours(theme: PrismTheme): Map<string, Rgb> {
  const background = parse(theme.plain.backgroundColor!);
  const colour = new Map<string, string>();
  const opacity = new Map<string, number>();
  for (const {types, style} of theme.styles) {
    for (const type of types) {
      if (style.color) colour.set(type, style.color);
      if (style.opacity !== undefined) opacity.set(type, Number(style.opacity));
    }
  }
  const result = new Map<string, Rgb>([['plain', parse(theme.plain.color!)]]);
  for (const type of new Set([...colour.keys(), ...opacity.keys()])) {
    const fg = parse(colour.get(type) ?? theme.plain.color!);
    result.set(type, blend(fg, background, opacity.get(type) ?? 1));
  }
  return result;
}

describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
])('%s code theme', (_mode, theme) => {
  it('gives every token at least 4.5:1 against the code background (WCAG AA)', () => {
    const background = parse(theme.plain.backgroundColor!);
    const low = [...tokenColours(theme)]
      .map(([type, fg]) => [type, Number(contrast(fg, background).toFixed(2))] as const)
      .filter(([, ratio]) => ratio < 4.5);
    expect(low).toEqual([]);
  });
});
