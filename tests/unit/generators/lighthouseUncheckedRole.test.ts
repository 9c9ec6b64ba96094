import {describe, expect, it, vi} from 'vitest';
import {generateLighthouse} from '../../../src/pal/generators/lighthouse';
import {CONTRIBUTOR_ROLE_ID, ROLE_DATA, lighthouseRole} from '../../../src/pal/lighthouseRoles';
import type {RoleDataFile} from '../../../src/pal/roleDefinitionFacts';
import {LIGHTHOUSE_BASE} from '../../snippets/generatedSnippets';

// Role data as a later regeneration could leave it: Contributor's definition missing.
vi.mock('../../../src/pal/role-definitions.json', async (importOriginal) => {
  const data = ((await importOriginal()) as {default: RoleDataFile}).default;
  const contributor = 'b24988ac-6180-42a0-ab88-20f7382dd24c';
  return {
    default: {
      ...data,
      roles: data.roles.filter((facts) => facts.roleDefinitionId !== contributor),
      missing: [{roleDefinitionId: contributor, roleName: 'Contributor'}],
    },
  };
});

describe('a role of the PEC table without a definition in the role data', () => {
  it('is listed as unchecked, not as allowed', () => {
    expect(ROLE_DATA.missing).toHaveLength(1);
    expect(lighthouseRole(CONTRIBUTOR_ROLE_ID)?.lighthouse).toBe('unchecked');
    expect(lighthouseRole(CONTRIBUTOR_ROLE_ID)?.label).toBe('Contributor — PEC eligible (not in our role data: check it before using it in Lighthouse)');
  });

  it('gets a warning, and does not count as a PEC-eligible role Lighthouse allows', () => {
    const output = generateLighthouse(LIGHTHOUSE_BASE).output!;
    expect(output.warnings).toEqual([
      expect.stringMatching(/^No permanent authorisation has a PEC-eligible role that Lighthouse allows/),
      `Contributor is not in the role data this site took from Microsoft's built-in role definitions on ${ROLE_DATA.takenOn}, so we cannot tell whether Lighthouse allows it in a Lighthouse authorisation. ` +
        'Check its definition in "Azure built-in roles" first: with DataActions, or with write or delete actions on Microsoft.Authorization, the deployment fails.',
    ]);
  });
});
