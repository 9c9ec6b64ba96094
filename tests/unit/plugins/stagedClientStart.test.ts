import {describe, expect, it} from 'vitest';
import type {Configuration} from 'webpack';
import stagedClientStart from '../../../src/plugins/stagedClientStart';

type ConfigureWebpack = (config: Configuration, isServer: boolean) => {entry?: unknown; mergeStrategy?: Record<string, string>};

const configure = stagedClientStart().configureWebpack as unknown as ConfigureWebpack;

describe('stagedClientStart', () => {
  it('replaces the browser entry of a production build with the staged one', () => {
    const result = configure({mode: 'production'}, false);
    expect(result.mergeStrategy).toEqual({entry: 'replace'});
    expect(String(result.entry)).toMatch(/stagedClientStart[\\/]entry\.ts$/);
  });

  it('leaves the server build and `npm start` (development, hot reloading) alone', () => {
    expect(configure({mode: 'production'}, true)).toEqual({});
    expect(configure({mode: 'development'}, false)).toEqual({});
  });
});
