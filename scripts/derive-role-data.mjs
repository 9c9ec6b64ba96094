// Writes src/pal/role-definitions.json: for every role of the PEC table (src/pal/pec-roles.json)
// and the Managed Services Registration Assignment Delete Role, whether its built-in definition
// has DataActions and which write or delete actions on Microsoft.Authorization it grants. The
// Lighthouse generator reads that file (src/pal/lighthouseRoles.ts); the logic is in
// src/pal/roleDefinitionFacts.ts.
//
// Source: Microsoft's Azure Verified Modules cache of the built-in role definitions, as returned
// by the ARM roleDefinitions API. Its later commits keep only names, so check out the last one
// that has the permissions:
//
//   git clone https://github.com/Azure/terraform-azure-avm-utl-roledefinitions /tmp/avm-roles
//   git -C /tmp/avm-roles checkout e6e4fc858bb007a41d5a0860b1654042717f8f95
//   node scripts/derive-role-data.mjs /tmp/avm-roles
//
// A fresher source works too: `az role definition list > roles.json` (or the ARM list) and
//   node scripts/derive-role-data.mjs roles.json --repository <where it came from> --commit <id or "none"> --taken-on YYYY-MM-DD
// (--out <file> writes elsewhere, for tests.)
import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {transform} from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_REPOSITORY = 'Azure/terraform-azure-avm-utl-roledefinitions';
const CACHE_PATH = 'modules/cached-data/role_definitions.tf.json';
// Not in the PEC table, but the generator offers it (see REGISTRATION_ASSIGNMENT_DELETE_ROLE).
const DELETE_ROLE = {roleDefinitionId: '91c1777a-f3dc-4fae-b103-61d183457e46', roleName: 'Managed Services Registration Assignment Delete Role'};

function usage(message) {
  console.error(`${message}\nUsage: node scripts/derive-role-data.mjs <checkout-or-json-file> [--repository owner/name] [--commit sha] [--taken-on YYYY-MM-DD] [--out file]`);
  process.exit(2);
}

async function loadFacts() {
  const source = readFileSync(join(root, 'src/pal/roleDefinitionFacts.ts'), 'utf8');
  const {code} = await transform(source, {loader: 'ts', format: 'esm', target: 'node20'});
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function options(argv) {
  const [input, ...rest] = argv;
  if (!input) usage('Give the checkout (or JSON file) to read.');
  const named = {};
  for (let i = 0; i < rest.length; i += 2) {
    const key = rest[i]?.replace(/^--/, '');
    if (!['repository', 'commit', 'taken-on', 'out'].includes(key) || rest[i + 1] === undefined) usage(`Unknown or empty option ${rest[i]}`);
    named[key] = rest[i + 1];
  }
  return {input, ...named};
}

function git(dir, ...args) {
  return execFileSync('git', ['-C', dir, ...args], {encoding: 'utf8'}).trim();
}

const opts = options(process.argv.slice(2));
if (!existsSync(opts.input)) usage(`${opts.input} does not exist.`);
const isCheckout = statSync(opts.input).isDirectory();
const file = isCheckout ? join(opts.input, CACHE_PATH) : opts.input;
if (!existsSync(file)) usage(`${file} does not exist.`);

const commit = opts.commit ?? (isCheckout ? git(opts.input, 'rev-parse', 'HEAD') : usage('Give --commit for a JSON file.'));
// The day the source took the definitions: the commit's date, unless given.
const takenOn = opts['taken-on'] ?? (isCheckout ? git(opts.input, 'log', '-1', '--format=%cs', 'HEAD') : usage('Give --taken-on for a JSON file.'));
if (!/^\d{4}-\d{2}-\d{2}$/.test(takenOn)) usage(`--taken-on ${takenOn} is not YYYY-MM-DD.`);

const {readRoleDefinitions, deriveRoleData} = await loadFacts();
const definitions = readRoleDefinitions(JSON.parse(readFileSync(file, 'utf8')));
const pecTable = JSON.parse(readFileSync(join(root, 'src/pal/pec-roles.json'), 'utf8'));
const wanted = [...pecTable.roles.map(({roleDefinitionId, roleName}) => ({roleDefinitionId, roleName})), DELETE_ROLE];

const data = deriveRoleData(
  definitions,
  wanted,
  {repository: opts.repository ?? DEFAULT_REPOSITORY, path: isCheckout ? CACHE_PATH : opts.input.split('/').pop(), commit},
  takenOn,
);
const out = opts.out ?? join(root, 'src/pal/role-definitions.json');
writeFileSync(out, `${JSON.stringify(data, null, 1)}\n`);

const refused = data.roles.filter((r) => r.hasDataActions || r.lighthouseRefusedActions.length > 0);
console.log(`${out}: ${data.roles.length} roles from ${definitions.length} definitions, ${refused.length} refused by Lighthouse, ${data.missing.length} missing.`);
for (const role of data.missing) console.log(`  missing: ${role.roleName} (${role.roleDefinitionId})`);
