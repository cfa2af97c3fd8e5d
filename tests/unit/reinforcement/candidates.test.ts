// R3 candidate knowledge entities: ranking, the explanation of every factor, caps and ties.
import { describe, expect, it } from 'vitest';
import { isCommittedMember } from '../../../src-core/analysis/helix';
import type {
  ClusterRecord,
  ContactRecord,
  MembershipRecord,
  OrganisationRecord,
} from '../../../src-core/model/entities';
import {
  helixOf,
  isKnowledgeEntity,
  type MembershipStatus,
  type OrganisationType,
} from '../../../src-core/model/enums';
import {
  candidateWeights,
  primaryLanguage,
  rankCandidates,
  type Candidate,
  type CandidateFactor,
  type RankCandidatesInput,
} from '../../../src-core/reinforcement';
import { generateSampleWorkspace } from '../../../src-core/sample';

const today = '2026-11-28';
const meta = { deleted: false, clocks: { '*': '0000000000000:0000:node' } };

function cluster(
  id: string,
  country: string,
  region: string | null,
  deleted = false,
): ClusterRecord {
  return {
    ...meta,
    deleted,
    id,
    name: `Cluster ${id}`,
    country,
    region,
    valueChainIds: [],
    ecosystems: [],
    naceCodes: [],
    managementFte: null,
    website: null,
    hasEnglishWebsite: false,
    label: null,
  };
}

interface OrgOptions {
  name?: string;
  country?: string;
  region?: string | null;
  segments?: string[];
  naceCodes?: string[];
  deleted?: boolean;
}

function org(id: string, type: OrganisationType, options: OrgOptions = {}): OrganisationRecord {
  return {
    ...meta,
    deleted: options.deleted ?? false,
    id,
    name: options.name ?? `Organisation ${id}`,
    type,
    country: options.country ?? 'GR',
    region: options.region === undefined ? null : options.region,
    naceCodes: options.naceCodes ?? [],
    segments: options.segments ?? [],
    website: null,
    offers: [],
    needs: [],
  };
}

let seq = 0;
function membership(
  organisationId: string,
  clusterId: string,
  status: MembershipStatus = 'member',
  until: string | null = null,
  deleted = false,
): MembershipRecord {
  seq++;
  return {
    ...meta,
    deleted,
    id: `ms${seq}`,
    organisationId,
    clusterId,
    status,
    since: null,
    until,
  };
}

function contact(
  organisationId: string,
  languages: string[],
  extra: Partial<Pick<ContactRecord, 'doNotContact' | 'erasedAt' | 'deleted'>> = {},
): ContactRecord {
  seq++;
  return {
    ...meta,
    id: `p${seq}`,
    organisationId,
    givenName: 'Ana',
    familyName: 'Example',
    email: null,
    phone: null,
    role: '',
    languages,
    legalBasis: 'legitimate-interest',
    consentDate: null,
    shareScope: 'partners',
    doNotContact: false,
    erasedAt: null,
    erasureFingerprints: [],
    ...extra,
  };
}

const factorOf = <K extends CandidateFactor['kind']>(candidate: Candidate | undefined, kind: K) =>
  candidate?.factors.find((f): f is Extract<CandidateFactor, { kind: K }> => f.kind === kind);

