// How diagrams are drawn: the site's palette (src/css/custom.css, Infima) for Mermaid's
// "base" theme, and the layout settings. A change here, to the renderer, or to Mermaid's
// version makes every committed render stale: npm test then asks for `npm run diagrams`.
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {ROOT} from './sources.mjs';

/** Infima's font stack: readers get their system font, which is no wider than the renderer's. */
const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, Cantarell, 'Noto Sans', sans-serif";
/** Labels at 14 px, drawn at their natural size (never scaled down): above the 12 px floor. */
export const FONT_SIZE_PX = 14;

/**
 * Text colours are the site's body text on fills at least 4.5:1 from it (checked by
 * tests/unit/diagrams/renderSettings.test.ts); lines and borders at least 3:1 from the page.
 */
export const PALETTES = {
  light: {
    page: '#ffffff', // Infima's light background
    text: '#1c1e21', // --ifm-color-content
    fill: '#e8f0fa', // a tint of --ifm-color-primary
    border: '#0b5cad', // --ifm-color-primary
    line: '#444950', // Infima gray-800
    groupFill: '#f5f6f7', // Infima gray-100
    groupBorder: '#606770', // Infima gray-700
    noteFill: '#fff8c5',
    noteBorder: '#9a6700', // --pal-warn
  },
  dark: {
    page: '#1b1b1d', // Infima's dark background
    text: '#e3e3e3', // --ifm-color-content (dark)
    fill: '#1d2b3c', // a shade of the dark --ifm-color-primary
    border: '#6cb6ff', // --ifm-color-primary (dark)
    line: '#b4b9c0',
    groupFill: '#242526', // --ifm-background-surface-color (dark)
    groupBorder: '#8d949e', // Infima gray-600
    noteFill: '#3b2f0b',
    noteBorder: '#d29922', // --pal-warn (dark)
  },
};

function themeVariables(palette, darkMode) {
  const p = palette;
  return {
    darkMode,
    fontFamily: FONT_FAMILY,
    fontSize: `${FONT_SIZE_PX}px`,
    background: p.page,
    textColor: p.text,
    titleColor: p.text,
    lineColor: p.line,
    primaryColor: p.fill,
    primaryTextColor: p.text,
    primaryBorderColor: p.border,
    mainBkg: p.fill,
    nodeBorder: p.border,
    nodeTextColor: p.text,
    secondaryColor: p.groupFill,
    secondaryTextColor: p.text,
    secondaryBorderColor: p.groupBorder,
    tertiaryColor: p.groupFill,
    tertiaryTextColor: p.text,
    tertiaryBorderColor: p.groupBorder,
    clusterBkg: p.groupFill,
    clusterBorder: p.groupBorder,
    edgeLabelBackground: p.page,
    actorBkg: p.fill,
    actorBorder: p.border,
    actorTextColor: p.text,
    actorLineColor: p.groupBorder,
    signalColor: p.line,
    signalTextColor: p.text,
    labelBoxBkgColor: p.fill,
    labelBoxBorderColor: p.border,
    labelTextColor: p.text,
    loopTextColor: p.text,
    noteBkgColor: p.noteFill,
    noteBorderColor: p.noteBorder,
    noteTextColor: p.text,
    activationBkgColor: p.groupFill,
    activationBorderColor: p.groupBorder,
    sequenceNumberColor: p.page,
  };
}

/**
 * Labels that cross a line (edge labels, sequence messages) get a halo in the page colour,
 * so the line does not run through the words.
 */
function haloCss(page) {
  const halo = `paint-order:stroke;stroke:${page};stroke-width:4px;stroke-linejoin:round;`;
  return `.edgeLabel text{${halo}}.messageText{${halo}}`;
}

/** The configuration Mermaid renders one colour mode with. */
export function mermaidConfig(mode) {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    // Mermaid copies these over each diagram type's own font settings.
    fontFamily: FONT_FAMILY,
    fontSize: FONT_SIZE_PX,
    themeVariables: themeVariables(PALETTES[mode], mode === 'dark'),
    themeCSS: haloCss(PALETTES[mode].page),
    // Labels as SVG text: they scale with the drawing and cannot be clipped by a box
    // measured in another font.
    htmlLabels: false,
    flowchart: {htmlLabels: false, useMaxWidth: false, nodeSpacing: 24, rankSpacing: 30, padding: 8},
    // Messages break where the source says (<br/>): Mermaid's own wrapping splits long words.
    sequence: {
      useMaxWidth: false,
      mirrorActors: false,
      wrap: false,
      width: 110,
      actorMargin: 24,
      diagramMarginX: 8,
      diagramMarginY: 8,
      boxMargin: 8,
      messageMargin: 28,
    },
  };
}

const require = createRequire(import.meta.url);

/** What a render depends on besides its source: Mermaid's version, these settings, the renderer. */
export function renderFingerprint() {
  const mermaidVersion = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')).version;
  const hash = createHash('sha256').update(`mermaid ${mermaidVersion}\n`);
  for (const file of ['src/diagrams/renderSettings.mjs', 'src/diagrams/sources.mjs', 'src/diagrams/findDiagrams.mjs', 'src/diagrams/tidySvg.mjs', 'scripts/render-diagrams.mjs']) {
    hash.update(readFileSync(join(ROOT, file), 'utf8').replace(/\r\n?/g, '\n'));
  }
  return hash.digest('hex').slice(0, 16);
}
