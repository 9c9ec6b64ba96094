import {describe, expect, it} from 'vitest';
import {
  LIGHTHOUSE_REFUSED_ACTIONS,
  deriveRoleData,
  findText,
  grantedExample,
  grantsAll,
  readRoleDefinitions,
  roleFacts,
  type RolePermission,
} from '../../../src/pal/roleDefinitionFacts';

const ID = '00000000-0000-4000-8000-0000000000';
const role = (name: string, permissions: RolePermission[], n = 1) => ({roleDefinitionId: `${ID}${String(n).padStart(2, '0')}`, roleName: name, permissions});
const refused = (permissions: RolePermission[]) => roleFacts(role('Test', permissions)).lighthouseRefusedActions;

const CONTRIBUTOR_LIKE: RolePermission = {
  actions: ['*'],
  notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'],
};

describe('findText: texts matched by sets of wildcard patterns', () => {
  it('finds a text only when one exists', () => {
    expect(findText('a*c', ['ab*'], (m) => m[0])).toMatch(/^ab.*c$/);
    expect(findText('a*c', ['b*'], (m) => m[0])).toBeNull();
    // Every text a*c is matched by a* (so no text escapes it) and by *c.
    expect(findText('a*c', ['a*', '*c'], (m) => !m[0] || !m[1])).toBeNull();
    // a*c and *x*: "axc" is matched by both, "ac" only by the first.
    expect(findText('a*c', ['*x*'], (m) => m[0])).toBe('axc');
    expect(findText('a*c', ['*x*'], (m) => !m[0])).toBe('ac');
  });

  it('ignores case and lets * stand for slashes and for nothing', () => {
    expect(findText('Microsoft.Authorization/locks/write', ['microsoft.authorization/*'], (m) => m[0])).toBe('microsoft.authorization/locks/write');
    expect(findText('a/b/c/d', ['a/*/d'], (m) => m[0])).toBe('a/b/c/d');
    expect(findText('ab', ['a*b'], (m) => m[0])).toBe('ab');
  });
});