/** The main scenario: cluster c1 in Lombardy (IT, ITC4). */
const scenario: RankCandidatesInput = {
  clusterId: 'c1',
  today,
  clusters: [
    cluster('c1', 'IT', 'ITC4'),
    cluster('c2', 'FR', 'FRL0'),
    cluster('c3', 'GR', null, true),
    cluster('c4', 'FR', null),
  ],
  organisations: [
    // Current members of c1.
    org('m1', 'sme-small', { segments: ['v/a', 'v/b'], naceCodes: ['26.11'], country: 'IT' }),
    org('m2', 'large-company', {
      segments: ['v/a', 'v/c'],
      naceCodes: ['26.20', '28', 'C'],
      country: 'IT',
    }),
    org('m3', 'university', { segments: ['v/a'], country: 'IT', region: 'ITC4' }),
    org('mx', 'sme-micro', { segments: ['v/ended'], naceCodes: ['99'] }), // ended membership
    // Candidates.
    org('u1', 'university', {
      name: 'Politecnico Uno',
      country: 'IT',
      region: 'ITC4',
      segments: ['v/b', 'v/a', 'v/z', 'v/ended'],
      naceCodes: ['26.1', '72', 'C', '99'],
    }),
    org('r1', 'rto', { name: 'Institut R', country: 'FR', region: 'FRL0', segments: ['v/c'] }),
    org('o1', 'other-knowledge', { name: 'Beta Lab', country: 'IT', region: 'ITC1' }),
    org('p1', 'university', { name: 'Alpha Institute', country: 'IT', region: null }),
    org('e1', 'university', { name: 'Ended University', country: 'ES', region: 'ES51' }),
    org('u2', 'rto', { name: 'Gamma RTO', country: 'GR', region: 'EL30' }),
    org('z1', 'university', { name: 'Zeta University', country: 'TN', region: 'TN-11' }),
    // Never candidates.
    org('gone', 'university', { country: 'IT', region: 'ITC4', deleted: true }),
    org('s1', 'sme-small', { country: 'IT', region: 'ITC4', segments: ['v/a'] }),
    org('pa', 'public-authority', { country: 'IT', region: 'ITC4', segments: ['v/a'] }),
  ],
  memberships: [
    membership('m1', 'c1'),
    membership('m2', 'c1'),
    membership('m3', 'c1'),
    membership('mx', 'c1', 'member', '2026-01-31'),
    membership('p1', 'c1', 'prospect'),
    membership('e1', 'c1', 'member', '2025-06-30'),
    membership('gone', 'c1', 'engaged'),
    // u1 works with m1 in c2; r1 was with m2 in c4 but its membership there ended.
    membership('u1', 'c2'),
    membership('m1', 'c2'),
    membership('r1', 'c4', 'member', '2026-11-01'),
    membership('m2', 'c4'),
    // u2 works with m2 only in a deleted cluster.
    membership('u2', 'c3'),
    membership('m2', 'c3'),
    // z1 works with mx in c5 (a cluster without record): mx is no member of c1 today.
    membership('z1', 'c5'),
    membership('mx', 'c5'),
  ],
  contacts: [
    contact('m1', ['it', 'en']),
    contact('m2', ['fr-FR']),
    contact('m3', ['de']), // a knowledge member's contact counts for the cluster's languages
    contact('mx', ['ar']), // not a current member: does not count
    contact('s1', ['es']), // not a member of c1
    contact('u1', ['en-GB', 'fr', 'el']),
    contact('u1', ['de'], { deleted: true }),
    contact('r1', ['it'], { doNotContact: true }),
    contact('r1', ['ar', 'es']),
    contact('r1', [], { erasedAt: '2026-01-01T00:00:00.000Z' }),
    contact('z1', ['ar']),
  ],
};

