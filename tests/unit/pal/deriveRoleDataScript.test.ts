import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {allPecRoles} from '../../../src/pal/roles';
import type {RoleDataFile} from '../../../src/pal/roleDefinitionFacts';

const SCRIPT = join(__dirname, '../../../scripts/derive-role-data.mjs');
const dir = mkdtempSync(join(tmpdir(), 'derive-role-data-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const definition = (name: string, roleName: string, permissions: unknown[]) => ({name, properties: {roleName, type: 'BuiltInRole', permissions}});

/** A checkout shaped like the Azure Verified Modules cache, with three definitions and a fixed commit date. */
function checkout(): {path: string; commit: string} {
  const path = join(dir, 'checkout');
  mkdirSync(join(path, 'modules/cached-data'), {recursive: true});
  const value = [
    definition('b24988ac-6180-42a0-ab88-20f7382dd24c', 'Contributor', [{actions: ['*'], notActions: ['Microsoft.Authorization/*/Write', 'Microsoft.Authorization/*/Delete']}]),
    definition('b97fb8bc-a8b2-4522-a38b-dd33c7e65ead', 'Lab Creator', [{actions: ['*/read'], dataActions: ['Microsoft.LabServices/labPlans/createLab/action']}]),
    definition('8e3af657-a8ff-443c-a75c-2fe8c4bcb635', 'Owner', [{actions: ['*']}]),
  ];
  writeFileSync(join(path, 'modules/cached-data/role_definitions.tf.json'), JSON.stringify({locals: {role_definitions_cached: {value}}}));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', path, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      encoding: 'utf8',
      env: {...process.env, GIT_COMMITTER_DATE: '2025-09-19T12:00:00Z', GIT_AUTHOR_DATE: '2025-09-19T12:00:00Z'},
    }).trim();
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'roles');
  return {path, commit: git('rev-parse', 'HEAD')};
}

describe('scripts/derive-role-data.mjs', () => {
  it('writes the role data from a checkout, with its commit and date, and lists the roles it lacks', () => {
    const {path, commit} = checkout();
    const out = join(dir, 'out.json');
    const run = spawnSync(process.execPath, [SCRIPT, path, '--out', out], {encoding: 'utf8'});
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 roles from 3 definitions');

    const data = JSON.parse(readFileSync(out, 'utf8')) as RoleDataFile;
    expect(data.source).toEqual({repository: 'Azure/terraform-azure-avm-utl-roledefinitions', path: 'modules/cached-data/role_definitions.tf.json', commit});
    expect(data.takenOn).toBe('2025-09-19');
    expect(data.roles.map((r) => [r.roleName, r.hasDataActions, r.lighthouseRefusedActions.length])).toEqual([
      ['Contributor', false, 0],
      ['Lab Creator', true, 0],
      ['Owner', false, 13],
    ]);
    // The PEC table's other roles, and the delete role, which is not in it.
    expect(data.missing).toHaveLength(allPecRoles().length + 1 - 3);
    expect(data.missing.map((r) => r.roleName)).toContain('Managed Services Registration Assignment Delete Role');
  });

  it('refuses a JSON file without its commit and date, and leaves the output alone', () => {
    const file = join(dir, 'roles.json');
    writeFileSync(file, JSON.stringify({value: []}));
    const run = spawnSync(process.execPath, [SCRIPT, file, '--out', join(dir, 'never.json')], {encoding: 'utf8'});
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Give --commit for a JSON file/);
    expect(() => readFileSync(join(dir, 'never.json'))).toThrow();
  });
});
