/**
 * PAL-tagging script generator: one bash script that follows the dedicated PAL-tagging service
 * principal procedure end to end. It creates (or reuses) the app and its service principal, adds
 * a short-lived secret, gets a token with the client-credentials flow, reads the link and PUTs it
 * over REST, reads it back, deletes the secret, and assigns an eligible role at each scope.
 */
import {lookupRole} from '../../roles';
import {OWNER_ROLE_ID, SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID, USER_ACCESS_ADMINISTRATOR_ROLE_ID} from '../../roleIds';
import {Checks, file, yourValueCheck, type Generated, type GeneratorResult} from '../common';
import {checkHours, checkManagementGroup, checkPartnerName, checkResourceGroups, checkRole} from './fieldChecks';
import {scopesOf, splitResourceGroups, type PalTagField, type PalTagInput} from './options';
import {palTagScript} from './script';

export * from './options';

export function generatePalTagScript(input: PalTagInput): GeneratorResult<PalTagField> {
  const checks = new Checks<PalTagField>();
  const partnerName = checks.take('partnerName', input.partnerName, checkPartnerName) ?? '';
  const partnerId = checks.take('partnerId', input.partnerId, yourValueCheck('partnerId')) ?? '';
  const tenantId = checks.take('tenantId', input.tenantId, yourValueCheck('tenantId')) ?? '';
  const roleId = checks.take('roleId', input.roleId, checkRole) ?? '';
  const secretHours = checks.take('secretHours', input.secretHours, checkHours) ?? '';

  let managementGroupId = '';
  const subscriptions: Array<{subscriptionId: string; resourceGroups: string[]}> = [];
  if (input.scopeKind === 'management-group') {
    managementGroupId = checks.take('managementGroupId', input.managementGroupId, checkManagementGroup) ?? '';
  } else {
    if (input.subscriptions.length === 0) checks.refuse('subscriptions', 'Add at least one subscription.');
    input.subscriptions.forEach((entry, index) => {
      const subscriptionId = checks.take(`sub.${index}.subscriptionId`, entry.subscriptionId, yourValueCheck('subscriptionId')) ?? '';
      const groups = checks.take(`sub.${index}.resourceGroups`, entry.resourceGroups, checkResourceGroups, false);
      subscriptions.push({subscriptionId, resourceGroups: groups ? splitResourceGroups(groups) : []});
    });
  }

  return checks.result((): Generated => {
    const roleName = lookupRole(roleId)!.roleName;
    const scopes = scopesOf(input.scopeKind, subscriptions, managementGroupId);
    const warnings: string[] = [];
    const notes: string[] = [];
    if (roleId === OWNER_ROLE_ID || roleId === USER_ACCESS_ADMINISTRATOR_ROLE_ID) {
      warnings.push(
        `${roleName} lets whoever controls this principal change access to the customer's resources. It earns no more recognition than Support Request Contributor: ask for the smaller role.`,
      );
    } else if (roleId !== SUPPORT_REQUEST_CONTRIBUTOR_ROLE_ID) {
      notes.push(
        `Support Request Contributor is the least-privilege eligible role. ${roleName} gives the principal more rights for the same recognition; it has no credential, but anyone who later adds one gets those rights.`,
      );
    }
    if (input.scopeKind === 'management-group') {
      notes.push('One assignment at the management group covers every subscription below it, now and later. Make sure your influence is that wide.');
    }
    if (Number(secretHours) > 2) notes.push(`The secret lives ${secretHours} hours at most, and the script deletes it as soon as the link is made.`);
    notes.push('The script never prints the secret or the token, and passes both to curl on stdin so that they do not show in the process list.');
    return {
      files: [
        file(
          'script',
          `pal-tag-${partnerName}.sh`,
          'bash',
          "The whole procedure as one script, to run in the customer's tenant: principal, temporary secret, link, check, secret deleted, roles assigned.",
          palTagScript({partnerName, partnerId, tenantId, roleId, roleName, secretHours, scopes}),
        ),
      ],
      warnings,
      notes,
    };
  });
}
