/**
 * What Azure Lighthouse needs to know about a built-in role, read from the role's definition:
 * its DataActions, and whether it grants write or delete actions on Microsoft.Authorization.
 *
 * scripts/derive-role-data.mjs uses this module to write src/pal/role-definitions.json; the site
 * reads only that JSON. No imports, so the script can load it with nothing but a TypeScript
 * transform.
 *
 * Action strings are compared as Azure RBAC compares them: without regard to case, `*` standing
 * for any run of characters (slashes included). Within one permission entry, notActions take
 * away from that entry's actions; the entries of a role add up.
 */

export interface RolePermission {
  actions?: readonly string[];
  notActions?: readonly string[];
  dataActions?: readonly string[];
  notDataActions?: readonly string[];
}

export interface RoleDefinition {
  roleDefinitionId: string;
  roleName: string;
  permissions: readonly RolePermission[];
}

/**
 * Microsoft Learn, "Tenants, users, and roles in Azure Lighthouse scenarios": "Roles that include
 * any of the following actions aren't supported". A role is refused when it grants one of them in
 * full, after its notActions (Contributor has `*` but not Microsoft.Authorization writes).
 */
export const LIGHTHOUSE_REFUSED_ACTIONS: readonly string[] = [
  'Microsoft.Authorization/*',
  'Microsoft.Authorization/*/write',
  'Microsoft.Authorization/*/delete',
  'Microsoft.Authorization/roleAssignments/write',
  'Microsoft.Authorization/roleAssignments/delete',
  'Microsoft.Authorization/roleDefinitions/write',
  'Microsoft.Authorization/roleDefinitions/delete',
  'Microsoft.Authorization/classicAdministrators/write',
  'Microsoft.Authorization/classicAdministrators/delete',
  'Microsoft.Authorization/locks/write',
  'Microsoft.Authorization/locks/delete',
  'Microsoft.Authorization/denyAssignments/write',
  'Microsoft.Authorization/denyAssignments/delete',
];

/** Every write or delete on Microsoft.Authorization, policy assignments included. */
const AUTHORIZATION_WRITES_AND_DELETES = ['Microsoft.Authorization/*/write', 'Microsoft.Authorization/*/delete'];

// --- Matching sets of action strings -------------------------------------------------------

/** Where a pattern's matcher can be after some text: indexes into the pattern; its length = matched. */
type Positions = readonly number[];

function closure(pattern: string, positions: Iterable<number>): Positions {
  const out = new Set<number>();
  for (let i of positions) {
    out.add(i);
    // `*` may match nothing, so the matcher can also stand past it.
    while (pattern[i] === '*') out.add(++i);
  }
  return [...out].sort((a, b) => a - b);
}

function step(pattern: string, positions: Positions, char: string): Positions {
  const next: number[] = [];
  for (const i of positions) {
    if (pattern[i] === '*') next.push(i);
    else if (pattern[i] === char) next.push(i + 1);
  }
  return closure(pattern, next);
}

const MAX_STATES = 200_000;

/** Text before the first `*` (all of it when there is none), and after the last. */
function literalEnds(pattern: string): [string, string] {
  const first = pattern.indexOf('*');
  return first < 0 ? [pattern, pattern] : [pattern.slice(0, first), pattern.slice(pattern.lastIndexOf('*') + 1)];
}

/** False only when no text can match both: their fixed beginnings or endings disagree. */
function mayOverlap(a: string, b: string): boolean {
  const [aStart, aEnd] = literalEnds(a);
  const [bStart, bEnd] = literalEnds(b);
  return (aStart.startsWith(bStart) || bStart.startsWith(aStart)) && (aEnd.endsWith(bEnd) || bEnd.endsWith(aEnd));
}

/**
 * A text matching `target` for which `wanted` holds, given which of `patterns` match it, or null
 * when there is none. Walks the target and the patterns together over their own characters plus
 * one character none of them has (standing for all others), so the answer is exact, not sampled.
 */
