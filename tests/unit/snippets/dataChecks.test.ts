import {describe, expect, it} from 'vitest';
import {checkJson, checkYaml} from '../../snippets/dataChecks';

const workflow = (permissions: string, jobPermissions = '') => `
name: Link PAL
on:
  push:
    branches: [main]
${permissions}
jobs:
  link:
    runs-on: ubuntu-latest
${jobPermissions}
    steps:
      - run: echo linked
`;

describe('checkYaml', () => {
  it('accepts YAML that is not a workflow', () => {
    expect(checkYaml('trigger:\n  - main\npool:\n  vmImage: ubuntu-latest\n')).toEqual([]);
  });

  it('reports a parse error with its line', () => {
    const [problem] = checkYaml('jobs:\n  link:\n    runs-on: [ubuntu\n    steps: x\n');
    expect(problem.message).toMatch(/^YAML does not parse: /);
    expect(problem.line).toBeGreaterThanOrEqual(3);
  });

  it('accepts a workflow whose permissions grant id-token: write', () => {
    expect(checkYaml(workflow('permissions:\n  id-token: write\n  contents: read'))).toEqual([]);
    expect(checkYaml(workflow('permissions: write-all'))).toEqual([]);
  });

  it('accepts job-level permissions that grant it', () => {
    expect(checkYaml(workflow('', '    permissions:\n      id-token: write'))).toEqual([]);
  });

  it('refuses a workflow without permissions', () => {
    expect(checkYaml(workflow(''))).toEqual([{line: 1, message: expect.stringMatching(/job "link" gets no id-token: write/)}]);
  });

  it('refuses permissions without id-token: write, and job permissions that replace the workflow ones', () => {
    expect(checkYaml(workflow('permissions:\n  contents: read'))).toEqual([
      {line: 1, message: expect.stringMatching(/the workflow sets permissions without id-token: write/)},
    ]);
    expect(checkYaml(workflow('permissions:\n  id-token: write', '    permissions:\n      contents: read'))).toEqual([
      {line: 1, message: expect.stringMatching(/job "link" sets permissions without id-token: write/)},
    ]);
    expect(checkYaml(workflow('permissions:\n  id-token: read'))).toHaveLength(1);
  });
});

const template = (resources: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources,
    ...extra,
  });

describe('checkJson', () => {
  it('accepts strict JSON', () => {
    expect(checkJson('{"partnerId": "4567891", "state": "Active"}')).toEqual([]);
  });

  it.each([
    ['a comment', '{\n  "a": 1 // one\n}'],
    ['an elision', '{\n  "a": 1,\n  ...\n}'],
    ['a trailing comma', '{\n  "a": 1,\n}'],
  ])('refuses %s, with the line', (_name, code) => {
    const [problem] = checkJson(code);
    expect(problem.message).toMatch(/^JSON does not parse: /);
    expect(problem.line).toBeGreaterThanOrEqual(2);
  });

  it('accepts a complete ARM template, also at subscription scope', () => {
    const resource = {type: 'Microsoft.ManagedServices/registrationDefinitions', apiVersion: '2022-10-01', name: 'x'};
    expect(checkJson(template([resource]))).toEqual([]);
    expect(checkJson(template([resource]).replace('deploymentTemplate', 'subscriptionDeploymentTemplate'))).toEqual([]);
  });

  it('reports what an ARM template lacks', () => {
    expect(checkJson(template([{type: 'Microsoft.Storage/storageAccounts'}, {apiVersion: '2023-01-01'}]))).toEqual([
      {line: 1, message: 'ARM template resource 0 (Microsoft.Storage/storageAccounts) has no apiVersion'},
      {line: 1, message: 'ARM template resource 1 has no type'},
    ]);
    expect(checkJson(template({}, {contentVersion: undefined}))).toEqual([
      {line: 1, message: 'ARM template has no contentVersion'},
      {line: 1, message: 'ARM template has no resources array'},
    ]);
  });

  it('does not treat a parameters file as a template', () => {
    const parameters = {$schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: {}};
    expect(checkJson(JSON.stringify(parameters))).toEqual([]);
  });
});
