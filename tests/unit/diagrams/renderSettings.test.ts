import {describe, expect, it} from 'vitest';
import {FONT_SIZE_PX, mermaidConfig, PALETTES} from '../../../src/diagrams/renderSettings.mjs';
import {contrast} from '../contrast';

describe.each(Object.entries(PALETTES))('%s diagram palette', (mode, p) => {
  it('gives text at least 4.5:1 on every surface it is drawn on (WCAG AA)', () => {
    const surfaces = {page: p.page, fill: p.fill, groupFill: p.groupFill, noteFill: p.noteFill};
    const low = Object.entries(surfaces).filter(([, surface]) => contrast(p.text, surface) < 4.5);
    expect(low).toEqual([]);
  });

  it('gives lines and borders at least 3:1 against the page (WCAG 1.4.11)', () => {
    const parts = {line: p.line, border: p.border, groupBorder: p.groupBorder, noteBorder: p.noteBorder};
    expect(Object.entries(parts).filter(([, colour]) => contrast(colour, p.page) < 3)).toEqual([]);
  });

  it('is what Mermaid is given for this mode', () => {
    const config = mermaidConfig(mode as 'light' | 'dark');
    expect(config.themeVariables).toMatchObject({background: p.page, primaryTextColor: p.text, primaryColor: p.fill, darkMode: mode === 'dark'});
  });
});

it('draws labels above the 12 px floor, at their natural size', () => {
  expect(FONT_SIZE_PX).toBeGreaterThanOrEqual(12);
  const config = mermaidConfig('light');
  expect(config.flowchart.useMaxWidth).toBe(false);
  expect(config.sequence.useMaxWidth).toBe(false);
});
