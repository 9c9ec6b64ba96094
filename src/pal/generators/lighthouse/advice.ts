/**
 * What the Lighthouse generator warns about (roles Lighthouse refuses, a delegation that earns no
 * partner earned credit) and notes, from the authorisations as they stand.
 */
import {REGISTRATION_ASSIGNMENT_DELETE_ROLE, ROLE_DATA, lighthouseRole, type LighthouseRoleOption} from '../../lighthouseRoles';
import type {AdvisedAuthorizations, LighthouseAuthorization, LighthouseInput} from './options';

const PEC_REMINDER =
  'Partner earned credit on delegated resources needs a PAL-linked identity of your managing tenant with a PEC-eligible role in a permanent authorisation. Just-in-time (eligible) authorisations do not count.';

function roleWarnings(roles: LighthouseRoleOption[], eligible: boolean): string[] {
  const where = eligible ? 'an eligible (just-in-time) authorisation' : 'a Lighthouse authorisation';
  const seen = new Set<string>();
  const warnings: string[] = [];
  for (const role of roles) {
    if (seen.has(role.roleId)) continue;
    seen.add(role.roleId);
    switch (role.lighthouse) {
      case 'not-supported':
        warnings.push(`${role.roleName} is not allowed in ${where}: the deployment fails. Contributor is PEC eligible and allowed.`);
        break;
      case 'managed-identities-only':
        warnings.push(
          eligible
            ? `User Access Administrator cannot be used in an eligible authorisation.`
            : 'User Access Administrator is allowed only to assign roles to managed identities, and then needs delegatedRoleDefinitionIds listing the roles it may assign. This generator does not write them: add them to that authorisation by hand, or pick another role.',
        );
        break;
      case 'data-actions':
        warnings.push(`${role.roleName} has DataActions, which Lighthouse does not allow in ${where}: the deployment fails.`);
        break;
      case 'authorization-actions':
        warnings.push(
          `${role.roleName} can write or delete role assignments, role definitions, locks or deny assignments (Microsoft.Authorization), which Lighthouse does not allow in ${where}: the deployment fails.`,
        );
        break;
      case 'unchecked':
        warnings.push(
          `${role.roleName} is not in the role data this site took from Microsoft's built-in role definitions on ${ROLE_DATA.takenOn}, so we cannot tell whether Lighthouse allows it in ${where}. ` +
            'Check its definition in "Azure built-in roles" first: with DataActions, or with write or delete actions on Microsoft.Authorization, the deployment fails.',
        );
        break;
      default:
        break;
    }
  }
  return warnings;
}

/**
 * Warnings and notes for the authorisations as they stand, whether or not every field is valid
 * yet: entries without a known role are left out. The form shows them while the reader types.
 */
export function adviseLighthouse(input: Pick<LighthouseInput, 'authorizations' | 'eligibleAuthorizations'>): {warnings: string[]; notes: string[]} {
  const known = <T extends LighthouseAuthorization>(entries: T[], what: string) =>
    entries.flatMap((entry, index) => {
      const role = lighthouseRole(entry.roleId.trim());
      return role
        ? [{...entry, principalId: entry.principalId.trim().toLowerCase(), displayName: entry.displayName.trim() || `${what} ${index + 1}`, roleId: role.roleId, role}]
        : [];
    });
  return analyse({
    authorizations: known(input.authorizations, 'Authorisation'),
    eligible: known(input.eligibleAuthorizations, 'Eligible authorisation').map((entry) => ({
      ...entry,
      maximumActivationDuration: entry.maximumActivationDuration.trim().toUpperCase(),
      approvers: entry.approvers.map((a) => ({...a, principalId: a.principalId.trim().toLowerCase()})),
    })),
  });
}

function analyse(c: AdvisedAuthorizations): {warnings: string[]; notes: string[]} {
  const warnings: string[] = [];
  const notes: string[] = [];

  const usableForPec = (role: LighthouseRoleOption) => role.eligibility === 'eligible' && role.lighthouse === 'supported';
  if (!c.authorizations.some((auth) => usableForPec(auth.role))) {
    const onlyJit = c.eligible.some((auth) => usableForPec(auth.role));
    warnings.push(
      'No permanent authorisation has a PEC-eligible role that Lighthouse allows, so this delegation earns no partner earned credit. ' +
        'Give your PAL-linked identity (for example the linked automation service principal) a role such as Contributor in the permanent authorisations.' +
        (onlyJit ? ' A PEC-eligible role in an eligible (just-in-time) authorisation does not count.' : ''),
    );
  }

  warnings.push(...roleWarnings(c.authorizations.map((auth) => auth.role), false));
  warnings.push(...roleWarnings(c.eligible.map((auth) => auth.role), true).filter((w) => !warnings.includes(w)));

  const pairs = new Set<string>();
  for (const auth of c.authorizations) {
    const key = `${auth.principalId}/${auth.roleId}`;
    if (pairs.has(key)) warnings.push(`${auth.displayName} is given ${auth.role.roleName} twice: keep one of the two authorisations.`);
    pairs.add(key);
  }

  const permanentPrincipals = new Set(c.authorizations.map((auth) => auth.principalId));
  const policies = new Map<string, string>();
  for (const auth of c.eligible) {
    if (!permanentPrincipals.has(auth.principalId)) {
      warnings.push(
        `${auth.displayName} has an eligible authorisation but no permanent one. Add a permanent authorisation with Reader (or another role that includes read access) for the same principal, or they cannot activate the role in the Azure portal.`,
      );
    }
    const policy = JSON.stringify([auth.maximumActivationDuration, auth.requireMfa, auth.approvers.map((a) => a.principalId).sort()]);
    const earlier = policies.get(auth.roleId);
    if (earlier !== undefined && earlier !== policy) {
      warnings.push(`Eligible authorisations for ${auth.role.roleName} must all have the same access policy (duration, MFA and approvers).`);
    }
    policies.set(auth.roleId, policy);
  }

  notes.push(PEC_REMINDER);
  if (!c.authorizations.some((auth) => auth.roleId === REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleDefinitionId)) {
    notes.push(
      `No authorisation has the ${REGISTRATION_ASSIGNMENT_DELETE_ROLE.roleName}, so only the customer can remove the delegation. Microsoft recommends including it.`,
    );
  }
  if (c.eligible.length > 0) {
    notes.push(
      'Eligible authorisations work for users and groups only, not service principals, and need a Microsoft Entra ID Governance (or P2) licence in your managing tenant.',
    );
  }
  notes.push(
    `What the role list says about Lighthouse comes from Microsoft's published built-in role definitions as they were on ${ROLE_DATA.takenOn}: DataActions, and write or delete actions on Microsoft.Authorization. ` +
      'Microsoft can add DataActions to a role later, and Lighthouse then refuses it in new delegations: check a role\'s definition in "Azure built-in roles" before you rely on it.',
  );
  return {warnings: [...new Set(warnings)], notes};
}

