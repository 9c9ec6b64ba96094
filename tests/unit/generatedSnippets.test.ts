/**
 * The generators' files are checked like the docs snippets, with the same checkers: every
 * generator runs over a fixed set of inputs (every pipeline platform, tool, action and trigger),
 * and each file, and each script inside a pipeline, must pass the check for its language.
 */
import {beforeAll, describe, expect, it} from 'vitest';
import {checkJson, checkYaml, isArmTemplate, isGitHubWorkflow, type SnippetProblem} from '../snippets/dataChecks';
import {pageLine, type CodeBlock} from '../snippets/extractCodeBlocks';
import {generatedCodeBlocks} from '../snippets/generatedSnippets';
import {checkPowerShellBalance} from '../snippets/powershellBalance';
import {requireShellcheck, shellcheckPlan, shellcheckSnippets, shellcheckSuiteName, type ShellcheckFinding} from '../snippets/shellcheck';
import {load} from 'js-yaml';

const blocks = generatedCodeBlocks();
const of = (...languages: string[]) => blocks.filter((block) => languages.includes(block.language));
const bash = of('bash');
const yaml = of('yaml');
const json = of('json');
const powershell = of('powershell');

const name = (block: CodeBlock) => `${block.file} ${block.language}`;

function report(block: CodeBlock, problems: readonly SnippetProblem[]): string[] {
  return problems.map(({line, message}) => `${block.file}:${pageLine(block, line)}: ${message}`);
}

describe('generated files over the fixed inputs', () => {
  it('cover every language the generators write, and no reader placeholders are left', () => {
    expect(bash.length).toBeGreaterThan(100);
    expect(yaml.length).toBeGreaterThanOrEqual(108);
    expect(json.length).toBeGreaterThan(0);
    expect(powershell.length).toBeGreaterThan(0);
    expect(blocks.filter((block) => /<(partnerId|tenantId|clientId|subscriptionId|repository)>/.test(block.code)).map(name)).toEqual([]);
  });

  it('include GitHub workflows and ARM templates, so the stricter checks really run', () => {
    expect(yaml.filter((block) => isGitHubWorkflow(load(block.code))).length).toBeGreaterThanOrEqual(36);
    expect(json.filter((block) => isArmTemplate(JSON.parse(block.code))).length).toBeGreaterThanOrEqual(3);
  });
});

const shellcheck = shellcheckPlan();

describe.skipIf(!shellcheck.run)(shellcheckSuiteName('generated bash passes shellcheck -s bash', shellcheck), () => {
  let findings: ShellcheckFinding[][] = [];
  beforeAll(() => {
    requireShellcheck();
    findings = shellcheckSnippets(bash.map((block) => block.code));
  }, 120_000);

  bash.forEach((block, index) => {
    it(name(block), () => {
      expect(report(block, findings[index] ?? [])).toEqual([]);
    });
  });
});

describe('generated yaml parses, and workflows may request an OIDC token', () => {
  for (const block of yaml) {
    it(name(block), () => {
      expect(report(block, checkYaml(block.code))).toEqual([]);
    });
  }
});

describe('generated json is strict JSON, and ARM templates are complete', () => {
  for (const block of json) {
    it(name(block), () => {
      expect(report(block, checkJson(block.code))).toEqual([]);
    });
  }
});

describe('generated powershell has balanced quotes and brackets', () => {
  for (const block of powershell) {
    it(name(block), () => {
      expect(report(block, checkPowerShellBalance(block.code))).toEqual([]);
    });
  }
});
