import {describe, expect, it} from 'vitest';
import {planLink} from '../../../src/pal/linkPlan';
import {linkStatusText} from '../../../src/pal/statusText';

const link = (partnerId: string, state = 'Active') => ({partnerId, state, tenantId: 't', objectId: 'o'});

describe('planLink', () => {
  it('creates when there is no link', () => {
    expect(planLink(null, '4567891')).toEqual({kind: 'create', partnerId: '4567891'});
  });
  it('creates when the only link is marked Deleted', () => {
    expect(planLink(link('1111111', 'Deleted'), '4567891')).toEqual({kind: 'create', partnerId: '4567891'});
  });
  it('does nothing when the same ID is already linked', () => {
    const plan = planLink(link('4567891'), '4567891');
    expect(plan).toEqual({kind: 'nothing', partnerId: '4567891'});
  });
  it('changes, naming both IDs, when another ID is linked', () => {
    const plan = planLink(link('1111111'), '4567891');
    expect(plan).toEqual({kind: 'change', from: '1111111', to: '4567891'});
  });
});

describe('linkStatusText', () => {
  it('announces a link with its ID, name and tenant', () => {
    expect(linkStatusText({partnerId: '4567891', partnerName: 'Contoso Partner Ltd', state: 'Active'}, 'Fabrikam Inc')).toBe(
      'Linked to Partner ID 4567891 (Contoso Partner Ltd) in Fabrikam Inc.',
    );
  });
  it('announces no link, also for a Deleted one', () => {
    expect(linkStatusText(null, 'Fabrikam Inc')).toMatch(/^Not linked: .* not linked to a Partner ID\.$/);
    expect(linkStatusText({partnerId: '1', state: 'Deleted'}, 'X')).toMatch(/^Not linked/);
  });
});
