// Runs in the rendering browser page (page.evaluate), so it must not use anything outside its
// own body. Turns Mermaid's SVG into one that can sit inline in a page next to other renders:
// - Ids: only the ones something refers to stay, each starting with the render's prefix.
// - Size: width and height set, so the drawing shows at its natural size, never shrunk.
// - role="img", named by its <title> (accTitle) and described by its <desc> (accDescr).
// - What Mermaid's scripts or unused features need goes: data-* attributes, unused markers,
//   symbols and CSS rules, one <tspan> per word, long decimals. About half the bytes.

/** @returns {{svg: string, width: number, height: number, problems: string[]}} */
export function tidySvg({svg, prefix}) {
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const all = () => [root, ...root.querySelectorAll('*')];

  for (const element of all()) {
    for (const {name, value} of [...element.attributes]) {
      if (name.startsWith('data-') || (['style', 'class'].includes(name) && !value.replace(/;/g, '').trim())) {
        element.removeAttribute(name);
      }
    }
  }

  const referenced = new Set([root.id]);
  for (const element of all()) {
    for (const {name, value} of element.attributes) {
      for (const [, id] of value.matchAll(/url\(#([^)]+)\)/g)) referenced.add(id);
      if (name.endsWith('href') && value.startsWith('#')) referenced.add(value.slice(1));
      if (name === 'aria-labelledby' || name === 'aria-describedby') value.split(/\s+/).forEach((id) => referenced.add(id));
    }
  }
  for (const element of root.querySelectorAll('marker, symbol, filter, linearGradient, radialGradient, clipPath, pattern')) {
    if (!referenced.has(element.id)) element.remove();
  }

  const renamed = new Map();
  for (const element of all()) {
    if (!element.id || element === root) continue;
    if (!referenced.has(element.id)) element.removeAttribute('id');
    else if (!element.id.startsWith(`${prefix}-`) && !element.id.startsWith(`${prefix}_`)) {
      // Mermaid's title and desc ids end with the root id (chart-title-<root id>).
      const id = `${prefix}-${element.id.replace(`-${prefix}`, '').replace(/^chart-/, '').replace(/[^\w-]/g, '')}`;
      renamed.set(element.id, id);
      element.id = id;
    }
  }
  for (const element of all()) {
    for (const {name, value} of [...element.attributes]) {
      let next = value.replace(/url\(#([^)]+)\)/g, (match, id) => (renamed.has(id) ? `url(#${renamed.get(id)})` : match));
      if (name.endsWith('href') && renamed.has(next.slice(1))) next = `#${renamed.get(next.slice(1))}`;
      if (name === 'aria-labelledby' || name === 'aria-describedby') next = next.split(/\s+/).map((id) => renamed.get(id) ?? id).join(' ');
      // Hundredths of a pixel are plenty.
      if (/^(d|points|transform|x\d?|y\d?|width|height|cx|cy|r|rx|ry|refX|refY)$/.test(name)) {
        next = next.replace(/-?\d+\.\d{3,}/g, (number) => String(Math.round(Number(number) * 100) / 100));
      }
      if (next !== value) element.setAttribute(name, next);
    }
  }

  // Mermaid writes each word of a label line as a <tspan>; a plain line is one text run.
  for (const line of root.querySelectorAll('tspan.text-outer-tspan')) {
    const words = [...line.children];
    const plain = words.every(
      (word) => word.localName === 'tspan' && word.getAttribute('font-style') === 'normal' && word.getAttribute('font-weight') === 'normal',
    );
    if (words.length && plain) line.textContent = words.map((word) => word.textContent).join('');
  }

  // Things that draw nothing: rectangles without a size, empty texts, then empty groups.
  for (const rect of root.querySelectorAll('rect:not([width])')) rect.remove();
  for (const text of root.querySelectorAll('text')) if (!text.textContent?.trim()) text.remove();
  for (let emptied = true; emptied; ) {
    emptied = false;
    for (const group of root.querySelectorAll('g, defs')) {
      if (!group.children.length && !group.textContent?.trim()) {
        group.remove();
        emptied = true;
      }
    }
  }

  for (const style of root.querySelectorAll('style')) style.textContent = usedCss(style.textContent ?? '');

  /** Keeps the rules whose selectors match something in this drawing, and the keyframes they use. */
  function usedCss(css) {
    const blocks = [];
    for (let start = 0, depth = 0, i = 0; i < css.length; i += 1) {
      if (css[i] === '{') depth += 1;
      if (css[i] === '}' && --depth === 0) {
        blocks.push(css.slice(start, i + 1));
        start = i + 1;
      }
    }
    const matches = (selector) => {
      // Mermaid scopes every rule under the drawing's id; `#id :root` can never match.
      if (selector.includes(':root')) return false;
      const bare = selector.replace(/::?[\w-]+(\([^)]*\))?/g, '').trim() || '*';
      try {
        return root.matches(bare) || root.querySelector(bare) !== null;
      } catch {
        return true;
      }
    };
    const rules = blocks.flatMap((block) => {
      if (block.startsWith('@')) return [block];
      const brace = block.indexOf('{');
      const selectors = block.slice(0, brace).split(',').filter(matches);
      return selectors.length ? [`${selectors.join(',')}${block.slice(brace)}`] : [];
    });
    const styles = rules.filter((rule) => !rule.startsWith('@')).join('');
    const animated = (name) => new RegExp(`animation(-name)?:[^;}]*\\b${name}\\b`).test(styles);
    return rules.filter((rule) => !rule.startsWith('@keyframes') || animated(rule.split(/[\s{]+/)[1])).join('');
  }

  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  root.setAttribute('width', String(Math.ceil(width)));
  root.setAttribute('height', String(Math.ceil(height)));
  root.removeAttribute('style');
  root.removeAttribute('aria-roledescription');
  root.setAttribute('role', 'img');

  const problems = [];
  if (!root.querySelector('title')?.textContent?.trim()) problems.push('no <title> (accTitle)');
  if (!root.querySelector('desc')?.textContent?.trim()) problems.push('no <desc> (accDescr)');
  if (root.querySelector('script, foreignObject')) problems.push('script or HTML inside');
  if (all().some((element) => [...element.attributes].some(({name}) => name.startsWith('on')))) problems.push('event handler attribute');
  const labels = root.querySelectorAll('text');
  if (!labels.length) problems.push('no text labels');
  return {svg: new XMLSerializer().serializeToString(root), width: Math.ceil(width), height: Math.ceil(height), problems};
}
