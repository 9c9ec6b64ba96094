import {isActiveLink} from './linkPlan';
import type {PartnerLink} from './types';

/** The one-line state a widget announces for a tenant. */
export function linkStatusText(link: PartnerLink | null, tenant: string): string {
  if (!isActiveLink(link)) {
    return `Not linked: your identity in ${tenant} is not linked to a Partner ID.`;
  }
  const name = link.partnerName ? ` (${link.partnerName})` : '';
  return `Linked to Partner ID ${link.partnerId}${name} in ${tenant}.`;
}

/** Dates as the reader's browser formats them, with the ISO value kept for machines. */
export function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
}
