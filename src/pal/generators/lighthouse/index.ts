/**
 * Azure Lighthouse offer generator: a subscription-level ARM template (registration definition
 * and registration assignment) with its parameters file, and the command that deploys it.
 *
 * It warns where the delegation would fail (roles Lighthouse refuses) or earn no partner earned
 * credit (no permanent authorisation with a PEC-eligible role).
 */
import {USER_ACCESS_ADMINISTRATOR_ROLE_ID, lighthouseRole} from '../../lighthouseRoles';
import {Checks, file, objectIdCheck, yourValueCheck, type Generated, type GeneratorResult} from '../common';
import {adviseLighthouse} from './advice';
import {deployScript, parametersFile, template} from './armFiles';
import {checkDuration, checkRole, checkText} from './fieldChecks';
import {MAX_APPROVERS, PARAMETERS_FILE, TEMPLATE_FILE, type CheckedLighthouse, type LighthouseField, type LighthouseInput, type LighthousePrincipal} from './options';

export * from './options';
export {adviseLighthouse} from './advice';

export function generateLighthouse(input: LighthouseInput): GeneratorResult<LighthouseField> {
  const checks = new Checks<LighthouseField>();
  const offerName = checks.take('offerName', input.offerName, checkText('offer name', 200)) ?? '';
  const description = checks.take('description', input.description, checkText('description', 500)) ?? '';
  const managedByTenantId = checks.take('managedByTenantId', input.managedByTenantId, yourValueCheck('tenantId')) ?? '';
  const subscriptionId = checks.take('subscriptionId', input.subscriptionId ?? '', yourValueCheck('subscriptionId'), false) ?? '';

  const principal = (prefix: string, entry: LighthousePrincipal) => ({
    principalId: checks.take(`${prefix}.principalId`, entry.principalId, objectIdCheck) ?? '',
    displayName: checks.take(`${prefix}.displayName`, entry.displayName, checkText('display name', 100)) ?? '',
  });

  if (input.authorizations.length === 0) checks.refuse('authorizations', 'Add at least one permanent authorisation.');
  const authorizations = input.authorizations.map((entry, index) => {
    const roleId = checks.take(`auth.${index}.roleId`, entry.roleId, checkRole) ?? '';
    return {...principal(`auth.${index}`, entry), roleId, role: lighthouseRole(roleId)!};
  });

  const eligible = input.eligibleAuthorizations.map((entry, index) => {
    const prefix = `eligible.${index}`;
    const roleId = checks.take(`${prefix}.roleId`, entry.roleId, checkRole) ?? '';
    if (roleId === USER_ACCESS_ADMINISTRATOR_ROLE_ID) {
      checks.refuse(`${prefix}.roleId`, 'User Access Administrator cannot be used in an eligible authorisation.');
    }
    if (entry.approvers.length > MAX_APPROVERS) {
      checks.refuse(`${prefix}.approvers`, `At most ${MAX_APPROVERS} approvers per eligible authorisation.`);
    }
    return {
      ...principal(prefix, entry),
      roleId,
      role: lighthouseRole(roleId)!,
      maximumActivationDuration: checks.take(`${prefix}.maximumActivationDuration`, entry.maximumActivationDuration, checkDuration) ?? '',
      requireMfa: entry.requireMfa,
      approvers: entry.approvers.map((approver, j) => principal(`${prefix}.approver.${j}`, approver)),
    };
  });

  return checks.result((): Generated => {
    const checked: CheckedLighthouse = {offerName, description, managedByTenantId, subscriptionId, authorizations, eligible};
    return {
      files: [
        file(
          'template',
          TEMPLATE_FILE,
          'json',
          'The ARM template, deployed at subscription level: a registration definition with your authorisations, and its assignment to the subscription.',
          template(checked),
        ),
        file('parameters', PARAMETERS_FILE, 'json', 'The parameters file: your offer, your managing tenant and the authorisations.', parametersFile(checked)),
        file('deploy', 'deploy-lighthouse-delegation.sh', 'bash', 'Deploys the delegation in the customer subscription.', deployScript(checked)),
      ],
      ...adviseLighthouse(input),
    };
  });
}
