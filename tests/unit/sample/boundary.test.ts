// The line between sample data and the user's own: what needs sample data (entangled), and what
// removing the sample keeps, removes and writes again.
import { describe, expect, it } from 'vitest';
import {
  syncedTableNames,
  type MembershipRecord,
  type OrganisationRecord,
} from '../../../src-core/model/entities';
import {
  countIds,
  entangledRecords,
  freedRecords,
  isChangedSample,
  planSampleRemoval,
  type AllRows,
} from '../../../src-core/sample/boundary';
import type { SyncedTableName } from '../../../src-core/model/entities';
import { generateSampleWorkspace } from '../../../src-core/sample';
import { formatHlc } from '../../../src-core/sync/hlc';
import { stampNew, stampPatch } from '../../../src-core/sync/stamp';

/** The sample's rows of one table (tables it does not fill are absent). */
function sampleRows(table: SyncedTableName): readonly object[] {
  return (sample as Partial<Record<SyncedTableName, readonly object[]>>)[table] ?? [];
}

const USER = 'aaaaaaaaaaaaaaaa';
const clock = (millis: number) => formatHlc({ millis, counter: 0, node: USER });
const sample = generateSampleWorkspace({ seed: 3, organisations: 200 });

function rowsWith(extra: Partial<AllRows> = {}, replace: Partial<AllRows> = {}): AllRows {
  const out: Record<string, unknown[]> = {};
  for (const table of syncedTableNames) {
    out[table] = [
      ...((replace[table] ?? sampleRows(table)) as unknown[]),
      ...((extra[table] ?? []) as unknown[]),
    ];
  }
  return out as unknown as AllRows;
}

const realOrganisation = (id: string, name: string): OrganisationRecord =>
  stampNew(
    id,
    {
      name,
      type: 'university',
      country: 'TN',
      region: null,
      naceCodes: [],
      segments: [],
      website: null,
      offers: [],
      needs: [],
    },
    clock(2_000_000_000_000),
  );

const realMembership = (id: string, organisationId: string, clusterId: string): MembershipRecord =>
  stampNew(
    id,
    { organisationId, clusterId, status: 'member' as const, since: null, until: null },
    clock(2_000_000_000_001),
  );

const ids = {
  org: '0192f0c4-7b1e-7c3a-9d2e-0000000000a1',
  membership: '0192f0c4-7b1e-7c3a-9d2e-0000000000b1',
  membership2: '0192f0c4-7b1e-7c3a-9d2e-0000000000b2',
};

describe('entangled records', () => {
  it('a real membership of a sample cluster needs sample data; one between real records does not', () => {
    const cluster = sample.clusters[0]!;
    const own = realOrganisation(ids.org, 'Université de Sfax');
    const ofSample = realMembership(ids.membership, own.id, cluster.id);
    const rows = rowsWith({ organisations: [own], memberships: [ofSample] });
    const entangled = entangledRecords(rows);
    expect([...(entangled.get('memberships') ?? [])]).toEqual([ofSample.id]);
    expect(entangled.get('organisations')?.size).toBe(0);
    // Nothing of the sample itself is "entangled": only the user's records can be.
    expect(countIds(Object.fromEntries([...entangled].map(([t, s]) => [t, [...s]])))).toBe(1);
  });

  it('a real contact at a real organisation that only mentions sample value chains is free', () => {
    const chain = sample.valueChains[0]!;
    const own = {
      ...realOrganisation(ids.org, 'Olive Lab'),
      segments: [`${chain.id}/${chain.segments[0]!.key}`],
    };
    const entangled = entangledRecords(rowsWith({ organisations: [own] }));
    expect(entangled.get('organisations')?.size).toBe(0);
  });
});

