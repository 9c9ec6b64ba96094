/**
 * The module swaps fail the build when they match nothing: a small project built with the
 * bundler the site uses (Rspack) stands in for Docusaurus, once as the swap expects it and once
 * as an upgrade might leave it (the module renamed).
 */
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {rspack, type Stats} from '@rspack/core';
import type {CurrentBundler} from '@docusaurus/types';
import {afterAll, describe, expect, it} from 'vitest';
import {missedSwapMessage, moduleSwapPlugin, swapModule, type ModuleSwap} from '../../../src/plugins/moduleSwap';
import {PRISM_CLIENT_MODULE} from '../../../src/plugins/prismWithCodeBlocksOnly';

const root = mkdtempSync(path.join(tmpdir(), 'module-swap-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

/** A project whose entry imports `./prefetch` from core's client folder, or from a renamed one. */
function project(name: string, clientFolder: string, helper: string): string {
  const dir = path.join(root, name);
  const client = path.join(dir, 'node_modules', '@docusaurus', 'core', 'lib', clientFolder);
  mkdirSync(client, {recursive: true});
  writeFileSync(path.join(client, `${helper}.js`), 'export default function prefetch() { return "core"; }\n');
  writeFileSync(path.join(client, 'index.js'), `import prefetch from './${helper}';\nexport default prefetch;\n`);
  writeFileSync(path.join(dir, 'standIn.js'), 'export default function prefetch() { return "ours"; }\n');
  writeFileSync(path.join(dir, 'entry.js'), `import prefetch from './node_modules/@docusaurus/core/lib/${clientFolder}/index.js';\nconsole.log(prefetch());\n`);
  return dir;
}

function swapIn(dir: string): ModuleSwap {
  return {
    name: 'prefetch-when-idle',
    request: /^\.\/prefetch$/,
    importedFrom: /@docusaurus[\\/]core[\\/]lib[\\/]client$/,
    replacement: path.join(dir, 'standIn.js'),
    expects: "core's client imports its link prefetch helper as './prefetch' from lib/client",
  };
}

function build(dir: string, swap: ModuleSwap): Promise<Stats> {
  const bundler = {name: 'rspack', instance: rspack} as unknown as CurrentBundler;
  const compiler = rspack({
    context: dir,
    mode: 'development',
    devtool: false,
    entry: path.join(dir, 'entry.js'),
    output: {path: path.join(dir, 'out')},
    plugins: swapModule(bundler, swap) as never,
  });
  return new Promise((resolve, reject) => compiler.run((error, stats) => (error || !stats ? reject(error) : compiler.close(() => resolve(stats)))));
}

describe('a module swap', () => {
  it('builds with the stand-in when Docusaurus still has the module', async () => {
    const dir = project('as-expected', 'client', 'prefetch');
    const stats = await build(dir, swapIn(dir));
    expect(stats.toJson({all: false, errors: true}).errors).toEqual([]);
    expect(stats.toJson({all: false, modules: true}).modules?.map((module) => module.name)).toContain('./standIn.js');
  });

  it('fails the build with its message when an upgrade renamed the module', async () => {
    const dir = project('renamed', 'client', 'prefetchHelper');
    const swap = {...swapIn(dir), request: /^\.\/prefetch$/};
    const stats = await build(dir, swap);
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toJson({all: false, errors: true}).errors?.map((error) => error.message).join('\n')).toContain(missedSwapMessage(swap));
  });

  it('fails the build when the importing folder moved', async () => {
    const dir = project('moved', 'browser', 'prefetch');
    const stats = await build(dir, swapIn(dir));
    expect(stats.hasErrors()).toBe(true);
    expect(stats.toJson({all: false, errors: true}).errors?.map((error) => error.message).join('\n')).toContain('[prefetch-when-idle] Nothing was swapped');
  });

  it('says what it looked for and where to fix it', () => {
    const message = missedSwapMessage({
      name: 'prism-with-code-blocks-only',
      request: PRISM_CLIENT_MODULE,
      replacement: '/x.ts',
      expects: "theme-classic registers Prism's languages in its client module lib/prism-include-languages",
    });
    expect(message).toContain('lib/prism-include-languages');
    expect(message).toContain('prism-include-languages(\\.js)?$');
    expect(message).toContain('src/plugins/');
  });
});

describe('a module-swap plugin', () => {
  const bundler = {name: 'rspack', instance: rspack} as unknown as CurrentBundler;
  const {name: _name, ...swap} = swapIn(root);
  const configure = (plugin: ReturnType<typeof moduleSwapPlugin>, isServer: boolean) =>
    (plugin.configureWebpack as (config: object, isServer: boolean, utils: {currentBundler: CurrentBundler}) => {plugins?: unknown[]})({}, isServer, {currentBundler: bundler});

  it("swaps in the browser's bundle only, by default: a replacement and its check per swap", () => {
    const plugin = moduleSwapPlugin('prefetch-when-idle', [swap, swap]);
    expect(plugin.name).toBe('prefetch-when-idle');
    expect(configure(plugin, false).plugins).toHaveLength(4);
    expect(configure(plugin, true)).toEqual({});
  });

  it('swaps in the server bundle too when asked', () => {
    expect(configure(moduleSwapPlugin('no-remount-after-hydration', [swap], {server: true}), true).plugins).toHaveLength(2);
  });

  it('names each swap after the plugin, for the build error', async () => {
    const dir = project('plugin-named', 'browser', 'prefetch');
    const {name: _unused, ...moved} = swapIn(dir);
    const compiler = rspack({context: dir, mode: 'development', devtool: false, entry: path.join(dir, 'entry.js'), output: {path: path.join(dir, 'out')}, plugins: configure(moduleSwapPlugin('some-plugin', [moved]), false).plugins as never});
    const stats = await new Promise<Stats>((resolve, reject) => compiler.run((error, result) => (error || !result ? reject(error) : compiler.close(() => resolve(result)))));
    expect(stats.toJson({all: false, errors: true}).errors?.map((error) => error.message).join('\n')).toContain('[some-plugin] Nothing was swapped');
  });
});
