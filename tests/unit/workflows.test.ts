import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {workflowProblems} from '../workflows/rules';

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((name) => /\.ya?ml$/.test(name));

describe('the repository workflows', () => {
  it('are there', () => {
    expect(files.sort()).toEqual(['deploy-pages.yml', 'deploy-static-web-apps.yml']);
  });

  for (const file of files) {
    it(`${file} follows the rules`, () => {
      expect(workflowProblems(file, readFileSync(join(DIR, file), 'utf8'))).toEqual([]);
    });
  }
});

const SHA = '3d3c42e5aac5ba805825da76410c181273ba90b1';
const CHECKOUT = `      - uses: actions/checkout@${SHA} # v7.0.1\n        with:\n          persist-credentials: false\n          fetch-depth: 0\n`;

/** A workflow with one build job and one deploy job; `change` breaks it in one way. */
function workflow({top = 'permissions:\n  contents: read\n', build = '', deploy = '', env = ''} = {}): string {
  return (
    `name: t\non: push\n${top}${env}jobs:\n` +
    `  build:\n    runs-on: ubuntu-latest\n    steps:\n${CHECKOUT}      - run: npm ci\n      - run: npm test\n${build}` +
    `  deploy:\n    needs: build\n    runs-on: ubuntu-latest\n    permissions:\n      pages: write\n    steps:\n` +
    `      - uses: actions/deploy-pages@cd2ce8fcbc39b97be8ca5fce6e763baed58fa128 # v5.0.0\n        with:\n          token: \${{ secrets.DEPLOY }}\n${deploy}`
  );
}

describe('the workflow rules catch', () => {
  it('nothing in a workflow that follows them', () => {
    expect(workflowProblems('ok.yml', workflow())).toEqual([]);
  });

  it.each([
    ['a secret in a job that runs npm', {build: '      - run: echo "${{ secrets.TOKEN }}"\n'}, /job "build": runs npm and can read a secret/],
    ['a secret in workflow-level env', {env: 'env:\n  TOKEN: ${{ secrets.TOKEN }}\n'}, /job "build": runs npm and can read a secret/],
    ['npm in the job that holds the secret', {deploy: '      - run: npm ci\n'}, /job "deploy": runs npm and can read a secret/],
    ['a write permission at workflow level', {top: 'permissions:\n  contents: write\n'}, /write permission at workflow level/],
    ['write-all at workflow level', {top: 'permissions: write-all\n'}, /write permission at workflow level/],
    ['no top-level permissions', {top: ''}, /no top-level `permissions`/],
    ['a tag instead of a SHA', {build: '      - uses: actions/upload-artifact@v4 # v4\n'}, /uses actions\/upload-artifact@v4: pin it to a full commit SHA/],
    ['a short SHA', {build: '      - uses: actions/upload-artifact@bbbca2d # v7\n'}, /pin it to a full commit SHA/],
    ['a SHA without its version comment', {build: `      - uses: actions/upload-artifact@${SHA}\n`}, /without a "# vX\.Y\.Z" version comment/],
    ['npm install', {build: '      - run: npm install\n'}, /installs with `npm install`: use `npm ci`/],
    ['npm i of a package', {build: '      - run: |\n          npm i left-pad\n'}, /installs with `npm i left-pad`/],
  ])('%s', (_name, change, expected) => {
    expect(workflowProblems('bad.yml', workflow(change)).join('\n')).toMatch(expected);
  });

  it('a write permission outside a deploy job', () => {
    const text = workflow().replace('  build:\n    runs-on: ubuntu-latest\n', '  build:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n');
    expect(workflowProblems('bad.yml', text)).toEqual([expect.stringMatching(/job "build": has a write permission but is not a deploy job/)]);
  });

  it('checkout that keeps its token', () => {
    const text = workflow().replace('          persist-credentials: false\n', '');
    expect(workflowProblems('bad.yml', text)).toEqual([expect.stringMatching(/job "build": actions\/checkout without `persist-credentials: false`/)]);
  });

  it('a build from a shallow checkout, which would date every page alike', () => {
    const text = workflow().replace('          fetch-depth: 0\n', '');
    expect(workflowProblems('bad.yml', text)).toEqual([expect.stringMatching(/job "build": builds from a shallow checkout: add `fetch-depth: 0`/)]);
  });

  it('npm before npm ci', () => {
    const text = workflow().replace('      - run: npm ci\n      - run: npm test\n', '      - run: npm test\n      - run: npm ci\n');
    expect(workflowProblems('bad.yml', text)).toEqual([expect.stringMatching(/job "build": runs npm before `npm ci`/)]);
  });
});
