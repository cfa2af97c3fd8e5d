// Composing a meta-cluster: ranked candidates, suggested compositions (≥ 3 countries), coverage.
import { describe, expect, it } from 'vitest';
import {
  compositionWeights,
  coverageOf,
  rankClustersForChain,
  suggestCompositions,
  type ClusterCandidate,
} from '../../../src-core/metacluster';
import { input } from './fixtures';

const factor = (candidate: ClusterCandidate | undefined, kind: string) =>
  candidate?.factors.find((f) => f.kind === kind);

describe('rankClustersForChain', () => {
  const ranked = rankClustersForChain({ ...input, current: ['c1'] });

  it('ranks the participating clusters not yet chosen, best first', () => {
    expect(ranked.map((c) => [c.clusterId, c.score])).toEqual([
      ['c3', 39],
      ['c4', 25],
      ['c5', 15],
      ['c2', 14],
    ]);
  });

  it('explains every score with four factors and their data', () => {
    const gamma = ranked[0];
    expect(gamma).toMatchObject({
      clusterId: 'c3',
      name: 'Gamma IT',
      country: 'IT',
      tagged: true,
      covers: ['c'],
    });
    expect(gamma?.factors).toEqual([
      { kind: 'segmentsAdded', points: 10, data: { segments: ['c'], count: 1 } },
      {
        kind: 'complementarity',
        points: 15,
        data: { country: 'IT', newCountry: true, currentCountries: ['ES'] },
      },
      // Current members o4 (RTO) and o11 (SME): share 0.5 → 20 × 0.5.
      { kind: 'scientificStrength', points: 10, data: { knowledge: 1, members: 2, share: 0.5 } },
      {
        kind: 'readiness',
        points: 4,
        data: {
          passed: 2,
          total: 6,
          failed: ['committed-members', 'management-fte', 'english-website', 'excellence-label'],
        },
      },
    ]);
    for (const candidate of ranked) {
      expect(candidate.score).toBe(candidate.factors.reduce((s, f) => s + f.points, 0));
    }
  });

  it('gives no segment or country points for what the selection already has', () => {
    const beta = ranked.find((c) => c.clusterId === 'c2');
    expect(factor(beta, 'segmentsAdded')).toEqual({
      kind: 'segmentsAdded',
      points: 0,
      data: { segments: [], count: 0 },
    });
    expect(factor(beta, 'complementarity')?.points).toBe(0);
    const epsilon = ranked.find((c) => c.clusterId === 'c5');
    expect(factor(epsilon, 'scientificStrength')).toEqual({
      kind: 'scientificStrength',
      points: 0,
      data: { knowledge: 0, members: 1, share: 0 },
    });
  });

  it('scores readiness with the default settings of evaluateReadiness', () => {
    const fromEmpty = rankClustersForChain({ ...input, current: [] });
    const alpha = fromEmpty.find((c) => c.clusterId === 'c1');
    // Fails only the ≥ 15 committed members check.
    expect(factor(alpha, 'readiness')).toEqual({
      kind: 'readiness',
      points: 5 * compositionWeights.perReadinessCheck,
      data: { passed: 5, total: 6, failed: ['committed-members'] },
    });
    expect(fromEmpty.map((c) => c.clusterId)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
  });

  it('is deterministic and independent of input order', () => {
    const again = rankClustersForChain({
      ...input,
      clusters: [...input.clusters].reverse(),
      organisations: [...input.organisations].reverse(),
      memberships: [...input.memberships].reverse(),
      current: ['c1'],
    });
    expect(again).toEqual(ranked);
  });
});

describe('suggestCompositions', () => {
  it('suggests sets from at least 3 countries maximising coverage', () => {
    const result = suggestCompositions(input);
    expect(result.reason).toBeNull();
    expect(result.countriesAvailable).toBe(4);
    expect(result.compositions.map((c) => [c.clusterIds, c.countries])).toEqual([
      [
        ['c5', 'c1', 'c3', 'c4'],
        ['ES', 'FR', 'GR', 'IT'],
      ],
      [
        ['c1', 'c3', 'c4'],
        ['ES', 'FR', 'IT'],
      ],
      [
        ['c2', 'c3', 'c4'],
        ['ES', 'FR', 'IT'],
      ],
    ]);
    for (const composition of result.compositions) {
      expect(composition.countries.length).toBeGreaterThanOrEqual(3);
      expect(composition.coverage.covered).toEqual(['a', 'b', 'c', 'd']);
      expect(composition.coverage.missing).toEqual(['e']);
      expect(composition.coverage.ratio).toBe(0.8);
      expect(composition.coverage).toEqual(coverageOf(composition.clusterIds, input));
    }
  });

  it('honours count and keeps the current selection', () => {
    const one = suggestCompositions({ ...input, count: 1 });
    expect(one.compositions).toHaveLength(1);
    const withCurrent = suggestCompositions({ ...input, current: ['c2'], maxClusters: 3 });
    // Seeding with c1 (Spain again) cannot reach 3 countries in 3 places, so it is dropped.
    expect(withCurrent.compositions.map((c) => [c.clusterIds, c.coverage.covered])).toEqual([
      [
        ['c2', 'c3', 'c4'],
        ['a', 'b', 'c', 'd'],
      ],
      [
        ['c2', 'c5', 'c3'],
        ['a', 'b', 'c'],
      ],
    ]);
  });

  it('fills the last places with new countries when needed for the 3-country rule', () => {
    const result = suggestCompositions({ ...input, current: ['c1', 'c2'], maxClusters: 4 });
    for (const composition of result.compositions) {
      expect(composition.clusterIds.slice(0, 2)).toEqual(['c1', 'c2']);
      expect(composition.countries.length).toBeGreaterThanOrEqual(3);
    }
    expect(result.compositions[0]?.clusterIds).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('returns no composition, with a reason, when fewer than 3 countries take part', () => {
    const twoCountries = input.clusters.filter((c) => ['c1', 'c2', 'c3'].includes(c.id));
    const result = suggestCompositions({ ...input, clusters: twoCountries });
    expect(result).toEqual({
      compositions: [],
      reason: 'fewer-than-3-countries',
      countriesAvailable: 2,
    });
  });

  it('explains other impossible requests', () => {
    expect(suggestCompositions({ ...input, maxClusters: 2 }).reason).toBe('max-clusters-below-3');
    const full = suggestCompositions({ ...input, current: ['c1', 'c2'], maxClusters: 3 });
    expect(full).toEqual({
      compositions: [],
      reason: 'no-room-for-3-countries',
      countriesAvailable: 4,
    });
  });

  it('is deterministic', () => {
    expect(suggestCompositions(input)).toEqual(suggestCompositions(input));
  });
});

describe('coverageOf', () => {
  it('reports covered and missing segments and countries of a selection', () => {
    const coverage = coverageOf(['c1', 'c4', 'c6', 'zzz', 'c1'], input);
    expect(coverage).toEqual({
      clusterIds: ['c1', 'c4', 'c6'],
      ignoredClusterIds: ['zzz'],
      covered: ['a', 'b', 'd'],
      missing: ['c', 'e'],
      total: 5,
      ratio: 0.6,
      countries: ['ES', 'FR', 'TN'],
      meetsCountryRule: true,
      bySegment: [
        { key: 'a', clusterIds: ['c1'] },
        { key: 'b', clusterIds: ['c1'] },
        { key: 'c', clusterIds: [] },
        { key: 'd', clusterIds: ['c4'] },
        { key: 'e', clusterIds: [] },
      ],
    });
  });

  it('updates as clusters are added or removed', () => {
    const before = coverageOf(['c1'], input);
    expect(before.covered).toEqual(['a', 'b']);
    expect(before.meetsCountryRule).toBe(false);
    const added = coverageOf(['c1', 'c3', 'c4'], input);
    expect(added.covered).toEqual(['a', 'b', 'c', 'd']);
    expect(added.meetsCountryRule).toBe(true);
    const removed = coverageOf(['c1', 'c4'], input);
    expect(removed.covered).toEqual(['a', 'b', 'd']);
    expect(removed.countries).toEqual(['ES', 'FR']);
    expect(coverageOf([], input)).toMatchObject({ covered: [], ratio: 0, countries: [] });
  });
});
