/**
 * Walks every row of the failure table: a failure made from the row's own keys (its AADSTS
 * codes, MSAL error codes, HTTP statuses, reasons) must be explained by that row, so no row is
 * shadowed by an earlier one, and the explanation carries the row's texts and flags.
 */
import {describe, expect, it} from 'vitest';
import {EXPLANATION_ROWS, explainFailure, rowFor} from '../../../src/pal/errors';
import type {ExplanationRow} from '../../../src/pal/errors/rows';
import type {Failure} from '../../../src/pal/failures';

const context = {tenant: 'Fabrikam (fabrikam.onmicrosoft.com)', partnerId: '4567891'};

/** Failures that the row, and only the rows after it, could explain. */
function failuresFor(row: ExplanationRow): Failure[] {
  switch (row.kind) {
    case 'auth': {
      const byAadsts = (row.aadsts ?? []).map((aadsts): Failure => ({kind: 'auth', operation: 'sign-in', code: 'invalid_request', aadsts}));
      const byMsal = (row.msal ?? []).map((code): Failure => ({kind: 'auth', operation: 'sign-in', code}));
      const fallback: Failure[] = row.aadsts || row.msal ? [] : [{kind: 'auth', operation: 'sign-in', code: 'server_error', aadsts: '99999'}];
      return [...byAadsts, ...byMsal, ...fallback];
    }
    case 'arm': {
      const statuses = row.status === undefined ? [418] : 'from' in row.status ? [row.status.from, row.status.from + 3] : row.status;
      return statuses.flatMap((status) =>
        (row.operations ?? ['read-link' as const]).map(
          (operation): Failure => ({kind: 'arm', operation, status, code: row.code, message: row.message?.source}),
        ),
      );
    }
    case 'network':
      return [{kind: 'network', operation: 'read-link', reason: row.reason ?? 'unreachable', timeoutSeconds: 12}];
    case 'unexpected':
      return [{kind: 'unexpected', operation: 'read-link', message: 'The session code threw.'}];
  }
}

describe('the failure table', () => {
  it('has a last row for every kind of failure that explains anything of that kind', () => {
    for (const kind of ['auth', 'arm', 'network', 'unexpected'] as const) {
      const rows = EXPLANATION_ROWS.filter((row) => row.kind === kind);
      const last = rows[rows.length - 1] as ExplanationRow & Record<string, unknown>;
      expect(['aadsts', 'msal', 'status', 'code', 'operations', 'message', 'reason'].filter((key) => last[key] !== undefined)).toEqual([]);
    }
  });

  describe.each(EXPLANATION_ROWS.map((row, index) => [`${index + 1} ${row.kind} ${row.key}`, row] as const))('row %s', (_, row) => {
    const failures = failuresFor(row);

    it('is the row that explains failures made from its own keys', () => {
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) expect(rowFor(failure)).toBe(row);
    });

    it('gives its key, a title and a next step, and its flags', () => {
      for (const failure of failures) {
        for (const where of [{}, context]) {
          const explanation = explainFailure(failure, where);
          expect(explanation.key).toBe(row.key);
          expect(explanation.title).toMatch(/^[A-Z].{10,}[.)]$/s);
          expect(explanation.action).toMatch(/^[A-Z].{10,}[.)]$/s);
          expect(`${explanation.title} ${explanation.action}`).not.toMatch(/undefined|null|\[object/);
          expect(explanation.needsTenantSignIn).toBe(row.needsTenantSignIn);
          expect(explanation.retryable).toBe(row.retryable);
        }
      }
    });
  });
});
