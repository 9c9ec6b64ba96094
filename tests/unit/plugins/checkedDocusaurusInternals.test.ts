/**
 * What our source takes from @docusaurus/theme-common/internal must exist: a small project built
 * with Rspack and the plugin's rule, against a stand-in of that module with and without the name.
 */
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {rspack, type Stats} from '@rspack/core';
import {afterAll, describe, expect, it} from 'vitest';
import {strictImportsRule} from '../../../src/plugins/checkedDocusaurusInternals';

const root = mkdtempSync(path.join(tmpdir(), 'internals-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

function build(name: string, internalExports: string): Promise<Stats> {
  const dir = path.join(root, name);
  const internal = path.join(dir, 'node_modules', '@docusaurus', 'theme-common', 'lib');
  mkdirSync(internal, {recursive: true});
  mkdirSync(path.join(dir, 'src'), {recursive: true});
  writeFileSync(path.join(internal, 'internal.js'), internalExports);
  writeFileSync(
    path.join(dir, 'src', 'entry.js'),
    "import {useCodeBlockContext} from '../node_modules/@docusaurus/theme-common/lib/internal.js';\nconsole.log(useCodeBlockContext());\n",
  );
  const compiler = rspack({
    context: dir,
    mode: 'development',
    devtool: false,
    entry: path.join(dir, 'src', 'entry.js'),
    output: {path: path.join(dir, 'out')},
    module: {rules: [strictImportsRule(path.join(dir, 'src'))]},
  });
  return new Promise((resolve, reject) => compiler.run((error, stats) => (error || !stats ? reject(error) : compiler.close(() => resolve(stats)))));
}

describe('imports from Docusaurus internals', () => {
  it('build while the name is there', async () => {
    const stats = await build('present', 'export function useCodeBlockContext() { return 1; }\n');
    expect(stats.toJson({all: false, errors: true}).errors).toEqual([]);
  });

  it('fail the build, naming the import, once an upgrade removed it', async () => {
    const stats = await build('removed', 'export function useCodeBlockContextV2() { return 1; }\n');
    expect(stats.hasErrors()).toBe(true);
    const messages = stats.toJson({all: false, errors: true}).errors?.map((error) => error.message).join('\n') ?? '';
    expect(messages).toMatch(/useCodeBlockContext/);
    expect(messages).toMatch(/not found|doesn't exist|does not provide/i);
  });
});