export function findText(target: string, patterns: readonly string[], wanted: (matches: readonly boolean[]) => boolean): string | null {
  const t = target.toLowerCase();
  const lower = patterns.map((p) => p.toLowerCase());
  // Patterns that cannot match a text of the target's stay out of the walk: they match nothing here.
  const live = lower.flatMap((p, k) => (mayOverlap(t, p) ? [k] : []));
  const walked = [t, ...live.map((k) => lower[k])];
  const alphabet = [...new Set(walked.join('').replaceAll('*', ''))];
  const other = '\u0000';
  alphabet.push(other);
  const matches = (state: Positions[]) => {
    const m = lower.map(() => false);
    live.forEach((k, j) => (m[k] = state[j + 1].includes(walked[j + 1].length)));
    return m;
  };

  const startState = walked.map((p) => closure(p, [0]));
  const queue: Array<{state: Positions[]; text: string}> = [{state: startState, text: ''}];
  const seen = new Set<string>([JSON.stringify(startState)]);
  for (let head = 0; head < queue.length; head++) {
    const {state, text} = queue[head];
    if (state[0].includes(t.length) && wanted(matches(state))) return text.replaceAll(other, '_');
    for (const char of alphabet) {
      const next = walked.map((p, k) => step(p, state[k], char));
      if (next[0].length === 0) continue; // the text no longer matches the target
      const key = JSON.stringify(next);
      if (seen.has(key)) continue;
      if (seen.size >= MAX_STATES) throw new Error(`Too many states comparing ${target} with ${patterns.join(', ')}`);
      seen.add(key);
      queue.push({state: next, text: text + char});
    }
  }
  return null;
}

/** Patterns of permission entries, and whether a text they match is granted. */
function layout(permissions: readonly RolePermission[]) {
  const patterns: string[] = [];
  const entries = permissions.map((permission) => ({
    actions: (permission.actions ?? []).map((a) => patterns.push(a) - 1),
    notActions: (permission.notActions ?? []).map((n) => patterns.push(n) - 1),
  }));
  const granted = (m: readonly boolean[]) => entries.some((e) => e.actions.some((i) => m[i]) && !e.notActions.some((i) => m[i]));
  return {patterns, granted};
}

/** An action the permissions grant that matches `target`, or null. */
export function grantedExample(permissions: readonly RolePermission[], target: string): string | null {
  const {patterns, granted} = layout(permissions);
  return findText(target, patterns, granted);
}

/** Whether the permissions grant every action that matches `target`. */
export function grantsAll(permissions: readonly RolePermission[], target: string): boolean {
  const {patterns, granted} = layout(permissions);
  return findText(target, patterns, (m) => !granted(m)) === null;
}

// --- Facts about one role -------------------------------------------------------------------

export interface RoleFacts {
  roleDefinitionId: string;
  roleName: string;
  /** Whether it grants any DataActions (which ones is left out: the site ships this file to the browser). */
  hasDataActions: boolean;
  /** Its actions that let it write or delete something under Microsoft.Authorization (policies included), after notActions. */
  authorizationWriteDeleteActions: string[];
  /** The actions of LIGHTHOUSE_REFUSED_ACTIONS it grants: any one of them and Lighthouse refuses the role. */
  lighthouseRefusedActions: string[];
}

export function roleFacts(definition: RoleDefinition): RoleFacts {
  const authorizationWriteDeleteActions = [
    ...new Set(
      definition.permissions.flatMap((permission) =>
        (permission.actions ?? []).filter((action) =>
          AUTHORIZATION_WRITES_AND_DELETES.some((target) => grantedExample([{actions: [action], notActions: permission.notActions}], target) !== null),
        ),
      ),
    ),
  ];
  return {
    roleDefinitionId: definition.roleDefinitionId.toLowerCase(),
    roleName: definition.roleName,
    hasDataActions: definition.permissions.some((p) => (p.dataActions ?? []).length > 0),
    authorizationWriteDeleteActions,
    lighthouseRefusedActions: LIGHTHOUSE_REFUSED_ACTIONS.filter((action) => grantsAll(definition.permissions, action)),
  };
}

