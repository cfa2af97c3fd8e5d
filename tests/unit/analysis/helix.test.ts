import { describe, expect, it } from 'vitest';
import { helixComposition, type ClusterMember } from '../../../src-core/analysis/helix';
import type { OrganisationType } from '../../../src-core/model/enums';

const member = (
  type: OrganisationType,
  status: ClusterMember['membership']['status'] = 'member',
  until: string | null = null,
): ClusterMember => ({ organisation: { id: type, type }, membership: { status, until } });

const roster = [
  member('sme-micro'),
  member('sme-micro'),
  member('large-company'),
  member('financial'),
  member('university'),
  member('other-knowledge'),
  member('public-authority'),
  member('business-support'),
  member('cluster'),
  member('rto', 'prospect'),
  member('civil-society', 'member', '2025-12-31'),
];

describe('helixComposition', () => {
  it('counts members per type and per helix, with zeros for the rest', () => {
    const result = helixComposition(roster);
    expect(result.total).toBe(10);
    expect(result.byHelix).toEqual({
      industry: 4,
      knowledge: 2,
      government: 1,
      society: 2,
      other: 1,
    });
    expect(result.byType['sme-micro']).toBe(2);
    expect(result.byType.rto).toBe(0);
    expect(Object.keys(result.byType)).toHaveLength(13);
  });

  it('can count other statuses and leave out ended memberships', () => {
    const result = helixComposition(roster, {
      statuses: ['member', 'prospect'],
      today: '2026-01-01',
    });
    expect(result.total).toBe(10);
    expect(result.byHelix).toEqual({
      industry: 4,
      knowledge: 3,
      government: 1,
      society: 1,
      other: 1,
    });
  });

  it('skips deleted organisations and memberships', () => {
    const gone: ClusterMember = {
      organisation: { id: 'x', type: 'university', deleted: true },
      membership: { status: 'member', until: null },
    };
    expect(helixComposition([gone]).total).toBe(0);
  });
});
