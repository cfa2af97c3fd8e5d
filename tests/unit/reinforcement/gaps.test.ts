// R2 knowledge gaps: segments and NACE divisions of a cluster's companies with no knowledge member.
import { describe, expect, it } from 'vitest';
import type { MembershipRecord, OrganisationRecord } from '../../../src-core/model/entities';
import type { MembershipStatus, OrganisationType } from '../../../src-core/model/enums';
import {
  clusterGaps,
  naceDivision,
  naceDivisionsOf,
  type ClusterGapsInput,
} from '../../../src-core/reinforcement';
import { generateSampleWorkspace } from '../../../src-core/sample';
import { isCommittedMember } from '../../../src-core/analysis/helix';
import { helixOf, isKnowledgeEntity } from '../../../src-core/model/enums';

const today = '2026-11-28';
const meta = { deleted: false, clocks: { '*': '0000000000000:0000:node' } };

function org(
  id: string,
  type: OrganisationType,
  segments: string[],
  naceCodes: string[] = [],
  deleted = false,
): OrganisationRecord {
  return {
    ...meta,
    deleted,
    id,
    name: `Organisation ${id}`,
    type,
    country: 'IT',
    region: 'ITC4',
    naceCodes,
    segments,
    website: null,
    offers: [],
    needs: [],
  };
}

let membershipSeq = 0;
function membership(
  organisationId: string,
  clusterId = 'c1',
  status: MembershipStatus = 'member',
  until: string | null = null,
  deleted = false,
): MembershipRecord {
  membershipSeq++;
  return {
    ...meta,
    deleted,
    id: `m${membershipSeq}`,
    organisationId,
    clusterId,
    status,
    since: '2020-01-01',
    until,
  };
}

const organisations: OrganisationRecord[] = [
  org('a1', 'sme-small', ['vc1/rd', 'vc1/assembly'], ['26.11', 'C']),
  org('a2', 'large-company', ['vc1/assembly', 'vc1/design'], ['26.20', '27']),
  org('a3', 'financial', ['vc1/finance'], ['64.19']),
  org('a4', 'sme-medium', ['vc1/assembly'], ['26']),
  org('a5', 'sme-small', [], ['C']),
  org('k1', 'university', ['vc1/rd'], ['72']),
  org('k2', 'rto', ['vc1/design'], ['27.1']),
  org('p1', 'public-authority', ['vc1/policy'], ['84']),
  org('e1', 'sme-micro', ['vc1/ended'], ['10']),
  org('e2', 'sme-micro', ['vc1/prospect'], ['11']),
  org('d1', 'sme-micro', ['vc1/deleted-org'], ['12'], true),
  org('d2', 'sme-micro', ['vc1/deleted-membership'], ['13']),
  org('k3', 'university', ['vc1/assembly'], ['26'], false),
  org('k4', 'rto', ['vc1/finance'], ['64'], true),
  org('k5', 'other-knowledge', ['vc1/assembly'], ['26']),
  org('x1', 'sme-small', ['vc1/elsewhere'], ['14']),
];

const memberships: MembershipRecord[] = [
  membership('a1'),
  membership('a2'),
  membership('a3'),
  membership('a4', 'c1', 'member', today), // ends today: still a member
  membership('a5'),
  membership('k1'),
  membership('k2'),
  membership('p1'),
  membership('e1', 'c1', 'member', '2026-11-27'), // ended yesterday
  membership('e2', 'c1', 'prospect'),
  membership('d1'),
  membership('d2', 'c1', 'member', null, true),
  membership('k3', 'c1', 'member', '2025-12-31'), // ended knowledge member covers nothing
  membership('k4'), // deleted knowledge organisation covers nothing
  membership('k5', 'c2'), // knowledge member of another cluster covers nothing here
  membership('x1', 'c2'),
  membership('k5', 'c1', 'engaged'), // engaged is not a member either
];

const input: ClusterGapsInput = { clusterId: 'c1', organisations, memberships, today };

describe('naceDivision', () => {
  it('gives the two-digit division of division, group and class codes', () => {
    expect(naceDivision('26.11')).toBe('26');
    expect(naceDivision('26.1')).toBe('26');
    expect(naceDivision('26')).toBe('26');
  });
  it('gives no division for a section letter alone', () => {
    expect(naceDivision('C')).toBeNull();
    expect(naceDivisionsOf(['C', '26.11', '26.20', 'J', '62'])).toEqual(['26', '62']);
  });
});

