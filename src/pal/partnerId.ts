/**
 * Partner ID checks that run before any request is sent.
 *
 * Partner Center shows a Partner Global Account (PGA) ID and one or more Partner Location
 * Account (PLA) IDs. Only a PLA ID links; the first PLA ID is usually the PGA ID plus one.
 * Both are plain numbers, so the service is the only judge of PGA versus PLA.
 */

export const PARTNER_ID_MIN_DIGITS = 6;
export const PARTNER_ID_MAX_DIGITS = 10;

export const PARTNER_ID_HINT =
  'Use a location ID (PLA) from Partner Center, not the global account ID (PGA): a PGA ID will not link. ' +
  'The first PLA ID is usually the PGA ID plus one.';

export type PartnerIdCheck = {ok: true; partnerId: string} | {ok: false; problem: string};

export function checkPartnerId(input: string): PartnerIdCheck {
  const value = input.trim();
  if (value === '') {
    return {ok: false, problem: 'Enter a Partner ID: the numeric location ID (PLA) from Partner Center.'};
  }
  if (!/^\d+$/.test(value)) {
    return {
      ok: false,
      problem: `"${value}" is not a Partner ID: a Partner ID has digits only (for example 4567890). Remove letters, spaces and dashes.`,
    };
  }
  if (value.length < PARTNER_ID_MIN_DIGITS || value.length > PARTNER_ID_MAX_DIGITS) {
    return {
      ok: false,
      problem: `A Partner ID has ${PARTNER_ID_MIN_DIGITS} to ${PARTNER_ID_MAX_DIGITS} digits; "${value}" has ${value.length}. Copy the location ID (PLA) from Partner Center again.`,
    };
  }
  return {ok: true, partnerId: value};
}

/** A PGA ID and its first PLA ID differ by one; this gives the reader that candidate. */
export function firstPlaCandidate(pgaId: string): string | undefined {
  const check = checkPartnerId(pgaId);
  if (!check.ok) return undefined;
  return (BigInt(check.partnerId) + 1n).toString();
}
