import {AuthorizationManagementClient} from '@azure/arm-authorization';
import {SubscriptionClient} from '@azure/arm-resources-subscriptions';
import type {AuthenticationResult} from '@azure/msal-browser';
import {roleIdFrom} from '../../pal/roles';
import type {RoleAssignment, Subscription} from '../../pal/types';
import {armCall, clientOptions, credentialFrom, pagedClientOptions} from './armCall';

/** Loaded only by the PAL doctor: role assignments need the larger authorization client. */

/** The SDK's URL template is `/{scope}/providers/…`: the scope goes in without its leading slash. */
function scopeParameter(scope: string): string {
  return scope.replace(/^\/+/, '');
}

function subscriptionOf(scope: string): string {
  const match = scope.match(/^\/subscriptions\/([^/]+)/i);
  // The client wants a subscription ID even for scope-based calls that do not use it.
  return match ? match[1] : '00000000-0000-0000-0000-000000000000';
}

export async function listSubscriptions(token: AuthenticationResult): Promise<Subscription[]> {
  const client = new SubscriptionClient(credentialFrom(token), pagedClientOptions);
  return armCall('list-subscriptions', async (abortSignal) => {
    const found: Subscription[] = [];
    for await (const sub of client.subscriptions.list({abortSignal})) {
      if (!sub.subscriptionId) continue;
      found.push({subscriptionId: sub.subscriptionId, displayName: sub.displayName, state: sub.state, tenantId: sub.tenantId});
    }
    return found;
  });
}

export async function listRoleAssignments(
  token: AuthenticationResult,
  scope: string,
  objectId: string,
): Promise<RoleAssignment[]> {
  const client = new AuthorizationManagementClient(credentialFrom(token), subscriptionOf(scope), clientOptions);
  return armCall('list-role-assignments', async (abortSignal) => {
    const found: RoleAssignment[] = [];
    // assignedTo() also returns assignments held by groups the principal belongs to.
    for await (const item of client.roleAssignments.listForScope(scopeParameter(scope), {filter: `assignedTo('${objectId}')`, abortSignal})) {
      if (!item.roleDefinitionId || !item.scope || !item.principalId) continue;
      found.push({
        roleId: roleIdFrom(item.roleDefinitionId),
        scope: item.scope,
        principalId: item.principalId,
        principalType: item.principalType,
      });
    }
    return found;
  });
}

export async function readRoleName(token: AuthenticationResult, scope: string, roleId: string): Promise<string | undefined> {
  const client = new AuthorizationManagementClient(credentialFrom(token), subscriptionOf(scope), clientOptions);
  const definition = await armCall('read-role-definition', (abortSignal) => client.roleDefinitions.get(scopeParameter(scope), roleId, {abortSignal}));
  return definition.roleName;
}
