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

/** Throws a clear error when shellcheck is not installed: the bash snippets cannot be checked without it. */
export function requireShellcheck(): string {
  const result = spawnSync('shellcheck', ['--version'], {encoding: 'utf8'});
  if (result.error || result.status !== 0) {
    throw new Error(
      'shellcheck is not installed (or does not run), so the bash snippets cannot be checked. ' +
        'Install it: `apt-get install shellcheck` on Debian/Ubuntu (CI does), or `brew install shellcheck`.' +
        (result.error ? ` (${result.error.message})` : ''),
    );
  }
  return /version: (\S+)/.exec(result.stdout)?.[1] ?? 'unknown';
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