describe('planning the removal of the sample', () => {
  it('the untouched sample goes entirely', () => {
    const plan = planSampleRemoval(rowsWith());
    expect(countIds(plan.adopt)).toBe(0);
    expect(countIds(plan.release)).toBe(0);
    const total = syncedTableNames.reduce((n, t) => n + sampleRows(t).length, 0);
    expect(countIds(plan.remove)).toBe(total);
  });

  it('keeps what real data points at — and what that points at — and frees the records that needed it', () => {
    const cluster = sample.clusters.find((c) => c.valueChainIds.length > 0)!;
    const sampleOrg = sample.organisations[0]!;
    const own = realOrganisation(ids.org, 'Université de Sfax');
    const rows = rowsWith({
      organisations: [own],
      memberships: [
        realMembership(ids.membership, own.id, cluster.id),
        realMembership(ids.membership2, sampleOrg.id, cluster.id),
      ],
    });
    const plan = planSampleRemoval(rows);
    expect(plan.adopt.clusters).toEqual([cluster.id]);
    expect(plan.adopt.organisations).toEqual([sampleOrg.id]);
    // The cluster's value chains stay too, so what is kept is whole.
    expect(plan.adopt.valueChains).toEqual([...cluster.valueChainIds].sort());
    expect(plan.release.memberships).toEqual([ids.membership, ids.membership2].sort());
    expect(plan.remove.clusters).not.toContain(cluster.id);
    expect(plan.remove.organisations).not.toContain(sampleOrg.id);
    expect(countIds(plan.adopt) + countIds(plan.remove)).toBe(
      syncedTableNames.reduce((n, t) => n + sampleRows(t).length, 0),
    );
    expect(plan.adoptUsed).toBe(countIds(plan.adopt));
    expect(plan.adoptChanged).toBe(0);
  });

  it('a sample record the user changed is kept (with what it uses), unless the user says otherwise', () => {
    const organisation = sample.organisations.find((o) => o.segments.length > 0)!;
    const { record: renamed } = stampPatch(
      organisation,
      { name: 'Renamed by the user' },
      clock(2_000_000_000_100),
    );
    expect(isChangedSample(renamed)).toBe(true);
    expect(isChangedSample(organisation)).toBe(false);
    const rows = rowsWith(
      {},
      { organisations: sample.organisations.map((o) => (o.id === renamed.id ? renamed : o)) },
    );
    const kept = planSampleRemoval(rows);
    expect(kept.adopt.organisations).toEqual([renamed.id]);
    expect(kept.adoptChanged).toBe(1);
    expect((kept.adopt.valueChains ?? []).length).toBeGreaterThan(0);
    const removed = planSampleRemoval(rows, { keepChanged: false });
    expect(countIds(removed.adopt)).toBe(0);
    expect(removed.remove.organisations).toContain(renamed.id);
  });

  it('records the user chose to keep are kept with what they point at', () => {
    const membership = sample.memberships[0]!;
    const plan = planSampleRemoval(rowsWith(), { adoptAlso: { memberships: [membership.id] } });
    expect(plan.adopt.memberships).toEqual([membership.id]);
    expect(plan.adopt.organisations).toEqual([membership.organisationId]);
    expect(plan.adopt.clusters).toEqual([membership.clusterId]);
  });
});

describe('records freed by a partner', () => {
  it('a real membership of a sample cluster is freed once that cluster becomes real data', () => {
    const cluster = sample.clusters[0]!;
    const own = realOrganisation(ids.org, 'Université de Sfax');
    const membership = realMembership(ids.membership, own.id, cluster.id);
    const before = rowsWith({ organisations: [own], memberships: [membership] });
    const real = { ...cluster };
    delete (real as { origin?: unknown }).origin;
    const after = rowsWith(
      { organisations: [own], memberships: [membership] },
      { clusters: sample.clusters.map((c) => (c.id === cluster.id ? real : c)) },
    );
    expect(freedRecords(before, after)).toEqual({ memberships: [ids.membership] });
    expect(freedRecords(before, before)).toEqual({});
  });
});