// --- Reading a source, writing the data file -----------------------------------------------

interface ArmRoleDefinition {
  name?: string;
  roleName?: string;
  roleType?: string;
  permissions?: RolePermission[];
  properties?: {roleName?: string; type?: string; roleType?: string; permissions?: RolePermission[]};
}

/**
 * Built-in role definitions from any of: the ARM roleDefinitions list (`{value: [...]}`), the
 * Azure CLI's `az role definition list` (an array), or the Azure Verified Modules cache
 * (`{locals: {role_definitions_cached: {value: [...]}}}`).
 */
export function readRoleDefinitions(source: unknown): RoleDefinition[] {
  const s = source as {value?: unknown; locals?: {role_definitions_cached?: {value?: unknown}}};
  const list = Array.isArray(source) ? source : (s.locals?.role_definitions_cached?.value ?? s.value);
  if (!Array.isArray(list)) throw new Error('No list of role definitions found');
  return (list as ArmRoleDefinition[])
    .map((raw) => {
      const props = raw.properties ?? raw;
      const type = raw.properties?.type ?? raw.properties?.roleType ?? raw.roleType;
      return {type, roleDefinitionId: (raw.name ?? '').toLowerCase(), roleName: props.roleName ?? '', permissions: props.permissions};
    })
    .filter((d) => d.type === undefined || d.type === 'BuiltInRole')
    .map(({roleDefinitionId, roleName, permissions}) => {
      if (!/^[0-9a-f-]{36}$/.test(roleDefinitionId)) throw new Error(`Role "${roleName}" has no GUID name`);
      // A list of names alone would make every role look free of DataActions.
      if (!Array.isArray(permissions)) throw new Error(`Role "${roleName}" has no permissions in this source`);
      return {roleDefinitionId, roleName, permissions};
    });
}

export interface RoleDataSource {
  repository: string;
  path: string;
  commit: string;
}

export interface RoleDataFile {
  source: RoleDataSource;
  /** When the source took the definitions (YYYY-MM-DD). */
  takenOn: string;
  lighthouseRule: {page: string; refusedActions: readonly string[]};
  roles: RoleFacts[];
  /** Wanted roles the source has no definition for. */
  missing: Array<{roleDefinitionId: string; roleName: string}>;
}

export const LIGHTHOUSE_RULE_PAGE = 'https://learn.microsoft.com/azure/lighthouse/concepts/tenants-users-roles';

export function deriveRoleData(
  definitions: readonly RoleDefinition[],
  wanted: ReadonlyArray<{roleDefinitionId: string; roleName: string}>,
  source: RoleDataSource,
  takenOn: string,
): RoleDataFile {
  const byId = new Map(definitions.map((d) => [d.roleDefinitionId.toLowerCase(), d]));
  const wantedById = new Map(wanted.map((w) => [w.roleDefinitionId.toLowerCase(), w.roleName]));
  const ids = [...wantedById.keys()];
  return {
    source,
    takenOn,
    lighthouseRule: {page: LIGHTHOUSE_RULE_PAGE, refusedActions: LIGHTHOUSE_REFUSED_ACTIONS},
    roles: ids
      .flatMap((id) => (byId.has(id) ? [roleFacts(byId.get(id)!)] : []))
      .sort((a, b) => a.roleName.localeCompare(b.roleName, 'en') || a.roleDefinitionId.localeCompare(b.roleDefinitionId)),
    missing: ids.filter((id) => !byId.has(id)).map((id) => ({roleDefinitionId: id, roleName: wantedById.get(id)!})),
  };
}
