// Checks the finished builds: every page's HTML is in reading order. React's streaming renderer
// can send a large Suspense boundary after the rest of the page, hidden, with an inline script
// that moves it into place: the page would read wrongly without JavaScript and until that script
// runs, and hydration would start from moved nodes. No page may do that.
import {existsSync, readFileSync} from 'node:fs';
import {relative, resolve} from 'node:path';
import {describe, expect, it} from 'vitest';
import {htmlFiles} from '../../scripts/security-headers.mjs';

const OUT_OF_PLACE = /<div hidden id="?S:\d|<template id="?B:\d|\$RC\(|\$RS\(/;

describe.each(['build', 'build-live'])('%s', (name) => {
  const dir = resolve(name);
  it('holds every page in reading order, with nothing moved into place by a script', () => {
    expect(existsSync(dir), `${name} is missing: run \`npm run build\` and \`npm run build:live-test\` first.`).toBe(true);
    const pages = htmlFiles(dir) as string[];
    expect(pages.length).toBeGreaterThan(10);
    const streamed = pages.filter((page) => OUT_OF_PLACE.test(readFileSync(page, 'utf8'))).map((page) => relative(dir, page));
    expect(streamed).toEqual([]);
  });
});
