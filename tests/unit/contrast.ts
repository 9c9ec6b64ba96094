/** WCAG contrast between colours written as #rrggbb or rgb(r, g, b). */
export type Rgb = [number, number, number];

export function parse(colour: string): Rgb {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) as Rgb;
  const rgb = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/i.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`unsupported colour ${colour}`);
}

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb | string, b: Rgb | string): number {
  const [hi, lo] = [luminance(typeof a === 'string' ? parse(a) : a), luminance(typeof b === 'string' ? parse(b) : b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
