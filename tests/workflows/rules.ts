/**
 * Rules for .github/workflows: a job that runs npm (dependencies' install scripts, the build)
 * never sees a secret; only deploy jobs, which run no npm, may write; every action is pinned
 * to a commit; checkout leaves no token behind; installs follow the lock file.
 */
import {load} from 'js-yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

interface Job {
  permissions?: unknown;
  steps?: Step[];
  uses?: string;
  secrets?: unknown;
  [key: string]: unknown;
}

interface Workflow {
  permissions?: unknown;
  env?: unknown;
  jobs?: Record<string, Job>;
}

const PINNED = /^[\w.-]+\/[\w.\/-]+@[0-9a-f]{40}$/;
const NPM = /(^|[\s;&|(])(npm|npx)\s/m;
const NON_CI_INSTALL = /(^|[\s;&|(])npm\s+(install|i|add|update|up)(\s|$)/m;

function hasWrite(permissions: unknown): boolean {
  if (typeof permissions === 'string') return permissions === 'write-all';
  if (permissions && typeof permissions === 'object') return Object.values(permissions).some((value) => value === 'write');
  return false;
}

function readsSecrets(value: unknown): boolean {
  return /\bsecrets\s*\./.test(JSON.stringify(value ?? null)) || /\bsecrets\s*\[/.test(JSON.stringify(value ?? null));
}

export function runsNpm(job: Job): boolean {
  return (job.steps ?? []).some((step) => typeof step.run === 'string' && NPM.test(`${step.run}\n`));
}

/** A deploy job: named deploy…, and running no npm. */
export function isDeployJob(id: string, job: Job): boolean {
  return /^deploy/i.test(id) && !runsNpm(job);
}

/** Every problem in one workflow file, one line each; none means it follows the rules. */
export function workflowProblems(file: string, text: string): string[] {
  const workflow = load(text) as Workflow;
  const problems: string[] = [];
  const say = (where: string, problem: string) => problems.push(`${file}${where}: ${problem}`);

  if (workflow.permissions === undefined) say('', 'no top-level `permissions`: the token gets the repository default, which may be write');
  else if (hasWrite(workflow.permissions)) say('', 'write permission at workflow level: give it to the deploy job only');
  const workflowSecrets = readsSecrets(workflow.env);

  for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
    const where = ` job "${id}"`;
    const npm = runsNpm(job);
    if (npm && (readsSecrets(job) || workflowSecrets || job.secrets === 'inherit')) {
      say(where, 'runs npm and can read a secret: move the secret to a deploy job that runs no npm');
    }
    if (hasWrite(job.permissions) && !isDeployJob(id, job)) say(where, 'has a write permission but is not a deploy job (named deploy…, running no npm)');
    if (job.uses && !PINNED.test(job.uses) && !job.uses.startsWith('./')) say(where, `uses ${job.uses}: pin it to a full commit SHA`);
    let installed = false;
    for (const step of job.steps ?? []) {
      if (step.uses && !step.uses.startsWith('./') && !PINNED.test(step.uses)) say(where, `uses ${step.uses}: pin it to a full commit SHA`);
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false) {
        say(where, 'actions/checkout without `persist-credentials: false` leaves the token in .git/config for every later step');
      }
      if (npm && step.uses?.startsWith('actions/checkout@') && step.with?.['fetch-depth'] !== 0) {
        say(where, 'builds from a shallow checkout: add `fetch-depth: 0`, or every page shows the same "Last updated" date');
      }
      if (typeof step.run !== 'string') continue;
      if (NON_CI_INSTALL.test(step.run)) say(where, `installs with \`${step.run.trim().split('\n')[0]}\`: use \`npm ci\` (the lock file, nothing else)`);
      if (/(^|[\s;&|(])npm\s+ci(\s|$)/m.test(step.run)) installed = true;
      else if (NPM.test(`${step.run}\n`) && !installed) say(where, 'runs npm before `npm ci`');
    }
  }

  // The SHA says what runs; the comment says which release that is, for the reader and for updates.
  text.split('\n').forEach((line, index) => {
    const uses = line.match(/^\s*(?:-\s*)?uses:\s*(\S+)\s*(#.*)?$/);
    if (uses && !uses[1].startsWith('./') && !/^#\s*v\d/.test(uses[2] ?? '')) say(`:${index + 1}`, `uses ${uses[1]} without a "# vX.Y.Z" version comment`);
  });
  return problems;
}
