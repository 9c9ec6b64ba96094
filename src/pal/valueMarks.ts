/**
 * Where the reader's values sit in a highlighted code block, so they can be marked even
 * when the syntax highlighter splits a value over several tokens.
 *
 * Ranges are kept per line and looked up by the line's text: the theme's line component is
 * not told its line number, and Docusaurus may drop lines (magic comments) before
 * highlighting. Two lines with the same text share their ranges; that only matters when a
 * snippet already contains the reader's value literally, and then marking it is still true.
 */
import type {FilledText, ValueField} from './yourValues';

/** [start, end) offsets within one line. */
export interface LineRange {
  start: number;
  end: number;
  field: ValueField;
}

/** The same line breaks the highlighter splits on. */
const LINE_BREAK = /\r\n|\r|\n/g;

function merge(ranges: LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({...range});
  }
  return merged;
}

/** The ranges of a filled text, keyed by the text of the line each one is on. */
export function rangesByLine(filled: FilledText): Map<string, LineRange[]> {
  const byLine = new Map<string, LineRange[]>();
  if (filled.ranges.length === 0) return byLine;
  const {text} = filled;
  const lines: Array<{start: number; end: number}> = [];
  let lineStart = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push({start: lineStart, end: match.index});
    lineStart = match.index + match[0].length;
  }
  lines.push({start: lineStart, end: text.length});

  let line = 0;
  for (const range of filled.ranges) {
    // Ranges come in text order and never contain a line break.
    while (range.start > lines[line].end) line += 1;
    const {start} = lines[line];
    const key = text.slice(start, lines[line].end);
    const list = byLine.get(key) ?? [];
    list.push({start: range.start - start, end: range.end - start, field: range.field});
    byLine.set(key, list);
  }
  for (const [key, list] of byLine) byLine.set(key, merge(list));
  return byLine;
}

export interface LineMarks<T> {
  ranges: LineRange[];
  /** Where each token starts in the line. */
  offsets: Map<T, number>;
}

/** The marks of one highlighted line, or null when it holds none of the reader's values. */
export function marksForLine<T extends {content: string}>(tokens: readonly T[], byLine: Map<string, LineRange[]>): LineMarks<T> | null {
  const ranges = byLine.get(tokens.map((token) => token.content).join(''));
  if (!ranges) return null;
  const offsets = new Map<T, number>();
  let offset = 0;
  for (const token of tokens) {
    offsets.set(token, offset);
    offset += token.content.length;
  }
  return {ranges, offsets};
}

export interface Segment {
  text: string;
  /** Set when the text is (part of) one of the reader's values. */
  field?: ValueField;
}

/** Cuts a token that starts at `offset` in its line at the edges of the ranges. */
export function segmentToken(content: string, offset: number, ranges: readonly LineRange[]): Segment[] {
  const segments: Segment[] = [];
  const end = offset + content.length;
  let at = offset;
  for (const range of ranges) {
    if (range.end <= at || range.start >= end) continue;
    const from = Math.max(range.start, at);
    const to = Math.min(range.end, end);
    if (from > at) segments.push({text: content.slice(at - offset, from - offset)});
    segments.push({text: content.slice(from - offset, to - offset), field: range.field});
    at = to;
  }
  if (at < end || segments.length === 0) segments.push({text: content.slice(at - offset)});
  return segments;
}
