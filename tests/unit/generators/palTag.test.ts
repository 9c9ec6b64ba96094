import {describe, expect, it} from 'vitest';
import {generatePalTagScript, palTagRoleOptions, splitResourceGroups, type PalTagInput} from '../../../src/pal/generators/palTag';
import {CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID, READER_ROLE_ID, SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID} from '../../../src/pal/lighthouseRoles';
import {PAL_TAG_BASE} from '../../snippets/generatedSnippets';
import {SAMPLE_VALUES} from '../../snippets/docsSnippets';

function script(overrides: Partial<PalTagInput> = {}): {content: string; fileName: string; warnings: string[]; notes: string[]} {
  const result = generatePalTagScript({...PAL_TAG_BASE, ...overrides});
  expect(result.problems).toEqual({});
  expect(result.missing).toEqual([]);
  const [file] = result.output!.files;
  return {content: file.content, fileName: file.fileName, warnings: result.output!.warnings, notes: result.output!.notes};
}

/** The array of scopes the script assigns the role at. */
function scopes(content: string): string[] {
  const block = /SCOPES=\(\n([\s\S]*?)\n\)/.exec(content)![1];
  return block.split('\n').map((line) => line.trim().replace(/^"|"$/g, ''));
}

describe('generatePalTagScript: the procedure of the page, in order', () => {
  const {content, fileName} = script();

  it('is one strict bash script named after the partner', () => {
    expect(fileName).toBe('pal-tag-contoso-consulting.sh');
    expect(content.split('\n')[0]).toBe('#!/usr/bin/env bash');
    expect(content).toContain('\nset -euo pipefail\n');
    expect(content).toContain(`PARTNER_ID="${SAMPLE_VALUES.partnerId}"`);
    expect(content).toContain(`TENANT_ID="${SAMPLE_VALUES.tenantId}"`);
    expect(content).toContain('SP_NAME="pal-${PARTNER_NAME}"');
  });

  it('creates the app and service principal, a short-lived secret, a token, the link, checks it, deletes the secret, assigns the role', () => {
    const steps = [
      'az login --tenant "$TENANT_ID" --allow-no-subscriptions',
      `az ad app list --filter "displayName eq '\${SP_NAME}'"`,
      'az ad app create --display-name "$SP_NAME" --sign-in-audience AzureADMyOrg',
      'az ad sp create --id "$APP_ID"',
      'az ad app credential reset --id "$APP_ID" --append',
      '--data-urlencode "grant_type=client_credentials"',
      'pal_api GET "${PAL_URL}?api-version=${API_VERSION}"',
      'pal_api PUT "${PAL_URL}/${PARTNER_ID}?api-version=${API_VERSION}"',
      'echo "6. Read the link back"',
      '.state == "Active"',
      'echo "7. Delete the temporary secret"\nremove_secret',
      'az role assignment create',
    ];
    let from = 0;
    for (const step of steps) {
      const at = content.indexOf(step, from);
      expect(at, `"${step}" after the previous step`).toBeGreaterThan(-1);
      from = at;
    }
    expect(content).toContain('API_VERSION="2018-02-01"');
    expect(content).toContain('"https://login.microsoftonline.com/${TENANT_ID}/oauth2/v2.0/token"');
    expect(content).toContain('--data-urlencode "scope=https://management.azure.com/.default"');
    expect(content).toContain('date -u -d "+${SECRET_HOURS} hours"');
    expect(content).toContain('SECRET_HOURS=2');
  });

  it('deletes the secret on any exit, not only at the end', () => {
    expect(content).toContain('trap cleanup EXIT');
    expect(content).toMatch(/cleanup\(\) \{\n  if ! remove_secret; then/);
    expect(content).toContain('az ad app credential delete --id "$APP_ID" --key-id "$KEY_ID"');
  });

  it('never prints the secret or the token, nor puts them on a command line', () => {
    const lines = content.split('\n');
    const mentions = lines.filter((line) => /CLIENT_SECRET|ACCESS_TOKEN/.test(line));
    for (const line of mentions) {
      expect(line, line).not.toMatch(/^\s*echo\b/);
      expect(line, line).not.toMatch(/curl .*\$(CLIENT_SECRET|\{CLIENT_SECRET\}|ACCESS_TOKEN|\{ACCESS_TOKEN\})/);
    }
    expect(content).toContain('printf \'%s\' "$CLIENT_SECRET" | curl');
    expect(content).toContain('--data-urlencode "client_secret@-"');
    expect(content).toContain('printf \'Authorization: Bearer %s\\n\' "$ACCESS_TOKEN" | curl');
    expect(content).not.toMatch(/set -x/);
  });

  it('reads before it writes and never moves a link to another ID', () => {
    expect(content).toContain('Left unchanged: agree the change with the customer first.');
    expect(content).not.toMatch(/pal_api PATCH|pal_api DELETE/);
  });

  it('assigns Support Request Contributor by its ID at the subscription by default', () => {
    expect(content).toContain(`ROLE_ID="${SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID}"`);
    expect(content).toContain('ROLE_NAME="Support Request Contributor"');
    expect(content).toContain('--assignee-principal-type ServicePrincipal');
    expect(scopes(content)).toEqual([`/subscriptions/${SAMPLE_VALUES.subscriptionId}`]);
  });
});

describe('generatePalTagScript: scopes, roles and secret lifetime', () => {
  it('assigns at each resource group, and at whole subscriptions without any', () => {
    const other = '8d3c5a1e-6f2b-4c7d-9e40-000000000021';
    const {content} = script({
      subscriptions: [
        {subscriptionId: SAMPLE_VALUES.subscriptionId, resourceGroups: 'rg-payments-prod, rg-payments-shared rg-payments-prod'},
        {subscriptionId: other.toUpperCase(), resourceGroups: ''},
      ],
    });
    expect(scopes(content)).toEqual([
      `/subscriptions/${SAMPLE_VALUES.subscriptionId}/resourceGroups/rg-payments-prod`,
      `/subscriptions/${SAMPLE_VALUES.subscriptionId}/resourceGroups/rg-payments-shared`,
      `/subscriptions/${other}`,
    ]);
    expect(content).toContain('holding Support Request Contributor at 3 scopes');
  });

  it('assigns at a management group', () => {
    const {content, notes} = script({scopeKind: 'management-group', managementGroupId: 'mg-contoso-landingzones'});
    expect(scopes(content)).toEqual(['/providers/Microsoft.Management/managementGroups/mg-contoso-landingzones']);
    expect(notes.join(' ')).toMatch(/every subscription below it/);
  });

  it('takes another PEC-eligible role, with a note or a warning', () => {
    const contributor = script({roleId: CONTRIBUTOR_ROLE_ID});
    expect(contributor.content).toContain(`ROLE_ID="${CONTRIBUTOR_ROLE_ID}"`);
    expect(contributor.warnings).toEqual([]);
    expect(contributor.notes.join(' ')).toMatch(/least-privilege/);
    expect(script({roleId: OWNER_ROLE_ID}).warnings).toEqual([expect.stringMatching(/Owner lets whoever controls this principal/)]);
  });

  it('offers PEC-eligible roles only, Support Request Contributor first', () => {
    const options = palTagRoleOptions();
    expect(options[0].roleName).toBe('Support Request Contributor');
    expect(options.some((role) => role.roleId === READER_ROLE_ID)).toBe(false);
    expect(options.length).toBe(98);
  });

  it('writes the secret lifetime', () => {
    expect(script({secretHours: '8'}).content).toContain('SECRET_HOURS=8');
  });

  it('splits resource group lists on commas, semicolons and spaces', () => {
    expect(splitResourceGroups(' rg-a,rg-b ; rg-c  rg-d,')).toEqual(['rg-a', 'rg-b', 'rg-c', 'rg-d']);
  });
});

describe('generatePalTagScript: refused and missing input', () => {
  it('reports missing values', () => {
    const result = generatePalTagScript({...PAL_TAG_BASE, partnerName: '', partnerId: '', tenantId: '', subscriptions: [{subscriptionId: '', resourceGroups: ''}]});
    expect(result.output).toBeNull();
    expect(result.missing).toEqual(['partnerName', 'partnerId', 'tenantId', 'sub.0.subscriptionId']);
  });

  it('refuses invalid values with clear messages', () => {
    const result = generatePalTagScript({
      ...PAL_TAG_BASE,
      partnerName: 'Contoso Consulting',
      partnerId: '4567-891',
      tenantId: 'contoso.onmicrosoft.com',
      roleId: READER_ROLE_ID,
      secretHours: '48',
      subscriptions: [{subscriptionId: 'sub-1', resourceGroups: 'rg ok, rg$bad'}],
    });
    expect(result.output).toBeNull();
    expect(result.problems.partnerName).toMatch(/lower-case letters, digits and single hyphens/);
    expect(result.problems.partnerId).toMatch(/digits only/);
    expect(result.problems.tenantId).toMatch(/Tenant ID is a GUID/);
    expect(result.problems.roleId).toMatch(/PEC-eligible/);
    expect(result.problems.secretHours).toMatch(/1 to 24 whole hours/);
    expect(result.problems['sub.0.subscriptionId']).toMatch(/Subscription ID is a GUID/);
    expect(result.problems['sub.0.resourceGroups']).toMatch(/"rg\$bad" is not a resource group name/);
  });

  it('needs a management group ID or at least one subscription', () => {
    expect(generatePalTagScript({...PAL_TAG_BASE, scopeKind: 'management-group', managementGroupId: ''}).missing).toEqual(['managementGroupId']);
    expect(generatePalTagScript({...PAL_TAG_BASE, scopeKind: 'management-group', managementGroupId: 'Landing Zones'}).problems.managementGroupId).toMatch(
      /management group ID/,
    );
    expect(generatePalTagScript({...PAL_TAG_BASE, subscriptions: []}).problems.subscriptions).toMatch(/at least one/);
  });

  it('takes an upper-case partner name as lower case', () => {
    expect(script({partnerName: 'Contoso-Consulting'}).fileName).toBe('pal-tag-contoso-consulting.sh');
  });
});