describe('rankCandidates', () => {
  const ranked = rankCandidates(scenario);
  const byId = new Map(ranked.map((c) => [c.organisationId, c]));

  it('ranks knowledge entities that are not current members, best first', () => {
    expect(ranked.map((c) => [c.organisationId, c.score])).toEqual([
      ['u1', 15],
      ['r1', 3],
      ['p1', 2], // "Alpha Institute" before "Beta Lab" at equal score
      ['o1', 2],
      ['e1', 0], // score 0 still returned, by name: Ended, Gamma, Zeta
      ['u2', 0],
      ['z1', 0],
    ]);
  });

  it('explains every factor of the best candidate', () => {
    expect(byId.get('u1')?.factors).toEqual([
      // v/a is done by two member companies, v/b by one; v/z and v/ended by none today.
      { kind: 'segments', points: 6, segments: ['v/a', 'v/b'] },
      { kind: 'nace', points: 2, divisions: ['26'] },
      { kind: 'partners', points: 2, companyIds: ['m1'] },
      { kind: 'place', points: 3, level: 'region', code: 'ITC4' },
      { kind: 'languages', points: 2, languages: ['en', 'fr'] },
    ]);
  });

  it('scores the country when the region differs or is unknown', () => {
    expect(byId.get('o1')?.factors).toEqual([
      { kind: 'place', points: 2, level: 'country', code: 'IT' },
    ]);
    expect(byId.get('p1')?.factors).toEqual([
      { kind: 'place', points: 2, level: 'country', code: 'IT' },
    ]);
  });

  it('ignores ended partner memberships, deleted clusters and unreachable contacts', () => {
    expect(byId.get('r1')?.factors).toEqual([{ kind: 'segments', points: 3, segments: ['v/c'] }]);
    expect(byId.get('u2')?.factors).toEqual([]);
    expect(byId.get('z1')?.factors).toEqual([]);
  });

  it('keeps prospects and ended members as candidates, drops members, companies and deleted', () => {
    expect(byId.has('p1')).toBe(true);
    expect(byId.has('e1')).toBe(true);
    for (const id of ['m1', 'm2', 'm3', 'mx', 'gone', 's1', 'pa']) expect(byId.has(id)).toBe(false);
  });

  it('treats a membership deleted or ending today as the helix rules do', () => {
    const input: RankCandidatesInput = {
      ...scenario,
      memberships: [
        ...scenario.memberships,
        membership('o1', 'c1', 'member', today), // ends today: still a member
        membership('u2', 'c1', 'member', null, true), // deleted: not a member
      ],
    };
    const ids = rankCandidates(input).map((c) => c.organisationId);
    expect(ids).not.toContain('o1');
    expect(ids).toContain('u2');
  });

  it('gives every score as the sum of listed factors, all positive', () => {
    for (const candidate of ranked) {
      expect(candidate.score).toBe(candidate.factors.reduce((s, f) => s + f.points, 0));
      for (const factor of candidate.factors) expect(factor.points).toBeGreaterThan(0);
    }
  });

  it('honours limit and minScore', () => {
    expect(rankCandidates(scenario, { limit: 2 }).map((c) => c.organisationId)).toEqual([
      'u1',
      'r1',
    ]);
    expect(rankCandidates(scenario, { limit: 0 })).toEqual([]);
    expect(rankCandidates(scenario, { minScore: 1 }).map((c) => c.organisationId)).toEqual([
      'u1',
      'r1',
      'p1',
      'o1',
    ]);
  });

  it('is deterministic: input order does not matter, equal names fall back to ids', () => {
    const twins: RankCandidatesInput = {
      ...scenario,
      organisations: [
        ...scenario.organisations,
        org('t2', 'rto', { name: 'Twin', country: 'IT', region: 'ITC1' }),
        org('t1', 'rto', { name: 'Twin', country: 'IT', region: 'ITC1' }),
      ],
    };
    const forward = rankCandidates(twins);
    const backward = rankCandidates({
      ...twins,
      organisations: [...twins.organisations].reverse(),
      memberships: [...twins.memberships].reverse(),
      contacts: [...twins.contacts].reverse(),
    });
    expect(backward).toEqual(forward);
    expect(forward.map((c) => c.organisationId)).toEqual([
      'u1',
      'r1',
      'p1',
      'o1',
      't1',
      't2',
      'e1',
      'u2',
      'z1',
    ]);
  });

  it('returns every knowledge entity with score 0 for an empty cluster without a record', () => {
    const result = rankCandidates({ ...scenario, clusterId: 'nowhere' });
    expect(result.every((c) => c.score === 0 && c.factors.length === 0)).toBe(true);
    expect(result.map((c) => c.organisationId)).toEqual([
      'p1',
      'o1',
      'e1',
      'u2',
      'r1',
      'm3',
      'u1',
      'z1',
    ]);
  });
});

describe('rankCandidates caps', () => {
  const companies = ['a', 'b', 'c', 'd', 'e', 'f'];
  const input: RankCandidatesInput = {
    clusterId: 'c',
    today,
    clusters: [cluster('c', 'MA', 'MA-01'), cluster('other', 'TN', null)],
    organisations: [
      ...companies.map((id, i) =>
        org(id, i % 2 === 0 ? 'sme-micro' : 'financial', {
          segments: [`v/s${i}`, ...(id === 'f' ? ['v/s5', 'v/s0'] : [])],
          naceCodes: [`${10 + i}.1`],
        }),
      ),
      org('k', 'university', {
        country: 'MA',
        region: 'MA-01',
        segments: ['v/s5', 'v/s4', 'v/s3', 'v/s2', 'v/s1', 'v/s0'],
        naceCodes: ['15', '14.11', '13', '12', '11', '10'],
      }),
    ],
    memberships: [
      ...companies.map((id) => membership(id, 'c')),
      ...companies.slice(0, 5).map((id) => membership(id, 'other')),
      membership('k', 'other'),
    ],
    contacts: [
      contact('a', ['ar', 'fr']),
      contact('b', ['en', 'es-ES', 'it']),
      contact('k', ['it', 'fr-MA', 'es', 'en', 'ar-MA', 'tr']),
    ],
  };

  it('counts at most the capped number of items but lists them all', () => {
    const [k] = rankCandidates(input);
    expect(k?.organisationId).toBe('k');
    // s0 is done by two companies (a, and f which lists s5 twice), the others by one.
    expect(factorOf(k, 'segments')).toEqual({
      kind: 'segments',
      points: candidateWeights.segments.points * candidateWeights.segments.cap,
      segments: ['v/s0', 'v/s1', 'v/s2', 'v/s3', 'v/s4', 'v/s5'],
    });
    expect(factorOf(k, 'nace')).toEqual({
      kind: 'nace',
      points: 8,
      divisions: ['10', '11', '12', '13', '14', '15'],
    });
    expect(factorOf(k, 'partners')).toEqual({
      kind: 'partners',
      points: 6,
      companyIds: ['a', 'b', 'c', 'd', 'e'],
    });
    expect(factorOf(k, 'place')).toEqual({
      kind: 'place',
      points: 3,
      level: 'region',
      code: 'MA-01',
    });
    expect(factorOf(k, 'languages')).toEqual({
      kind: 'languages',
      points: 3,
      languages: ['ar', 'en', 'es', 'fr', 'it'],
    });
    expect(k?.score).toBe(12 + 8 + 6 + 3 + 3);
  });

  it('exports the weights the UI explains', () => {
    expect(candidateWeights).toEqual({
      segments: { points: 3, cap: 4 },
      nace: { points: 2, cap: 4 },
      partners: { points: 2, cap: 3 },
      place: { region: 3, country: 2 },
      languages: { points: 1, cap: 3 },
    });
  });

  it('reduces language tags to their primary subtag', () => {
    expect(primaryLanguage('fr-TN')).toBe('fr');
    expect(primaryLanguage('EN')).toBe('en');
    expect(primaryLanguage('ar')).toBe('ar');
  });
});

