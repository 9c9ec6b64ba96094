import React, {type ReactNode} from 'react';
import type {DoctorRow} from '../../hooks/usePalDoctor';
import {ariaSort, PAGE_SIZES, type PageOf, type Sort, type SortColumn} from '../../state/doctorView';
import TenantRow from './TenantRow';
import styles from './styles.module.css';

interface Props {
  id: string;
  page: PageOf<DoctorRow>;
  /** Rows the filter shows, on all pages. */
  shown: number;
  pageSize: number;
  sort: Sort | null;
  busy: boolean;
  selectable: (row: DoctorRow) => boolean;
  onSort: (column: SortColumn) => void;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
  actions: {
    toggle: (tenantId: string, selected: boolean) => void;
    signInToTenant: (tenantId: string) => void;
    retry: (tenantId: string) => void;
    recheck: (tenantId: string) => void;
  };
}

function SortHeader({label, column, sort, onSort}: {label: string; column: SortColumn; sort: Sort | null; onSort: (c: SortColumn) => void}): ReactNode {
  const state = ariaSort(sort, column);
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" className={styles.sortButton} onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className={styles.sortMark}>
          {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * The tenants the filter shows, one page at a time (a few hundred rows would make the page
 * slow to lay out and long to scroll): a plain table, so screen readers keep its semantics,
 * and every row is reached with the keyboard through the page buttons.
 */
export default function DoctorTable({id, page, shown, pageSize, sort, busy, selectable, onSort, onPage, onPageSize, actions}: Props): ReactNode {
  return (
    <>
      <div className={styles.tableWrap} role="region" aria-label="PAL status per tenant" tabIndex={0}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col" className={styles.selectCell}>
                Select
              </th>
              <SortHeader label="Tenant" column="tenant" sort={sort} onSort={onSort} />
              <th scope="col">Linked Partner ID</th>
              <th scope="col">Eligible roles</th>
              <SortHeader label="Verdict" column="verdict" sort={sort} onSort={onSort} />
            </tr>
          </thead>
          <tbody>
            {page.items.map((row) => (
              <TenantRow
                key={row.tenant.tenantId}
                row={row}
                selectable={selectable(row)}
                busy={busy}
                onToggle={actions.toggle}
                onSignIn={actions.signInToTenant}
                onRetry={actions.retry}
                onRecheck={actions.recheck}
              />
            ))}
          </tbody>
        </table>
        {shown === 0 && <p className={styles.empty}>No tenant matches the filter.</p>}
      </div>
      <nav className={styles.pager} aria-label="Table pages">
        <span>
          Showing {page.first}–{page.last} of {shown}
        </span>
        <label htmlFor={`${id}-page-size`}>Rows per page</label>
        <select id={`${id}-page-size`} value={pageSize} onChange={(event) => onPageSize(Number(event.target.value))}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
        {page.pages > 1 && (
          <>
            <button type="button" className="button button--secondary button--sm" disabled={page.page === 0} onClick={() => onPage(page.page - 1)}>
              Previous page
            </button>
            <span>
              Page {page.page + 1} of {page.pages}
            </span>
            <button type="button" className="button button--secondary button--sm" disabled={page.page >= page.pages - 1} onClick={() => onPage(page.page + 1)}>
              Next page
            </button>
          </>
        )}
      </nav>
    </>
  );
}
