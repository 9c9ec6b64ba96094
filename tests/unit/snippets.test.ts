/**
 * Snippets are tested, not trusted: every fenced block in the docs, with the reader
 * placeholders filled in, must pass the check for its language. Failures name the page line.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {checkJson, checkYaml, type SnippetProblem} from '../snippets/dataChecks';
import {docsCodeBlocks} from '../snippets/docsSnippets';
import {pageLine, type CodeBlock} from '../snippets/extractCodeBlocks';
import {checkPowerShellBalance} from '../snippets/powershellBalance';
import {requireShellcheck, shellcheckPlan, shellcheckSnippets, shellcheckSuiteName, type ShellcheckFinding} from '../snippets/shellcheck';

const blocks = docsCodeBlocks();
const of = (...languages: string[]) => blocks.filter((block) => languages.includes(block.language));
const bash = of('bash', 'sh', 'shell');
const yaml = of('yaml', 'yml');
const json = of('json');
const powershell = of('powershell', 'pwsh', 'ps1');

const name = (block: CodeBlock) => `${block.file}:${block.fenceLine} ${block.language}${block.title ? ` "${block.title}"` : ''}`;

/** "docs/page.mdx:42: message", one line per problem. */
function report(block: CodeBlock, problems: readonly SnippetProblem[]): string[] {
  return problems.map(({line, message}) => `${block.file}:${pageLine(block, line)}: ${message}`);
}

describe('docs code blocks', () => {
  it('are found on the pages (the extraction works)', () => {
    expect(blocks.length).toBeGreaterThan(0);
    expect(bash.length).toBeGreaterThan(0);
    expect(yaml.length).toBeGreaterThan(0);
    expect(json.length).toBeGreaterThan(0);
    expect(powershell.length).toBeGreaterThan(0);
    expect(blocks.every((block) => !/<(partnerId|tenantId|clientId|subscriptionId|repository)>/.test(block.code))).toBe(true);
  });
});

const shellcheck = shellcheckPlan();

describe.skipIf(!shellcheck.run)(shellcheckSuiteName('bash snippets pass shellcheck -s bash', shellcheck), () => {
  let findings: ShellcheckFinding[][] = [];
  beforeAll(() => {
    requireShellcheck();
    findings = shellcheckSnippets(bash.map((block) => block.code));
  }, 60_000);

  it('shellcheck is installed', () => {
    expect(requireShellcheck()).toMatch(/\d/);
  });

  bash.forEach((block, index) => {
    it(name(block), () => {
      expect(report(block, findings[index] ?? [])).toEqual([]);
    });
  });
});

describe('yaml snippets parse, and workflows may request an OIDC token', () => {
  // A suite of zero blocks would pass: the pages hold more than this many.
  it('finds the yaml blocks on the pages', () => {
    expect(yaml.length).toBeGreaterThanOrEqual(4);
  });

  for (const block of yaml) {
    it(name(block), () => {
      expect(report(block, checkYaml(block.code))).toEqual([]);
    });
  }
});

describe('json snippets are strict JSON, and ARM templates are complete', () => {
  // A suite of zero blocks would pass: the pages hold more than this many.
  it('finds the json blocks on the pages', () => {
    expect(json.length).toBeGreaterThanOrEqual(8);
  });

  for (const block of json) {
    it(name(block), () => {
      expect(report(block, checkJson(block.code))).toEqual([]);
    });
  }
});

describe('powershell snippets have balanced quotes and brackets', () => {
  // A suite of zero blocks would pass: the pages hold more than this many.
  it('finds the powershell blocks on the pages', () => {
    expect(powershell.length).toBeGreaterThanOrEqual(15);
  });

  for (const block of powershell) {
    it(name(block), () => {
      expect(report(block, checkPowerShellBalance(block.code))).toEqual([]);
    });
  }
});
