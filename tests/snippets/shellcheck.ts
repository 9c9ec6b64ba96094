/** Runs shellcheck over bash snippets, all in one call. */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export interface ShellcheckFinding {
  /** 1-based line in the snippet. */
  line: number;
  message: string;
}

interface Json1 {
  comments: Array<{file: string; line: number; column: number; level: string; code: number; message: string}>;
}

/** How to get shellcheck; npm has no package that ships it (the `shellcheck` package downloads it at run time). */
export const INSTALL_SHELLCHECK = '`sudo apt-get install shellcheck` (Debian/Ubuntu) or `brew install shellcheck` (macOS)';

export type ShellcheckFound = {installed: true; version: string} | {installed: false; problem: string};

/** Looks for a shellcheck that runs, on the PATH. */
export function findShellcheck(): ShellcheckFound {
  const result = spawnSync('shellcheck', ['--version'], {encoding: 'utf8'});
  if (result.error || result.status !== 0) {
    return {installed: false, problem: result.error?.message ?? `shellcheck --version exited with ${result.status}`};
  }
  return {installed: true, version: /version: (\S+)/.exec(result.stdout)?.[1] ?? 'unknown'};
}

/** Throws a clear error when shellcheck is not installed: the bash snippets cannot be checked without it. */
export function requireShellcheck(): string {
  const found = findShellcheck();
  if (!found.installed) {
    throw new Error(
      'shellcheck is not installed (or does not run), so the bash snippets cannot be checked. ' +
        `Install it: ${INSTALL_SHELLCHECK}; .ci/run installs it. (${found.problem})`,
    );
  }
  return found.version;
}

/**
 * Whether the bash checks run: wherever shellcheck is installed, and always under CI (where a
 * missing shellcheck fails them). Elsewhere they are skipped, with a notice saying so and how
 * to install it, so that `npm test` passes on a machine with only Node and a browser.
 */
export function shellcheckPlan(env: NodeJS.ProcessEnv = process.env): {run: true} | {run: false; notice: string} {
  if (env.CI || findShellcheck().installed) return {run: true};
  return {
    run: false,
    notice:
      'SKIPPED: the bash snippet checks, because shellcheck is not installed here. ' +
      `Install it to run them: ${INSTALL_SHELLCHECK}. (Under CI they never skip: a missing shellcheck fails them.)`,
  };
}

/** The name of a suite of shellcheck checks; when the plan skips it, the name says why, and the notice is printed. */
export function shellcheckSuiteName(name: string, plan: ReturnType<typeof shellcheckPlan>): string {
  if (plan.run) return name;
  console.warn(plan.notice);
  return `${name} [skipped: shellcheck is not installed; install it with ${INSTALL_SHELLCHECK}]`;
}

/** Findings per snippet, in the order given. */
export function shellcheckSnippets(snippets: readonly string[]): ShellcheckFinding[][] {
  if (snippets.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'pal-snippets-'));
  try {
    const files = snippets.map((code, index) => {
      const file = join(dir, `snippet-${index}.sh`);
      writeFileSync(file, `${code}\n`);
      return file;
    });
    const result = spawnSync('shellcheck', ['--shell=bash', '--format=json1', ...files], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
    if (result.error) throw result.error;
    // 0: clean, 1: findings; anything else is shellcheck failing.
    if (result.status !== 0 && result.status !== 1) throw new Error(`shellcheck failed (exit ${result.status}): ${result.stderr}`);
    const {comments} = JSON.parse(result.stdout) as Json1;
    const findings: ShellcheckFinding[][] = snippets.map(() => []);
    for (const comment of comments) {
      findings[files.indexOf(comment.file)].push({
        line: comment.line,
        message: `SC${comment.code} (${comment.level}), column ${comment.column}: ${comment.message}`,
      });
    }
    return findings;
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}
