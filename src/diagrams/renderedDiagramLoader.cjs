// Bundler loader for `…/rendered/manifest.json?diagram=<hash>` (the imports that
// remarkMermaidSvg writes into pages): one diagram's committed renders as a module of SVG
// strings. Reading the SVGs here, as dependencies of the module, lets the bundler's cache
// notice a new render of an unchanged diagram.
const {readFileSync} = require('node:fs');
const {dirname, join} = require('node:path');

module.exports = function renderedDiagramLoader(manifestText) {
  const hash = new URLSearchParams(this.resourceQuery).get('diagram') ?? '';
  const entry = JSON.parse(manifestText)[hash];
  if (!entry) {
    throw new Error(`Diagram ${hash} has not been rendered: run \`npm run diagrams\` (it needs Chromium) and commit src/diagrams/rendered/.`);
  }
  const svg = (variant) => {
    const file = join(dirname(this.resourcePath), `${hash}.${variant}.svg`);
    this.addDependency(file);
    const markup = readFileSync(file, 'utf8').trim();
    // The page inlines this markup as HTML: a render must be a drawing, never something that runs.
    if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(markup)) {
      throw new Error(`${file} contains a script, an event handler or embedded HTML: render it again with \`npm run diagrams\`.`);
    }
    return markup;
  };
  const diagram = {title: entry.title, width: entry.width, light: svg('light'), dark: svg('dark')};
  if (entry.narrow) diagram.narrow = {width: entry.narrow.width, light: svg('narrow-light'), dark: svg('narrow-dark')};
  return `export default ${JSON.stringify(diagram)};\n`;
};
