import pecTable from './pec-roles.json';
import type {RoleAssignment} from './types';

/**
 * PEC eligibility of Azure built-in roles, from the published Partner Center table
 * ("Azure roles eligible for partner earned credit"). A role absent from the table is
 * "not classified": we say so instead of guessing.
 */
export type Eligibility = 'eligible' | 'not-eligible' | 'not-classified';

export interface PecRole {
  roleDefinitionId: string;
  roleName: string;
  pecEligible: boolean;
}

export interface ClassifiedAssignment extends RoleAssignment {
  eligibility: Eligibility;
  /** True when the assignment is held by a group the principal belongs to. */
  viaGroup: boolean;
}

const byId = new Map<string, PecRole>(
  pecTable.roles.map((role) => [role.roleDefinitionId.toLowerCase(), role] as const),
);

export function allPecRoles(): readonly PecRole[] {
  return pecTable.roles;
}

/** `/subscriptions/…/providers/Microsoft.Authorization/roleDefinitions/<guid>` → `<guid>` */
export function roleIdFrom(roleDefinitionId: string): string {
  const parts = roleDefinitionId.split('/').filter(Boolean);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

export function lookupRole(roleId: string): PecRole | undefined {
  return byId.get(roleIdFrom(roleId));
}

export function eligibilityOf(roleId: string): Eligibility {
  const role = lookupRole(roleId);
  if (!role) return 'not-classified';
  return role.pecEligible ? 'eligible' : 'not-eligible';
}

/**
 * Classifies the assignments of one principal. `principalObjectId` tells direct assignments
 * from those inherited through a group (listed by `assignedTo()` under the group's ID).
 */
export function classifyAssignments(
  assignments: readonly RoleAssignment[],
  principalObjectId: string,
): ClassifiedAssignment[] {
  return assignments.map((assignment) => {
    const known = lookupRole(assignment.roleId);
    return {
      ...assignment,
      roleId: roleIdFrom(assignment.roleId),
      roleName: known?.roleName ?? assignment.roleName,
      eligibility: eligibilityOf(assignment.roleId),
      viaGroup: assignment.principalId.toLowerCase() !== principalObjectId.toLowerCase(),
    };
  });
}

export const ELIGIBILITY_LABEL: Record<Eligibility, string> = {
  eligible: 'Eligible',
  'not-eligible': 'Not eligible',
  'not-classified': 'Not classified',
};