describe('rankCandidates on the sample workspace', () => {
  const workspace = generateSampleWorkspace({ seed: 2026 });
  const byId = new Map(workspace.organisations.map((o) => [o.id, o]));

  const currentMemberIds = (clusterId: string) => {
    const ids = new Set<string>();
    for (const m of workspace.memberships) {
      const organisation = byId.get(m.organisationId);
      if (m.clusterId !== clusterId || organisation === undefined) continue;
      if (isCommittedMember({ membership: m, organisation }, today)) ids.add(organisation.id);
    }
    return ids;
  };

  // The cluster with the fewest current knowledge members (among clusters with members).
  const target = workspace.clusters
    .map((c) => {
      const ids = [...currentMemberIds(c.id)];
      const knowledge = ids.filter((id) => isKnowledgeEntity(byId.get(id)!.type)).length;
      return { cluster: c, size: ids.length, knowledge };
    })
    .filter((x) => x.size > 0)
    .sort((a, b) => a.knowledge - b.knowledge || a.cluster.id.localeCompare(b.cluster.id))[0]!;

  it('ranks the knowledge entities outside the cluster, by score, scores explained', () => {
    const members = currentMemberIds(target.cluster.id);
    const candidates = rankCandidates({ ...workspace, clusterId: target.cluster.id, today });
    const expected = workspace.organisations.filter(
      (o) => !o.deleted && isKnowledgeEntity(o.type) && !members.has(o.id),
    );
    expect(candidates).toHaveLength(expected.length);
    expect(new Set(candidates.map((c) => c.organisationId))).toEqual(
      new Set(expected.map((o) => o.id)),
    );

    const companies = [...members]
      .map((id) => byId.get(id)!)
      .filter((o) => helixOf[o.type] === 'industry');
    const companySegments = new Set(companies.flatMap((o) => o.segments));
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i]!;
      const organisation = byId.get(candidate.organisationId)!;
      if (i > 0) expect(candidates[i - 1]!.score).toBeGreaterThanOrEqual(candidate.score);
      expect(candidate.score).toBe(candidate.factors.reduce((s, f) => s + f.points, 0));
      for (const factor of candidate.factors) {
        expect(factor.points).toBeGreaterThan(0);
        if (factor.kind === 'segments') {
          for (const s of factor.segments) {
            expect(organisation.segments).toContain(s);
            expect(companySegments.has(s)).toBe(true);
          }
          expect(factor.points).toBe(3 * Math.min(4, factor.segments.length));
        }
        if (factor.kind === 'partners')
          for (const id of factor.companyIds) expect(members.has(id)).toBe(true);
        if (factor.kind === 'place')
          expect(factor.level === 'region' ? organisation.region : organisation.country).toBe(
            factor.code,
          );
      }
    }
    // The sample is realistic enough that the best candidates share something with the cluster.
    expect(candidates[0]!.score).toBeGreaterThan(candidates[candidates.length - 1]!.score);
    expect(factorOf(candidates[0], 'segments')).toBeDefined();
  });
});
