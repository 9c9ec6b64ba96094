/**
 * ARM and Entra ID failures → what happened and what to do next, from one table (rows.ts says
 * how a row looks): the first row of the failure's kind that matches it explains it.
 */
import {failureOf, type Failure, type Operation} from '../failures';
import {ARM_ROWS} from './armRows';
import {NETWORK_ROWS, UNEXPECTED_ROWS} from './connectionRows';
import type {ArmFailure, ArmRow, AuthFailure, AuthRow, ExplanationRow, FailureContext, NetworkFailure, NetworkRow} from './rows';
import {AUTH_ROWS} from './signInRows';

export type {FailureContext} from './rows';

/** The whole table, in the order rows are tried within each kind of failure. */
export const EXPLANATION_ROWS: readonly ExplanationRow[] = [...AUTH_ROWS, ...ARM_ROWS, ...NETWORK_ROWS, ...UNEXPECTED_ROWS];

/** What the reader sees: what happened, and what to do next. */
export interface Explanation {
  /** Stable identifier of the case, for tests and analytics-free debugging. */
  key: string;
  /** What happened, in one sentence. */
  title: string;
  /** What the reader can do next. */
  action: string;
  /** The tenant needs an interactive sign-in before anything else works there. */
  needsTenantSignIn?: boolean;
  /** Trying the same thing again later may work. */
  retryable?: boolean;
}

function authMatches(row: AuthRow, failure: AuthFailure): boolean {
  if (!row.aadsts && !row.msal) return true;
  return (!!failure.aadsts && !!row.aadsts?.includes(failure.aadsts)) || !!row.msal?.includes(failure.code);
}

function armMatches(row: ArmRow, failure: ArmFailure): boolean {
  const {status} = row;
  if (status && !('from' in status ? failure.status >= status.from : status.includes(failure.status))) return false;
  if (row.code !== undefined && row.code !== failure.code) return false;
  if (row.operations && !row.operations.includes(failure.operation)) return false;
  if (row.message && !(failure.message && row.message.test(failure.message))) return false;
  return true;
}

function networkMatches(row: NetworkRow, failure: NetworkFailure): boolean {
  return row.reason === undefined || row.reason === failure.reason;
}

/** The row that explains a failure. Every kind ends with a row that matches anything of its kind. */
export function rowFor(failure: Failure): ExplanationRow {
  switch (failure.kind) {
    case 'auth':
      return AUTH_ROWS.find((row) => authMatches(row, failure))!;
    case 'arm':
      return ARM_ROWS.find((row) => armMatches(row, failure))!;
    case 'network':
      return NETWORK_ROWS.find((row) => networkMatches(row, failure))!;
    case 'unexpected':
      return UNEXPECTED_ROWS[0];
  }
}

export function explainFailure(failure: Failure, context: FailureContext = {}): Explanation {
  const row = rowFor(failure);
  // The row was picked for this kind of failure, so its text functions take this failure.
  const text = (value: string | ((failure: never, context: FailureContext) => string)) =>
    typeof value === 'string' ? value : value(failure as never, context);
  const explanation: Explanation = {key: row.key, title: text(row.title), action: text(row.action)};
  if (row.needsTenantSignIn !== undefined) explanation.needsTenantSignIn = row.needsTenantSignIn;
  if (row.retryable !== undefined) explanation.retryable = row.retryable;
  return explanation;
}

/** Explains anything thrown while doing `operation`. */
export function explainError(error: unknown, operation: Operation, context: FailureContext = {}): Explanation {
  return explainFailure(failureOf(error, operation), context);
}