describe('grantsAll and grantedExample: actions minus notActions', () => {
  it('takes notActions away from the actions of the same entry', () => {
    expect(grantsAll([CONTRIBUTOR_LIKE], 'Microsoft.Compute/virtualMachines/write')).toBe(true);
    expect(grantsAll([CONTRIBUTOR_LIKE], 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(grantedExample([CONTRIBUTOR_LIKE], 'Microsoft.Authorization/*/write')).toBeNull();
    expect(grantedExample([CONTRIBUTOR_LIKE], 'Microsoft.Authorization/*')).toMatch(/^microsoft\.authorization\//);
  });

  it('adds entries up, and does not let one entry\'s notActions reach another\'s actions', () => {
    const permissions = [CONTRIBUTOR_LIKE, {actions: ['Microsoft.Authorization/locks/write']}];
    expect(grantsAll(permissions, 'Microsoft.Authorization/locks/write')).toBe(true);
    expect(grantsAll(permissions, 'Microsoft.Authorization/locks/delete')).toBe(false);
  });

  it('grants a wildcard target only when all of it is granted', () => {
    expect(grantsAll([{actions: ['Microsoft.Authorization/*']}], 'Microsoft.Authorization/*/write')).toBe(true);
    expect(grantsAll([{actions: ['Microsoft.Authorization/locks/*']}], 'Microsoft.Authorization/*/write')).toBe(false);
    expect(grantsAll([{actions: ['*'], notActions: ['Microsoft.Authorization/locks/write']}], 'Microsoft.Authorization/*/write')).toBe(false);
    expect(grantedExample([{actions: ['Microsoft.Authorization/locks/*']}], 'Microsoft.Authorization/*/write')).toBe('microsoft.authorization/locks/write');
  });
});

describe('roleFacts', () => {
  it('refuses Owner-like `*` and UAA-like `Microsoft.Authorization/*` for every listed action', () => {
    expect(refused([{actions: ['*']}])).toEqual(LIGHTHOUSE_REFUSED_ACTIONS);
    expect(refused([{actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*']}])).toEqual(LIGHTHOUSE_REFUSED_ACTIONS);
    expect(roleFacts(role('Owner', [{actions: ['*']}])).authorizationWriteDeleteActions).toEqual(['*']);
  });

  it('allows Contributor-like `*` whose notActions remove Microsoft.Authorization writes and deletes, whatever their case', () => {
    const facts = roleFacts(role('Contributor', [CONTRIBUTOR_LIKE]));
    expect(facts.lighthouseRefusedActions).toEqual([]);
    expect(facts.authorizationWriteDeleteActions).toEqual([]);
  });

  it('refuses a role whose notActions leave one listed action', () => {
    expect(refused([{actions: ['*'], notActions: ['Microsoft.Authorization/*/Write']}])).toEqual([
      'Microsoft.Authorization/*/delete',
      'Microsoft.Authorization/roleAssignments/delete',
      'Microsoft.Authorization/roleDefinitions/delete',
      'Microsoft.Authorization/classicAdministrators/delete',
      'Microsoft.Authorization/locks/delete',
      'Microsoft.Authorization/denyAssignments/delete',
    ]);
  });

  it('catches wildcards in the middle and at the start of an action', () => {
    expect(refused([{actions: ['*/write']}])).toContain('Microsoft.Authorization/roleAssignments/write');
    expect(refused([{actions: ['Microsoft.*/delete']}])).toContain('Microsoft.Authorization/locks/delete');
    expect(refused([{actions: ['Microsoft.Authorization/locks/*']}])).toEqual(['Microsoft.Authorization/locks/write', 'Microsoft.Authorization/locks/delete']);
    expect(refused([{actions: ['*/read', 'Microsoft.Authorization/*/read']}])).toEqual([]);
  });

  it('tells policy writes, which Lighthouse allows, from the refused ones', () => {
    const facts = roleFacts(role('Policy', [{actions: ['Microsoft.Authorization/policyAssignments/*', 'Microsoft.Authorization/*/read', 'Microsoft.Support/*']}]));
    expect(facts.authorizationWriteDeleteActions).toEqual(['Microsoft.Authorization/policyAssignments/*']);
    expect(facts.lighthouseRefusedActions).toEqual([]);
  });

  it('reports DataActions from any permission entry, and ignores notDataActions alone', () => {
    expect(roleFacts(role('Data', [{actions: ['*/read']}, {dataActions: ['Microsoft.Storage/x/read']}])).hasDataActions).toBe(true);
    expect(roleFacts(role('Data', [{actions: ['*/read']}, {dataActions: []}])).hasDataActions).toBe(false);
    expect(roleFacts(role('None', [{actions: ['*/read'], dataActions: [], notDataActions: ['Microsoft.Storage/x/read']}])).hasDataActions).toBe(false);
    expect(roleFacts(role('Bare', [{}])).hasDataActions).toBe(false);
  });
});

describe('readRoleDefinitions and deriveRoleData', () => {
  const arm = {name: `${ID}01`, properties: {roleName: 'A', type: 'BuiltInRole', permissions: [{actions: ['*']}]}};
  const custom = {name: `${ID}02`, properties: {roleName: 'Mine', type: 'CustomRole', permissions: [{actions: ['*']}]}};

  it('reads the ARM list, the Azure CLI list and the Azure Verified Modules cache, built-in roles only', () => {
    const expected = [{roleDefinitionId: `${ID}01`, roleName: 'A', permissions: [{actions: ['*']}]}];
    expect(readRoleDefinitions({value: [arm, custom]})).toEqual(expected);
    expect(readRoleDefinitions({locals: {role_definitions_cached: {value: [arm, custom]}}})).toEqual(expected);
    expect(readRoleDefinitions([{name: `${ID}01`, roleName: 'A', roleType: 'BuiltInRole', permissions: [{actions: ['*']}]}])).toEqual(expected);
    expect(() => readRoleDefinitions({nothing: []})).toThrow(/No list/);
    expect(() => readRoleDefinitions([{name: 'owner', roleName: 'Owner', permissions: []}])).toThrow(/no GUID/);
    // The cache's later shape, names only: refused rather than read as roles without DataActions.
    expect(() => readRoleDefinitions({locals: {role_definitions_cached: {value: [{name: `${ID}01`, roleName: 'A'}]}}})).toThrow(/no permissions/);
  });

  it('keeps the wanted roles once each, sorted by name, and lists those without a definition', () => {
    const definitions = [role('Zeta', [{actions: ['*/read']}], 1), role('Alpha', [{actions: ['*']}], 2), role('Other', [], 3)];
    const wanted = [
      {roleDefinitionId: `${ID}01`.toUpperCase(), roleName: 'Zeta'},
      {roleDefinitionId: `${ID}02`, roleName: 'Alpha'},
      {roleDefinitionId: `${ID}01`, roleName: 'Zeta'},
      {roleDefinitionId: `${ID}09`, roleName: 'Gone'},
    ];
    const source = {repository: 'owner/repo', path: 'roles.json', commit: 'abc'};
    const data = deriveRoleData(definitions, wanted, source, '2025-09-19');
    expect(data.source).toEqual(source);
    expect(data.takenOn).toBe('2025-09-19');
    expect(data.roles.map((r) => r.roleName)).toEqual(['Alpha', 'Zeta']);
    expect(data.missing).toEqual([{roleDefinitionId: `${ID}09`, roleName: 'Gone'}]);
    expect(data.lighthouseRule.refusedActions).toEqual(LIGHTHOUSE_REFUSED_ACTIONS);
  });
});
