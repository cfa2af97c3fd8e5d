// Stage 3 value-chain mapping: the segment × country / cluster matrix and its flags.
import { describe, expect, it } from 'vitest';
import { buildChainIndex, valueChainMatrix } from '../../../src-core/metacluster';
import { input } from './fixtures';

const cell = (organisations: number, knowledge: number) => ({ organisations, knowledge });

describe('valueChainMatrix', () => {
  const matrix = valueChainMatrix(input);

  it('lists the participating clusters (tagged with the chain) and their countries', () => {
    expect(matrix.valueChainId).toBe('vc');
    expect(matrix.countries).toEqual(['ES', 'FR', 'GR', 'IT']);
    expect(matrix.clusters).toEqual([
      { id: 'c1', name: 'Alpha ES', country: 'ES', tagged: true },
      { id: 'c2', name: 'Beta ES', country: 'ES', tagged: true },
      { id: 'c4', name: 'Delta FR', country: 'FR', tagged: true },
      { id: 'c5', name: 'Epsilon GR', country: 'GR', tagged: true },
      { id: 'c3', name: 'Gamma IT', country: 'IT', tagged: true },
    ]);
  });

  it('has one row per segment in chain order', () => {
    expect(matrix.rows.map((r) => r.segment.key)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(matrix.rows[0]?.segment).toEqual({ key: 'a', name: 'Segment A', order: 0, id: 'vc/a' });
  });

  it('counts current members per country (distinct) and per cluster, with knowledge entities', () => {
    const [a, b, c, d, e] = matrix.rows;
    // o2 is in c1 and c2: once for Spain. o5 (engaged), o6 (ended) and o11 (unknown key) do not count.
    expect(a?.byCountry).toEqual({
      ES: cell(2, 1),
      FR: cell(0, 0),
      GR: cell(0, 0),
      IT: cell(0, 0),
    });
    expect(a?.byCluster).toEqual({
      c1: cell(2, 1),
      c2: cell(1, 1),
      c4: cell(0, 0),
      c5: cell(0, 0),
      c3: cell(0, 0),
    });
    expect(a?.total).toEqual(cell(2, 1));
    expect(b?.byCountry.ES).toEqual(cell(2, 1));
    expect(b?.byCluster.c1).toEqual(cell(1, 1));
    expect(b?.byCluster.c2).toEqual(cell(2, 1));
    // The deleted university o10 does not count.
    expect(c?.byCountry).toEqual({
      ES: cell(0, 0),
      FR: cell(0, 0),
      GR: cell(0, 0),
      IT: cell(1, 1),
    });
    expect(d?.byCluster.c4).toEqual(cell(1, 0));
    // o12 works on e but only in a deleted cluster.
    expect(e?.total).toEqual(cell(0, 0));
  });

  it('flags gaps, same-country duplications and single-country complementarity', () => {
    const flags = matrix.rows.map((r) => ({
      key: r.segment.key,
      covering: r.coveringClusterIds,
      countries: r.coveringCountries,
      gap: r.gap,
      duplication: r.duplication,
      duplicatedCountries: r.duplicatedCountries,
      complementary: r.complementary,
      complementedBy: r.complementedBy,
    }));
    expect(flags).toEqual([
      {
        key: 'a',
        covering: ['c1', 'c2'],
        countries: ['ES'],
        gap: false,
        duplication: true,
        duplicatedCountries: ['ES'],
        complementary: true,
        complementedBy: 'ES',
      },
      {
        key: 'b',
        covering: ['c1', 'c2'],
        countries: ['ES'],
        gap: false,
        duplication: true,
        duplicatedCountries: ['ES'],
        complementary: true,
        complementedBy: 'ES',
      },
      {
        key: 'c',
        covering: ['c3'],
        countries: ['IT'],
        gap: false,
        duplication: false,
        duplicatedCountries: [],
        complementary: true,
        complementedBy: 'IT',
      },
      {
        key: 'd',
        covering: ['c4'],
        countries: ['FR'],
        gap: false,
        duplication: false,
        duplicatedCountries: [],
        complementary: true,
        complementedBy: 'FR',
      },
      {
        key: 'e',
        covering: [],
        countries: [],
        gap: true,
        duplication: false,
        duplicatedCountries: [],
        complementary: false,
        complementedBy: null,
      },
    ]);
    expect(matrix.flagCounts).toEqual({ gaps: 1, duplications: 2, complementary: 4 });
  });

  it("with participation 'tagged-or-members' also counts clusters through their members", () => {
    const m = valueChainMatrix({ ...input, participation: 'tagged-or-members' });
    expect(m.countries).toEqual(['ES', 'FR', 'GR', 'IT', 'PT']);
    expect(m.clusters.find((c) => c.id === 'c8')).toEqual({
      id: 'c8',
      name: 'Eta PT',
      country: 'PT',
      tagged: false,
    });
    // Zeta TN has no member on the chain: still out.
    expect(m.clusters.map((c) => c.id)).not.toContain('c6');
    const e = m.rows[4];
    expect(e?.byCountry.PT).toEqual(cell(1, 1));
    expect(e?.gap).toBe(false);
    expect(e?.complementedBy).toBe('PT');
    expect(m.flagCounts).toEqual({ gaps: 0, duplications: 2, complementary: 5 });
    expect(m.totals.overall).toEqual(cell(6, 3));
  });

  it('does not flag several countries on one segment as duplication', () => {
    const m = valueChainMatrix({
      ...input,
      memberships: [...input.memberships, { ...input.memberships[4]!, id: 'x', clusterId: 'c4' }],
    });
    // o4 (segment c) is now also a member of the French cluster c4.
    const c = m.rows[2];
    expect(c?.coveringCountries).toEqual(['FR', 'IT']);
    expect(c?.duplication).toBe(false);
    expect(c?.complementary).toBe(false);
    expect(c?.byCountry.FR).toEqual(cell(1, 1));
    expect(c?.total).toEqual(cell(1, 1));
  });

  it('gives distinct-organisation totals and the largest cell of each view', () => {
    expect(matrix.totals.byCountry).toEqual({
      ES: cell(3, 1),
      FR: cell(1, 0),
      GR: cell(0, 0),
      IT: cell(1, 1),
    });
    expect(matrix.totals.byCluster).toEqual({
      c1: cell(2, 1),
      c2: cell(2, 1),
      c4: cell(1, 0),
      c5: cell(0, 0),
      c3: cell(1, 1),
    });
    expect(matrix.totals.overall).toEqual(cell(5, 2));
    expect(matrix.maxCell).toEqual({ byCountry: 2, byCluster: 2 });
  });

  it('is deterministic and independent of input order, and accepts a prebuilt index', () => {
    const reversed = valueChainMatrix({
      ...input,
      clusters: [...input.clusters].reverse(),
      organisations: [...input.organisations].reverse(),
      memberships: [...input.memberships].reverse(),
    });
    expect(reversed).toEqual(matrix);
    expect(valueChainMatrix({ ...input, index: buildChainIndex(input) })).toEqual(matrix);
  });

  it('handles an empty workspace', () => {
    const m = valueChainMatrix({ ...input, clusters: [], organisations: [], memberships: [] });
    expect(m.countries).toEqual([]);
    expect(m.rows.every((r) => r.gap)).toBe(true);
    expect(m.totals.overall).toEqual(cell(0, 0));
    expect(m.maxCell).toEqual({ byCountry: 0, byCluster: 0 });
  });
});
