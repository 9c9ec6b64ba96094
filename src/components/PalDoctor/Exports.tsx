import React, {type ReactNode} from 'react';
import type {DoctorRow} from '../../hooks/usePalDoctor';
import {downloadText} from '../../browser/download';
import {attestationCsv, attestationJson, NOT_CHECKED, type AttestationInput} from '../../pal/attestation';
import {isLighthouseDelegation} from '../../pal/tenants';
import styles from './styles.module.css';

/** Every row, whatever the table's filter: checked ones with their findings, the rest as not checked. */
function everyRow(rows: readonly DoctorRow[]): AttestationInput[] {
  return rows.map((row) =>
    row.phase === 'done' && row.check ? row.check : {tenant: row.tenant, lighthouse: isLighthouseDelegation(row.tenant), verdict: NOT_CHECKED, checkedAt: ''},
  );
}

/** JSON and CSV attestation, made in the browser from every row. */
export default function Exports({rows, disabled}: {rows: readonly DoctorRow[]; disabled: boolean}): ReactNode {
  const stamp = () => new Date().toISOString();
  const fileStem = () => `pal-attestation-${stamp().slice(0, 10)}`;
  return (
    <div className={styles.exports}>
      <button
        type="button"
        className="button button--secondary button--sm"
        disabled={disabled}
        onClick={() => downloadText(`${fileStem()}.json`, 'application/json', attestationJson(everyRow(rows), stamp()))}>
        Download JSON
      </button>
      <button
        type="button"
        className="button button--secondary button--sm"
        disabled={disabled}
        onClick={() => downloadText(`${fileStem()}.csv`, 'text/csv', attestationCsv(everyRow(rows)))}>
        Download CSV
      </button>
      <span className={styles.exportNote}>
        Downloads include all {rows.length} tenant{rows.length === 1 ? '' : 's'}, whatever the table shows.
      </span>
    </div>
  );
}
