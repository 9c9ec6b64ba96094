/**
 * Partner ID checks that run before any request is sent.
 *
 * Microsoft asks for the Associated Partner ID shown on the partner profile, which its Power
 * Platform PAL page calls "typically known as your partner location ID" (PLA). Partner Center
 * shows Partner IDs as numbers. Whether an ID is a global (PGA) or a location (PLA) ID cannot
 * be told from the number, and Microsoft publishes no rule for how the API treats a PGA ID, so
 * the service stays the only judge: this module checks the form only.
 */

export const PARTNER_ID_HINT =
  'Use the Associated Partner ID shown on your Partner Center profile, typically a location ID (PLA). ' +
  'Partner Center lists your IDs under Settings › Account settings › Identifiers.';

export type PartnerIdCheck = {ok: true; partnerId: string} | {ok: false; problem: string};

export function checkPartnerId(input: string): PartnerIdCheck {
  const value = input.trim();
  if (value === '') {
    return {ok: false, problem: 'Enter a Partner ID: the numeric Associated Partner ID from Partner Center.'};
  }
  if (!/^\d+$/.test(value)) {
    return {
      ok: false,
      problem: `"${value}" is not a Partner ID: a Partner ID has digits only (for example 4567891). Remove letters, spaces and dashes.`,
    };
  }
  return {ok: true, partnerId: value};
}
