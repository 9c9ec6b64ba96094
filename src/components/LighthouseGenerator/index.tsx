import React, {useRef, useState, type ReactNode} from 'react';
import {
  ACTIVATION_DURATIONS,
  MAX_APPROVERS,
  adviseLighthouse,
  generateLighthouse,
  type LighthouseField,
  type LighthouseInput,
} from '../../pal/generators/lighthouse';
import FieldsetUntilHydrated from '../FieldsetUntilHydrated';
import {CONTRIBUTOR_ROLE_ID, READER_ROLE_ID, lighthouseRoleOptions} from '../../pal/lighthouseRoles';
import {useStoredDefault} from '../../hooks/useStoredDefault';
import {AddButton, CheckboxField, RemoveButton, SelectField, TextField, patchRow, type SelectOption} from '../GeneratorKit/fields';
import {GeneratorFrame, GeneratorOutput} from '../GeneratorKit/output';
import generatorStyles from '../GeneratorKit/styles.module.css';
import styles from './styles.module.css';

interface Principal {
  key: number;
  principalId: string;
  displayName: string;
}

interface Authorisation extends Principal {
  roleId: string;
}

interface EligibleAuthorisation extends Authorisation {
  maximumActivationDuration: string;
  requireMfa: boolean;
  approvers: Principal[];
}

const ROLE_GROUPS: ReadonlyArray<{label: string; options: SelectOption[]}> = (() => {
  const options = lighthouseRoleOptions();
  const pick = (eligibility: string) => options.filter((role) => role.eligibility === eligibility).map((role) => ({value: role.roleId, label: role.label}));
  return [
    {label: 'PEC eligible', options: pick('eligible')},
    {label: 'Not PEC eligible', options: pick('not-eligible')},
    {label: 'Not in the PEC table', options: pick('not-classified')},
  ];
})();

const FIXED_LABELS: Record<string, string> = {
  offerName: 'Offer name',
  description: 'Description',
  managedByTenantId: 'Managing tenant ID',
  subscriptionId: 'Customer subscription ID',
  authorizations: 'Authorisations',
};

const PART_LABELS: Record<string, string> = {
  principalId: 'principal object ID',
  displayName: 'display name',
  roleId: 'role',
  maximumActivationDuration: 'maximum activation duration',
  approvers: 'approvers',
};

/** "eligible.0.approver.1.principalId" → "Eligible authorisation 1, approver 2: principal object ID". */
function labelOf(field: LighthouseField): string {
  if (FIXED_LABELS[field]) return FIXED_LABELS[field];
  const parts = field.split('.');
  const what = parts[0] === 'auth' ? 'Authorisation' : 'Eligible authorisation';
  const approver = parts[2] === 'approver' ? `, approver ${Number(parts[3]) + 1}` : '';
  return `${what} ${Number(parts[1]) + 1}${approver}: ${PART_LABELS[parts[parts.length - 1]] ?? parts[parts.length - 1]}`;
}

const OBJECT_ID_HINT = 'The object ID (not the application ID) of a user, security group or service principal in your managing tenant.';

