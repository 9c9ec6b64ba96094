/**
 * The shape of a row of the failure table: which failures it explains (by AADSTS code, MSAL error
 * code, HTTP status or reason), what happened, what to do next, and its flags. The rows are in
 * signInRows.ts, armRows.ts and connectionRows.ts; index.ts takes the first row that matches.
 */
import type {Failure, Operation} from '../failures';

export interface FailureContext {
  /** How to name the tenant to the reader, e.g. "Fabrikam (fabrikam.onmicrosoft.com)". */
  tenant?: string;
  partnerId?: string;
}

/** A text, or one made from the failure and what the page knows about it. */
type Text<F extends Failure> = string | ((failure: F, context: FailureContext) => string);

interface Row<F extends Failure> {
  /** Stable identifier of the case, for tests and analytics-free debugging. */
  key: string;
  /** What happened, in one sentence. */
  title: Text<F>;
  /** What the reader can do next. */
  action: Text<F>;
  /** The tenant needs an interactive sign-in before anything else works there. */
  needsTenantSignIn?: boolean;
  /** Trying the same thing again later may work. */
  retryable?: boolean;
}

export type AuthFailure = Extract<Failure, {kind: 'auth'}>;
export type ArmFailure = Extract<Failure, {kind: 'arm'}>;
export type NetworkFailure = Extract<Failure, {kind: 'network'}>;
export type UnexpectedFailure = Extract<Failure, {kind: 'unexpected'}>;

/** A sign-in failure: matched by its AADSTS code or its MSAL error code; neither is the fallback. */
export interface AuthRow extends Row<AuthFailure> {
  kind: 'auth';
  aadsts?: readonly string[];
  msal?: readonly string[];
}

/** An answer of Azure Resource Manager: every condition given must hold; none is the fallback. */
export interface ArmRow extends Row<ArmFailure> {
  kind: 'arm';
  /** HTTP statuses, or every status from this one up. */
  status?: readonly number[] | {from: number};
  /** ARM's error code. */
  code?: string;
  operations?: readonly Operation[];
  /** Azure's error message. */
  message?: RegExp;
}

/** No answer at all, by reason; without one, the fallback. */
export interface NetworkRow extends Row<NetworkFailure> {
  kind: 'network';
  reason?: NetworkFailure['reason'];
}

export interface UnexpectedRow extends Row<UnexpectedFailure> {
  kind: 'unexpected';
}

export type ExplanationRow = AuthRow | ArmRow | NetworkRow | UnexpectedRow;

/** " in Fabrikam (fabrikam.onmicrosoft.com)", or nothing when the tenant is not known. */
export function inTenant(context: FailureContext): string {
  return context.tenant ? ` in ${context.tenant}` : '';
}
