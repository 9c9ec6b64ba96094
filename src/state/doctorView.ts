import {VERDICTS, type Verdict} from '../pal/verdict';
import type {DoctorRow} from './doctorFlow';

/**
 * What the PAL doctor's table shows of its rows: filtered by verdict and text, sorted by a
 * column, one page at a time; the counts per verdict; and how long the check has left.
 * Pure, so that a table of 500 tenants is tested without rendering it.
 */

export const ALL_VERDICTS = 'All verdicts';
export type VerdictFilter = typeof ALL_VERDICTS | Verdict;

export type SortColumn = 'tenant' | 'verdict';
export interface Sort {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

export interface ViewSettings {
  verdict: VerdictFilter;
  text: string;
  /** null: the order the tenants were listed in (home tenant first). */
  sort: Sort | null;
}

export const PAGE_SIZES = [25, 50, 100, 250] as const;

export function verdictOf(row: DoctorRow): Verdict | undefined {
  return row.phase === 'done' ? row.check?.verdict : undefined;
}

function name(row: DoctorRow): string {
  return row.tenant.displayName ?? row.tenant.tenantId;
}

/** Name, default domain or tenant ID contains the text (any case); empty text matches all. */
export function matchesText(row: DoctorRow, text: string): boolean {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return true;
  const {tenant} = row;
  return [tenant.displayName, tenant.defaultDomain, tenant.tenantId].some((value) => value?.toLowerCase().includes(wanted));
}

function compare(a: DoctorRow, b: DoctorRow, column: SortColumn): number {
  if (column === 'verdict') {
    // In the order of VERDICTS (best first); rows without a verdict yet come last.
    const rank = (row: DoctorRow) => {
      const verdict = verdictOf(row);
      return verdict ? VERDICTS.indexOf(verdict) : VERDICTS.length;
    };
    const byVerdict = rank(a) - rank(b);
    if (byVerdict !== 0) return byVerdict;
  }
  return name(a).localeCompare(name(b), undefined, {sensitivity: 'base'});
}

/** The rows the table shows, in the order it shows them. */
export function viewRows(rows: readonly DoctorRow[], view: ViewSettings): DoctorRow[] {
  const shown = rows.filter((row) => (view.verdict === ALL_VERDICTS || verdictOf(row) === view.verdict) && matchesText(row, view.text));
  const {sort} = view;
  if (!sort) return shown;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return shown.sort((a, b) => sign * compare(a, b, sort.column));
}

/** How many rows have each verdict, in the order of VERDICTS. */
export function verdictCounts(rows: readonly DoctorRow[]): Array<{verdict: Verdict; count: number}> {
  const counts = new Map<Verdict, number>();
  for (const row of rows) {
    const verdict = verdictOf(row);
    if (verdict) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  }
  return VERDICTS.map((verdict) => ({verdict, count: counts.get(verdict) ?? 0}));
}

/** A click on a column header: ascending first, then descending, then ascending again. */
export function nextSort(current: Sort | null, column: SortColumn): Sort {
  if (current?.column === column && current.direction === 'ascending') return {column, direction: 'descending'};
  return {column, direction: 'ascending'};
}

export function ariaSort(current: Sort | null, column: SortColumn): 'ascending' | 'descending' | 'none' {
  return current?.column === column ? current.direction : 'none';
}

export interface PageOf<T> {
  items: T[];
  /** Zero-based, clamped to the pages there are. */
  page: number;
  pages: number;
  /** One-based positions of the first and last item shown (0 when there are none). */
  first: number;
  last: number;
}

export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  const start = current * size;
  const slice = items.slice(start, start + size);
  return {items: slice, page: current, pages, first: slice.length ? start + 1 : 0, last: start + slice.length};
}

/**
 * Seconds the check has left, from its pace so far; undefined until a few rows are done (an
 * estimate from one or two rows says little).
 */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | undefined {
  if (done < Math.min(5, total) || done >= total || elapsedMs <= 0) return undefined;
  return Math.max(1, Math.round(((total - done) * elapsedMs) / done / 1000));
}

/** "312 of 500 tenants checked, about 20 s left". */
export function progressLine(done: number, total: number, left: number | undefined): string {
  const counted = `${done} of ${total} tenant${total === 1 ? '' : 's'} checked`;
  if (left === undefined) return done >= total ? `${counted}.` : `${counted}…`;
  const time = left < 90 ? `${left} s` : `${Math.round(left / 60)} min`;
  return `${counted}, about ${time} left`;
}
