/** Checks for yaml and json snippets: they parse, and workflows and ARM templates have what they need. */
import {loadAll, YAMLException} from 'js-yaml';

export interface SnippetProblem {
  /** 1-based line in the snippet. */
  line: number;
  message: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function grantsIdToken(permissions: unknown): boolean {
  return permissions === 'write-all' || (isObject(permissions) && permissions['id-token'] === 'write');
}

/** A GitHub Actions workflow: `on`, `jobs`, and at least one job that `runs-on` a runner. */
export function isGitHubWorkflow(document: unknown): document is Json & {jobs: Json} {
  return (
    isObject(document) &&
    'on' in document &&
    isObject(document.jobs) &&
    Object.values(document.jobs).some((job) => isObject(job) && 'runs-on' in job)
  );
}

/**
 * Every job that runs on a runner must be able to ask for an OIDC token: its own permissions
 * (which replace the workflow's) or the workflow's must grant id-token: write.
 */
export function workflowProblems(workflow: Json & {jobs: Json}): string[] {
  const problems: string[] = [];
  for (const [name, job] of Object.entries(workflow.jobs)) {
    if (!isObject(job) || !('runs-on' in job)) continue;
    const effective = 'permissions' in job ? job.permissions : workflow.permissions;
    if (grantsIdToken(effective)) continue;
    const where = 'permissions' in job ? `job "${name}" sets permissions` : 'the workflow sets permissions';
    problems.push(
      effective === undefined
        ? `job "${name}" gets no id-token: write: add a permissions block with id-token: write (the default token permissions do not include it)`
        : `${where} without id-token: write, so job "${name}" cannot sign in to Azure with OIDC`,
    );
  }
  return problems;
}

export function checkYaml(code: string): SnippetProblem[] {
  let documents: unknown[];
  try {
    documents = loadAll(code);
  } catch (error) {
    if (error instanceof YAMLException) return [{line: (error.mark?.line ?? 0) + 1, message: `YAML does not parse: ${error.reason}`}];
    throw error;
  }
  return documents.filter(isGitHubWorkflow).flatMap((workflow) => workflowProblems(workflow).map((message) => ({line: 1, message})));
}

/** A JSON.parse error position as a 1-based line. */
function lineOfError(code: string, message: string): number {
  const lineColumn = /\(line (\d+) column \d+\)/.exec(message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /at position (\d+)/.exec(message);
  if (!position) return 1;
  return code.slice(0, Number(position[1])).split('\n').length;
}

export function isArmTemplate(document: unknown): document is Json {
  return isObject(document) && typeof document.$schema === 'string' && /deploymentTemplate/i.test(document.$schema);
}

export function armTemplateProblems(template: Json): string[] {
  const problems: string[] = [];
  if (typeof template.contentVersion !== 'string') problems.push('ARM template has no contentVersion');
  if (!Array.isArray(template.resources)) {
    problems.push('ARM template has no resources array');
    return problems;
  }
  template.resources.forEach((resource, index) => {
    if (!isObject(resource)) {
      problems.push(`ARM template resource ${index} is not an object`);
      return;
    }
    const name = typeof resource.type === 'string' ? `resource ${index} (${resource.type})` : `resource ${index}`;
    if (typeof resource.type !== 'string' || resource.type === '') problems.push(`ARM template ${name} has no type`);
    if (typeof resource.apiVersion !== 'string' || resource.apiVersion === '') problems.push(`ARM template ${name} has no apiVersion`);
  });
  return problems;
}

export function checkJson(code: string): SnippetProblem[] {
  let document: unknown;
  try {
    document = JSON.parse(code);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{line: lineOfError(code, message), message: `JSON does not parse: ${message}`}];
  }
  return isArmTemplate(document) ? armTemplateProblems(document).map((message) => ({line: 1, message})) : [];
}
