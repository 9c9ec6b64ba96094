import React, {useRef, useState, type ReactNode} from 'react';
import FieldsetUntilHydrated from '../FieldsetUntilHydrated';
import {MAX_SECRET_HOURS, PAL_TAG_DEFAULTS, generatePalTagScript, palTagRoleOptions, type PalTagField, type ScopeKind} from '../../pal/generators/palTag';
import {PARTNER_ID_HINT} from '../../pal/partnerId';
import {useYourValues} from '../../hooks/useYourValues';
import {useStoredDefault} from '../../hooks/useStoredDefault';
import {AddButton, ChoiceGroup, RemoveButton, SelectField, TextField, patchRow} from '../GeneratorKit/fields';
import {GeneratorFrame, GeneratorOutput} from '../GeneratorKit/output';
import generatorStyles from '../GeneratorKit/styles.module.css';
import styles from './styles.module.css';

interface SubscriptionRow {
  key: number;
  /** null: the first row shows the Subscription ID from Your values until the reader types. */
  subscriptionId: string | null;
  resourceGroups: string;
}

const SCOPE_KINDS: ReadonlyArray<{value: ScopeKind; label: string}> = [
  {value: 'subscriptions', label: 'Subscriptions, or resource groups in them'},
  {value: 'management-group', label: 'A management group'},
];

const ROLE_OPTIONS = palTagRoleOptions().map((role) => ({value: role.roleId, label: role.roleName}));

const FIXED_LABELS: Record<string, string> = {
  partnerName: 'Partner short name',
  partnerId: 'Partner ID',
  tenantId: 'Customer tenant ID',
  managementGroupId: 'Management group ID',
  roleId: 'Role',
  secretHours: 'Secret lifetime (hours)',
  subscriptions: 'Subscriptions',
};

function labelOf(field: PalTagField): string {
  if (FIXED_LABELS[field]) return FIXED_LABELS[field];
  const [, index, part] = field.split('.');
  return `Subscription ${Number(index) + 1}: ${part === 'resourceGroups' ? 'resource groups' : 'subscription ID'}`;
}

/** Writes the whole dedicated PAL-tagging service principal procedure as one bash script. */
export default function PalTagGenerator(): ReactNode {
  const values = useYourValues();
  const nextKey = useRef(10);
  const [partnerName, setPartnerName] = useState(PAL_TAG_DEFAULTS.partnerName);
  const partnerId = useStoredDefault('partnerId');
  const tenantId = useStoredDefault('tenantId');
  const [scopeKind, setScopeKind] = useState<ScopeKind>(PAL_TAG_DEFAULTS.scopeKind);
  const [rows, setRows] = useState<SubscriptionRow[]>([{key: 1, subscriptionId: null, resourceGroups: ''}]);
  const [managementGroupId, setManagementGroupId] = useState('');
  const [roleId, setRoleId] = useState(PAL_TAG_DEFAULTS.roleId);
  const [secretHours, setSecretHours] = useState(PAL_TAG_DEFAULTS.secretHours);

  const subscriptionOf = (row: SubscriptionRow) => row.subscriptionId ?? values.subscriptionId ?? '';
  const result = generatePalTagScript({
    partnerName,
    partnerId: partnerId.value,
    tenantId: tenantId.value,
    scopeKind,
    subscriptions: rows.map((row) => ({subscriptionId: subscriptionOf(row), resourceGroups: row.resourceGroups})),
    managementGroupId,
    roleId,
    secretHours,
  });
  const problem = (field: string) => result.problems[field];
  const update = (key: number, change: Partial<SubscriptionRow>) => setRows(patchRow(key, change));

  return (
    <GeneratorFrame label="PAL-tagging script generator">
      <FieldsetUntilHydrated className={generatorStyles.options}>
        <legend className={generatorStyles.legend}>Script options</legend>
        <div className={generatorStyles.form}>
          <TextField
            label="Partner short name"
            value={partnerName}
            onChange={setPartnerName}
            problem={problem('partnerName')}
            hint="Lower-case letters, digits and hyphens, for example contoso-consulting. The principal is called pal-<name>."
          />
          <TextField
            label="Partner ID"
            value={partnerId.value}
            onChange={partnerId.set}
            fromYourValues={partnerId.fromYourValues}
            problem={problem('partnerId')}
            hint={PARTNER_ID_HINT}
            inputMode="numeric"
          />
          <TextField
            label="Customer tenant ID"
            value={tenantId.value}
            onChange={tenantId.set}
            fromYourValues={tenantId.fromYourValues}
            problem={problem('tenantId')}
            hint="The customer's directory (tenant) ID: the principal is created there."
          />
          <SelectField
            label="Role"
            value={roleId}
            onChange={setRoleId}
            options={ROLE_OPTIONS}
            problem={problem('roleId')}
            hint="PEC-eligible built-in roles. Support Request Contributor is the least-privilege choice."
          />
          <TextField
            label="Secret lifetime (hours)"
            type="number"
            min={1}
            max={MAX_SECRET_HOURS}
            inputMode="numeric"
            value={secretHours}
            onChange={setSecretHours}
            problem={problem('secretHours')}
            hint="The temporary secret expires after this time; the script deletes it as soon as the link is made."
          />
        </div>

        <ChoiceGroup legend="Where to assign the role" options={SCOPE_KINDS} value={scopeKind} onChange={setScopeKind} />

        {scopeKind === 'management-group' ? (
          <div className={generatorStyles.form}>
            <TextField
              label="Management group ID"
              value={managementGroupId}
              onChange={setManagementGroupId}
              problem={problem('managementGroupId')}
              hint="The ID (name) of the management group, such as mg-contoso-landingzones, not its display name."
            />
          </div>
        ) : (
          <>
            {problem('subscriptions') && <p className={styles.listProblem}>{problem('subscriptions')}</p>}
            {rows.map((row, index) => (
              <fieldset key={row.key} className={generatorStyles.group}>
                <legend>Subscription {index + 1}</legend>
                <div className={generatorStyles.form}>
                  <TextField
                    label="Subscription ID"
                    value={subscriptionOf(row)}
                    onChange={(subscriptionId) => update(row.key, {subscriptionId})}
                    fromYourValues={row.subscriptionId === null && Boolean(values.subscriptionId)}
                    problem={problem(`sub.${index}.subscriptionId`)}
                  />
                  <TextField
                    label="Resource groups"
                    optional
                    value={row.resourceGroups}
                    onChange={(resourceGroups) => update(row.key, {resourceGroups})}
                    problem={problem(`sub.${index}.resourceGroups`)}
                    hint="Names separated by commas. Leave empty to assign on the whole subscription."
                  />
                </div>
                {rows.length > 1 && (
                  <RemoveButton label={`Remove subscription ${index + 1}`} onClick={() => setRows((current) => current.filter((r) => r.key !== row.key))} />
                )}
              </fieldset>
            ))}
            <div className={generatorStyles.groupActions}>
              <AddButton
                label="Add a subscription"
                onClick={() => setRows((current) => [...current, {key: (nextKey.current += 1), subscriptionId: '', resourceGroups: ''}])}
              />
            </div>
          </>
        )}
      </FieldsetUntilHydrated>
      <GeneratorOutput result={result} labelOf={labelOf} />
    </GeneratorFrame>
  );
}
