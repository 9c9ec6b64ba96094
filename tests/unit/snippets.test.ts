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

// Each suite also asserts a minimum count: a suite of zero blocks would pass, and the pages hold
// at least this many.
const DATA_SUITES: Array<{title: string; language: string; blocks: CodeBlock[]; atLeast: number; check: (code: string) => SnippetProblem[]}> = [
  {title: 'yaml snippets parse, and workflows may request an OIDC token', language: 'yaml', blocks: yaml, atLeast: 4, check: checkYaml},
  {title: 'json snippets are strict JSON, and ARM templates are complete', language: 'json', blocks: json, atLeast: 8, check: checkJson},
  {title: 'powershell snippets have balanced quotes and brackets', language: 'powershell', blocks: powershell, atLeast: 15, check: checkPowerShellBalance},
];

for (const {title, language, blocks: suite, atLeast, check} of DATA_SUITES) {
  describe(title, () => {
    it(`finds the ${language} blocks on the pages`, () => {
      expect(suite.length).toBeGreaterThanOrEqual(atLeast);
    });

    for (const block of suite) {
      it(name(block), () => {
        expect(report(block, check(block.code))).toEqual([]);
      });
    }
  });
}