describe('clusterGaps', () => {
  it('lists the segments and divisions of current companies that no current knowledge member covers', () => {
    expect(clusterGaps(input)).toEqual({
      segments: [
        { segment: 'vc1/assembly', companies: 3, companyIds: ['a1', 'a2', 'a4'] },
        { segment: 'vc1/finance', companies: 1, companyIds: ['a3'] },
      ],
      naceDivisions: [
        { division: '26', companies: 3, companyIds: ['a1', 'a2', 'a4'] },
        { division: '64', companies: 1, companyIds: ['a3'] },
      ],
    });
  });

  it('is empty for an unknown or empty cluster', () => {
    expect(clusterGaps({ ...input, clusterId: 'nobody' })).toEqual({
      segments: [],
      naceDivisions: [],
    });
    expect(clusterGaps({ clusterId: 'c1', organisations: [], memberships: [], today })).toEqual({
      segments: [],
      naceDivisions: [],
    });
  });

  it('is empty when knowledge members cover every company activity', () => {
    const result = clusterGaps({
      clusterId: 'c',
      organisations: [
        org('a', 'sme-small', ['v/x', 'v/y'], ['26.11']),
        org('k', 'university', ['v/x', 'v/y', 'v/z'], ['26']),
      ],
      memberships: [membership('a', 'c'), membership('k', 'c')],
      today,
    });
    expect(result).toEqual({ segments: [], naceDivisions: [] });
  });

  it('lists everything the companies do when the cluster has no knowledge member', () => {
    const result = clusterGaps({
      clusterId: 'c',
      organisations: [
        org('b', 'sme-small', ['v/y', 'v/x'], ['27', 'C']),
        org('a', 'sme-micro', ['v/x', 'v/x'], ['26.11', '26.12']),
      ],
      memberships: [membership('a', 'c'), membership('b', 'c')],
      today,
    });
    // Duplicated codes within one company count once; ties by key ascending.
    expect(result.segments).toEqual([
      { segment: 'v/x', companies: 2, companyIds: ['a', 'b'] },
      { segment: 'v/y', companies: 1, companyIds: ['b'] },
    ]);
    expect(result.naceDivisions).toEqual([
      { division: '26', companies: 1, companyIds: ['a'] },
      { division: '27', companies: 1, companyIds: ['b'] },
    ]);
  });

  it('counts an organisation once when it has an ended and a current membership', () => {
    const result = clusterGaps({
      clusterId: 'c',
      organisations: [org('a', 'sme-small', ['v/x'], ['26'])],
      memberships: [
        membership('a', 'c', 'member', '2020-01-01'),
        membership('a', 'c'),
        membership('a', 'c', 'left'),
      ],
      today,
    });
    expect(result.segments).toEqual([{ segment: 'v/x', companies: 1, companyIds: ['a'] }]);
  });

  it('ignores memberships of unknown organisations', () => {
    const result = clusterGaps({
      clusterId: 'c',
      organisations: [],
      memberships: [membership('ghost', 'c')],
      today,
    });
    expect(result).toEqual({ segments: [], naceDivisions: [] });
  });
});

describe('clusterGaps on the sample workspace', () => {
  const workspace = generateSampleWorkspace({ seed: 2026 });
  const byId = new Map(workspace.organisations.map((o) => [o.id, o]));

  it('agrees with a direct recount for every cluster', () => {
    let gapsSeen = 0;
    for (const cluster of workspace.clusters) {
      const current: OrganisationRecord[] = [];
      for (const m of workspace.memberships) {
        const organisation = byId.get(m.organisationId);
        if (m.clusterId !== cluster.id || organisation === undefined) continue;
        if (!isCommittedMember({ membership: m, organisation }, today)) continue;
        if (!current.includes(organisation)) current.push(organisation);
      }
      const companies = current.filter((o) => helixOf[o.type] === 'industry');
      const knowledge = current.filter((o) => isKnowledgeEntity(o.type));
      const gaps = clusterGaps({
        clusterId: cluster.id,
        organisations: workspace.organisations,
        memberships: workspace.memberships,
        today,
      });
      const covered = new Set(knowledge.flatMap((o) => o.segments));
      const expected = new Set(companies.flatMap((o) => o.segments).filter((s) => !covered.has(s)));
      expect(new Set(gaps.segments.map((g) => g.segment))).toEqual(expected);
      for (const gap of gaps.segments) {
        const ids = [
          ...new Set(companies.filter((o) => o.segments.includes(gap.segment)).map((o) => o.id)),
        ];
        expect(gap.companyIds).toEqual(ids.sort());
        expect(gap.companies).toBe(ids.length);
      }
      for (let i = 1; i < gaps.segments.length; i++) {
        const [a, b] = [gaps.segments[i - 1]!, gaps.segments[i]!];
        expect(
          a.companies > b.companies || (a.companies === b.companies && a.segment < b.segment),
        ).toBe(true);
      }
      const coveredDivisions = new Set(knowledge.flatMap((o) => naceDivisionsOf(o.naceCodes)));
      for (const gap of gaps.naceDivisions) {
        expect(gap.division).toMatch(/^\d{2}$/);
        expect(coveredDivisions.has(gap.division)).toBe(false);
      }
      gapsSeen += gaps.segments.length + gaps.naceDivisions.length;
    }
    expect(gapsSeen).toBeGreaterThan(0);
  });
});