/** Writes an Azure Lighthouse onboarding template and parameters file, and warns about roles that fail or earn no PEC. */
export default function LighthouseGenerator(): ReactNode {
  const nextKey = useRef(10);
  const newKey = () => (nextKey.current += 1);
  const [offerName, setOfferName] = useState('');
  const [description, setDescription] = useState('');
  const managedByTenant = useStoredDefault('tenantId');
  const subscription = useStoredDefault('subscriptionId');
  const [authorizations, setAuthorizations] = useState<Authorisation[]>([
    {key: 1, principalId: '', displayName: 'PAL-linked automation service principal', roleId: CONTRIBUTOR_ROLE_ID},
  ]);
  const [eligible, setEligible] = useState<EligibleAuthorisation[]>([]);

  const input: LighthouseInput = {
    offerName,
    description,
    managedByTenantId: managedByTenant.value,
    subscriptionId: subscription.value,
    authorizations,
    eligibleAuthorizations: eligible,
  };
  const result = generateLighthouse(input);
  const advice = adviseLighthouse(input);
  const problem = (field: string) => result.problems[field];

  const updateAuth = (key: number, change: Partial<Authorisation>) =>
    setAuthorizations(patchRow(key, change));
  const updateEligible = (key: number, change: Partial<EligibleAuthorisation>) =>
    setEligible(patchRow(key, change));
  const updateApprover = (rowKey: number, key: number, change: Partial<Principal>) =>
    setEligible((rows) =>
      rows.map((row) => (row.key === rowKey ? {...row, approvers: patchRow(key, change)(row.approvers)} : row)),
    );

  return (
    <GeneratorFrame label="Lighthouse offer generator">
      <FieldsetUntilHydrated className={generatorStyles.options}>
        <legend className={generatorStyles.legend}>Offer</legend>
        <div className={generatorStyles.form}>
          <TextField label="Offer name" prose value={offerName} onChange={setOfferName} problem={problem('offerName')} hint="Shown to the customer on the Service providers page." />
          <TextField label="Description" prose value={description} onChange={setDescription} problem={problem('description')} hint="What you do for the customer, in one line." />
          <TextField
            label="Managing tenant ID"
            value={managedByTenant.value}
            onChange={managedByTenant.set}
            fromYourValues={managedByTenant.fromYourValues}
            problem={problem('managedByTenantId')}
            hint="Your own tenant: where the principals below live and are linked to your Partner ID."
          />
          <TextField
            label="Customer subscription ID"
            optional
            value={subscription.value}
            onChange={subscription.set}
            fromYourValues={subscription.fromYourValues}
            problem={problem('subscriptionId')}
            hint="Only for the deployment command. Without it, the command deploys to the current subscription."
          />
        </div>

        <p className={generatorStyles.reminder}>
          <strong>Partner earned credit:</strong> give at least one principal that is linked to your Partner ID in your managing tenant
          a PEC-eligible role as a <strong>permanent</strong> authorisation. Just-in-time (eligible) authorisations do not count.
        </p>

        <h3 className={styles.heading}>Permanent authorisations</h3>
        {problem('authorizations') && <p className={styles.listProblem}>{problem('authorizations')}</p>}
        {authorizations.map((row, index) => (
          <fieldset key={row.key} className={generatorStyles.group}>
            <legend>Authorisation {index + 1}</legend>
            <div className={generatorStyles.form}>
              <TextField
                label="Principal object ID"
                value={row.principalId}
                onChange={(principalId) => updateAuth(row.key, {principalId})}
                problem={problem(`auth.${index}.principalId`)}
                hint={OBJECT_ID_HINT}
              />
              <TextField
                label="Display name"
                prose
                value={row.displayName}
                onChange={(displayName) => updateAuth(row.key, {displayName})}
                problem={problem(`auth.${index}.displayName`)}
                hint="The customer sees this name."
              />
              <SelectField
                label="Role"
                value={row.roleId}
                onChange={(roleId) => updateAuth(row.key, {roleId})}
                groups={ROLE_GROUPS}
                problem={problem(`auth.${index}.roleId`)}
              />
            </div>
            <RemoveButton label={`Remove authorisation ${index + 1}`} onClick={() => setAuthorizations((rows) => rows.filter((r) => r.key !== row.key))} />
          </fieldset>
        ))}
        <div className={generatorStyles.groupActions}>
          <AddButton
            label="Add an authorisation"
            onClick={() => setAuthorizations((rows) => [...rows, {key: newKey(), principalId: '', displayName: '', roleId: READER_ROLE_ID}])}
          />
        </div>

        <h3 className={styles.heading}>Eligible (just-in-time) authorisations</h3>
        <p className={styles.intro}>
          Optional. Users or groups activate these roles through Privileged Identity Management when they need them. Each needs a
          permanent authorisation with read access for the same principal.
        </p>
        {eligible.map((row, index) => (
          <fieldset key={row.key} className={generatorStyles.group}>
            <legend>Eligible authorisation {index + 1}</legend>
            <div className={generatorStyles.form}>
              <TextField
                label="Principal object ID"
                value={row.principalId}
                onChange={(principalId) => updateEligible(row.key, {principalId})}
                problem={problem(`eligible.${index}.principalId`)}
                hint="A user or group: service principals cannot activate eligible roles."
              />
              <TextField
                label="Display name"
                prose
                value={row.displayName}
                onChange={(displayName) => updateEligible(row.key, {displayName})}
                problem={problem(`eligible.${index}.displayName`)}
              />
              <SelectField
                label="Role"
                value={row.roleId}
                onChange={(roleId) => updateEligible(row.key, {roleId})}
                groups={ROLE_GROUPS}
                problem={problem(`eligible.${index}.roleId`)}
              />
              <SelectField
                label="Maximum activation duration"
                value={row.maximumActivationDuration}
                onChange={(maximumActivationDuration) => updateEligible(row.key, {maximumActivationDuration})}
                options={ACTIVATION_DURATIONS}
                problem={problem(`eligible.${index}.maximumActivationDuration`)}
              />
            </div>
            <CheckboxField
              label="Require multifactor authentication to activate"
              checked={row.requireMfa}
              onChange={(requireMfa) => updateEligible(row.key, {requireMfa})}
              hint="Sets multiFactorAuthProvider to Azure (Microsoft Entra multifactor authentication); unticked, None."
            />
            <fieldset className={generatorStyles.group}>
              <legend>Approvers of eligible authorisation {index + 1}</legend>
              <p className={styles.intro}>
                Optional, up to {MAX_APPROVERS} users or groups of your tenant. Without approvers, the role is activated without approval.
              </p>
              {problem(`eligible.${index}.approvers`) && <p className={styles.listProblem}>{problem(`eligible.${index}.approvers`)}</p>}
              {row.approvers.map((approver, j) => (
                <div key={approver.key} className={generatorStyles.form}>
                  <TextField
                    label={`Approver ${j + 1} object ID`}
                    value={approver.principalId}
                    onChange={(principalId) => updateApprover(row.key, approver.key, {principalId})}
                    problem={problem(`eligible.${index}.approver.${j}.principalId`)}
                  />
                  <TextField
                    label={`Approver ${j + 1} display name`}
                    prose
                    value={approver.displayName}
                    onChange={(displayName) => updateApprover(row.key, approver.key, {displayName})}
                    problem={problem(`eligible.${index}.approver.${j}.displayName`)}
                  />
                  <RemoveButton
                    label={`Remove approver ${j + 1}`}
                    onClick={() => updateEligible(row.key, {approvers: row.approvers.filter((a) => a.key !== approver.key)})}
                  />
                </div>
              ))}
              <div className={generatorStyles.groupActions}>
                <AddButton
                  label="Add an approver"
                  disabled={row.approvers.length >= MAX_APPROVERS}
                  onClick={() => updateEligible(row.key, {approvers: [...row.approvers, {key: newKey(), principalId: '', displayName: ''}]})}
                />
              </div>
            </fieldset>
            <RemoveButton label={`Remove eligible authorisation ${index + 1}`} onClick={() => setEligible((rows) => rows.filter((r) => r.key !== row.key))} />
          </fieldset>
        ))}
        <div className={generatorStyles.groupActions}>
          <AddButton
            label="Add an eligible authorisation"
            onClick={() =>
              setEligible((rows) => [
                ...rows,
                {key: newKey(), principalId: '', displayName: '', roleId: CONTRIBUTOR_ROLE_ID, maximumActivationDuration: 'PT2H', requireMfa: true, approvers: []},
              ])
            }
          />
        </div>
      </FieldsetUntilHydrated>
      <GeneratorOutput result={result} labelOf={labelOf} extraWarnings={advice.warnings} />
    </GeneratorFrame>
  );
}
