import React, {useState, type ReactNode} from 'react';
import {checkTenantInput} from '../../pal/tenants';
import type {TenantInfo} from '../../pal/types';
import {frameStyles} from '../WidgetFrame';
import styles from './styles.module.css';

const OTHER = '__other__';

function optionText(tenant: TenantInfo): string {
  const name = tenant.displayName ?? tenant.tenantId;
  const domain = tenant.defaultDomain ? ` (${tenant.defaultDomain})` : '';
  const kind = tenant.category === 'Home' ? '' : tenant.category ? ' · Lighthouse' : '';
  return `${name}${domain}${kind}`;
}

interface Props {
  idPrefix: string;
  tenants: TenantInfo[] | null;
  homeTenantId: string;
  value: string | null;
  disabled: boolean;
  onChoose: (tenant: string) => void;
}

/** The tenant list from Azure, plus a field for a tenant ID or domain the list does not show. */
export default function TenantPicker({idPrefix, tenants, homeTenantId, value, disabled, onChoose}: Props): ReactNode {
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const listed = tenants ?? [{tenantId: homeTenantId, displayName: 'Your home tenant', category: 'Home'}];
  const known = listed.some((t) => t.tenantId === value);
  const selectValue = typing || (value && !known) ? OTHER : (value ?? '');

  const submitTyped = () => {
    const check = checkTenantInput(typed);
    if (!check.ok) {
      setProblem(check.problem);
      return;
    }
    setProblem(null);
    const match = listed.find((t) => t.tenantId === check.tenant || t.defaultDomain?.toLowerCase() === check.tenant);
    onChoose(match ? match.tenantId : check.tenant);
  };

  return (
    <div className={frameStyles.field}>
      <label htmlFor={`${idPrefix}-tenant`}>Tenant</label>
      <select
        id={`${idPrefix}-tenant`}
        value={selectValue}
        disabled={disabled}
        onChange={(event) => {
          const next = event.target.value;
          if (next === OTHER) {
            setTyping(true);
            return;
          }
          setTyping(false);
          setProblem(null);
          onChoose(next);
        }}>
        {listed.map((t) => (
          <option key={t.tenantId} value={t.tenantId}>
            {optionText(t)}
          </option>
        ))}
        <option value={OTHER}>Another tenant: type its ID or domain…</option>
      </select>
      {selectValue === OTHER && (
        <div className={styles.inline}>
          <label htmlFor={`${idPrefix}-directory`}>Directory ID or domain</label>
          <input
            id={`${idPrefix}-directory`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="contoso.onmicrosoft.com"
            value={typed}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${idPrefix}-directory-problem` : undefined}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                submitTyped();
              }
            }}
          />
          <button type="button" className="button button--secondary button--sm" disabled={disabled} onClick={submitTyped}>
            Check this tenant
          </button>
          {problem && (
            <p id={`${idPrefix}-directory-problem`} className={frameStyles.problem}>
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
