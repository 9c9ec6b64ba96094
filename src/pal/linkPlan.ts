import type {PartnerLink} from './types';

/** What linking a Partner ID means, given the link that exists now. */
export type LinkPlan =
  | {kind: 'create'; partnerId: string}
  | {kind: 'change'; from: string; to: string}
  | {kind: 'nothing'; partnerId: string};

/** A link Azure reports as `Deleted` is no link: linking again creates it. */
export function isActiveLink(link: PartnerLink | null | undefined): link is PartnerLink {
  return !!link && (link.state ?? 'Active').toLowerCase() !== 'deleted';
}

export function planLink(current: PartnerLink | null, requested: string): LinkPlan {
  if (!isActiveLink(current)) return {kind: 'create', partnerId: requested};
  if (current.partnerId === requested) return {kind: 'nothing', partnerId: requested};
  return {kind: 'change', from: current.partnerId, to: requested};
}
