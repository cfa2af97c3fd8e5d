// The meta-cluster analyses on the generated sample workspace: invariants against direct recounts.
import { describe, expect, it } from 'vitest';
import { isCommittedMember } from '../../../src-core/analysis/helix';
import { isKnowledgeEntity } from '../../../src-core/model/enums';
import {
  buildChainIndex,
  coverageOf,
  matchOfferToNeed,
  rankClustersForChain,
  suggestCompositions,
  suggestPairs,
  valueChainMatrix,
} from '../../../src-core/metacluster';
import { generateSampleWorkspace } from '../../../src-core/sample';

const today = '2026-11-28';
const workspace = generateSampleWorkspace({ seed: 2026 });
const organisationById = new Map(workspace.organisations.map((o) => [o.id, o]));
const clusterById = new Map(workspace.clusters.map((c) => [c.id, c]));

/** Distinct current members of a cluster tagged with one of `segmentIds`: the slow, obvious way. */
function recount(clusterIds: readonly string[], segmentIds: readonly string[]) {
  const ids = new Set<string>();
  let knowledge = 0;
  for (const membership of workspace.memberships) {
    if (!clusterIds.includes(membership.clusterId)) continue;
    const organisation = organisationById.get(membership.organisationId);
    if (organisation === undefined || !isCommittedMember({ organisation, membership }, today))
      continue;
    if (!organisation.segments.some((s) => segmentIds.includes(s))) continue;
    if (ids.has(organisation.id)) continue;
    ids.add(organisation.id);
    if (isKnowledgeEntity(organisation.type)) knowledge++;
  }
  return { organisations: ids.size, knowledge };
}

describe('meta-cluster analyses on the sample workspace (seed 2026)', () => {
  for (const valueChain of workspace.valueChains) {
    describe(valueChain.name, () => {
      const input = { ...workspace, valueChain, today };
      const index = buildChainIndex(input);
      const matrix = valueChainMatrix({ ...input, index });
      const segmentIds = valueChain.segments.map((s) => `${valueChain.id}/${s.key}`);

      it('matrix cells and totals equal a direct recount', () => {
        const tagged = workspace.clusters.filter(
          (c) => !c.deleted && c.valueChainIds.includes(valueChain.id),
        );
        expect(matrix.clusters.map((c) => c.id).sort()).toEqual(tagged.map((c) => c.id).sort());
        const clustersOf = (country: string) =>
          matrix.clusters.filter((c) => c.country === country).map((c) => c.id);
        for (const row of matrix.rows) {
          for (const cluster of matrix.clusters) {
            expect(row.byCluster[cluster.id]).toEqual(recount([cluster.id], [row.segment.id]));
          }
          for (const country of matrix.countries) {
            expect(row.byCountry[country]).toEqual(recount(clustersOf(country), [row.segment.id]));
          }
        }
        for (const cluster of matrix.clusters) {
          expect(matrix.totals.byCluster[cluster.id]).toEqual(recount([cluster.id], segmentIds));
        }
        expect(matrix.totals.overall).toEqual(
          recount(
            matrix.clusters.map((c) => c.id),
            segmentIds,
          ),
        );
        const cells = matrix.rows.flatMap((r) => Object.values(r.byCluster));
        expect(matrix.maxCell.byCluster).toBe(Math.max(...cells.map((c) => c.organisations)));
      });

      it('every suggested composition spans ≥ 3 countries and reports its true coverage', () => {
        const result = suggestCompositions({ ...input, index });
        const countries = new Set(matrix.clusters.map((c) => c.country));
        if (countries.size < 3) {
          expect(result.reason).toBe('fewer-than-3-countries');
          return;
        }
        expect(result.reason).toBeNull();
        expect(result.compositions.length).toBeGreaterThan(0);
        expect(result.compositions.length).toBeLessThanOrEqual(3);
        for (const composition of result.compositions) {
          expect(composition.clusterIds.length).toBeLessThanOrEqual(6);
          const recounted = new Set(
            composition.clusterIds.map((id) => clusterById.get(id)?.country),
          );
          expect(recounted.size).toBeGreaterThanOrEqual(3);
          expect([...recounted].sort()).toEqual(composition.countries);
          expect(composition.coverage).toEqual(coverageOf(composition.clusterIds, input));
          const covered = matrix.rows
            .filter((r) =>
              composition.clusterIds.some((id) => (r.byCluster[id]?.organisations ?? 0) > 0),
            )
            .map((r) => r.segment.key);
          expect(composition.coverage.covered).toEqual(covered);
        }
      });

      it('ranks candidates with scores equal to the sum of their factors', () => {
        const current = result0(input);
        const ranked = rankClustersForChain({ ...input, index, current });
        expect(ranked.length).toBe(matrix.clusters.length - current.length);
        for (const candidate of ranked) {
          expect(candidate.score).toBe(candidate.factors.reduce((s, f) => s + f.points, 0));
          expect(current).not.toContain(candidate.clusterId);
        }
        for (let i = 1; i < ranked.length; i++) {
          expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
        }
      });

      it('one shared index gives what each analysis finds with its own (the composer shares it)', () => {
        const current = result0(input);
        expect(rankClustersForChain({ ...input, index, current })).toEqual(
          rankClustersForChain({ ...input, current }),
        );
        expect(suggestCompositions({ ...input, index, current: [] })).toEqual(
          suggestCompositions({ ...input, current: [] }),
        );
        expect(coverageOf(current, { ...input, index })).toEqual(coverageOf(current, input));
      });
    });
  }

  it('suggests explainable cross-country pairs inside a suggested meta-cluster', () => {
    const valueChain = workspace.valueChains[0]!;
    const composition = suggestCompositions({ ...workspace, valueChain, today }).compositions[0];
    if (composition === undefined) throw new Error('no composition');
    const pairs = suggestPairs({ ...workspace, clusterIds: composition.clusterIds, today });
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.length).toBeLessThanOrEqual(500);
    for (let i = 1; i < pairs.length; i++) {
      expect(pairs[i - 1]!.score).toBeGreaterThanOrEqual(pairs[i]!.score);
    }
    for (const pair of pairs.slice(0, 200)) {
      expect(pair.a.country).not.toBe(pair.b.country);
      for (const reason of pair.reasons) {
        expect(organisationById.get(reason.offeredBy)?.offers).toContain(reason.offer);
        expect(organisationById.get(reason.neededBy)?.needs).toContain(reason.need);
        expect(matchOfferToNeed(reason.offer, reason.need)?.points).toBe(reason.points);
      }
    }
    expect(suggestPairs({ ...workspace, clusterIds: composition.clusterIds, today })).toEqual(
      pairs,
    );
  });
});

/** The first matrix cluster as the current selection. */
function result0(input: Parameters<typeof valueChainMatrix>[0]): string[] {
  const first = valueChainMatrix(input).clusters[0];
  return first === undefined ? [] : [first.id];
}
