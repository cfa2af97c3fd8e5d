// What records point at, and which of those references have no target.
import { describe, expect, it } from 'vitest';
import { countDangling, findDangling, referencesOf } from '../../../src-core/model/references';
import { generateSampleWorkspace } from '../../../src-core/sample';
import { syncedTableNames, type SyncedTableName } from '../../../src-core/model/entities';

/** The sample's rows of one table (tables it does not fill are absent). */
function sampleRows(table: SyncedTableName): readonly object[] {
  return (sample as Partial<Record<SyncedTableName, readonly object[]>>)[table] ?? [];
}

const sample = generateSampleWorkspace({ seed: 5, organisations: 400 });

describe('referencesOf', () => {
  it('a membership needs its organisation and its cluster', () => {
    const membership = sample.memberships[0]!;
    expect(referencesOf('memberships', membership)).toEqual([
      {
        field: 'organisationId',
        table: 'organisations',
        id: membership.organisationId,
        required: true,
      },
      { field: 'clusterId', table: 'clusters', id: membership.clusterId, required: true },
    ]);
  });

  it('a cluster only mentions its value chains; an organisation its segments’ chains', () => {
    const cluster = sample.clusters.find((c) => c.valueChainIds.length > 0)!;
    expect(referencesOf('clusters', cluster).every((r) => !r.required)).toBe(true);
    expect(referencesOf('clusters', cluster).map((r) => r.id)).toEqual(cluster.valueChainIds);
    const tagged = sample.organisations.find((o) => o.segments.length > 0)!;
    const chains = referencesOf('organisations', tagged);
    expect(chains.length).toBe(tagged.segments.length);
    for (const ref of chains) {
      expect(ref).toMatchObject({ table: 'valueChains', required: false });
      expect(tagged.segments.some((segment) => segment.startsWith(`${ref.id}/`))).toBe(true);
    }
  });

  it('workshop entries point at what their payload names; null ids are no references', () => {
    const pairs = sample.workshopEntries!.find((e) => e.entry.kind === 'organisation-pairs')!;
    if (pairs.entry.kind !== 'organisation-pairs') throw new Error('a pair');
    expect(referencesOf('workshopEntries', pairs).map((r) => [r.field, r.id])).toEqual([
      ['workshopId', pairs.workshopId],
      ['entry.a', pairs.entry.a],
      ['entry.b', pairs.entry.b],
    ]);
    const idea = sample.workshopEntries!.find((e) => e.entry.kind === 'idea-cards')!;
    const tally = {
      ...idea,
      id: '0192f0c4-7b1e-7c3a-9d2e-0000000000aa',
      entry: {
        kind: 'dot-votes' as const,
        ideaId: idea.id,
        dots: 4,
        source: 'table' as const,
        voterId: null,
        table: 2,
      },
    };
    expect(referencesOf('workshopEntries', tally)).toEqual([
      { field: 'workshopId', table: 'workshops', id: idea.workshopId, required: true },
      { field: 'entry.ideaId', table: 'workshopEntries', id: idea.id, required: true },
    ]);
    expect(referencesOf('workshopEntries', idea)).toEqual([
      { field: 'workshopId', table: 'workshops', id: idea.workshopId, required: true },
    ]);
  });

  it('every reference of the sample resolves inside the sample', () => {
    expect(findDangling(sample)).toEqual([]);
    let references = 0;
    for (const table of syncedTableNames) {
      for (const row of sampleRows(table) as never[]) {
        references += referencesOf(table, row).length;
      }
    }
    expect(references).toBeGreaterThan(500);
  });
});

describe('findDangling', () => {
  it('names the records whose target is neither given nor held, and counts them per field', () => {
    const membership = sample.memberships[0]!;
    const others = sample.memberships.filter((m) => m.organisationId === membership.organisationId);
    const organisations = sample.organisations.filter((o) => o.id !== membership.organisationId);
    const records = {
      valueChains: sample.valueChains,
      organisations,
      clusters: sample.clusters,
      memberships: sample.memberships,
    };
    const dangling = findDangling(records);
    expect(dangling.map((d) => d.recordId).sort()).toEqual(others.map((m) => m.id).sort());
    expect(dangling.every((d) => d.from === 'memberships' && d.field === 'organisationId')).toBe(
      true,
    );
    expect(countDangling(dangling)).toEqual([
      {
        table: 'memberships',
        field: 'organisationId',
        target: 'organisations',
        records: others.length,
      },
    ]);
    // Held elsewhere (the importer's database): nothing dangles.
    const held = (table: SyncedTableName, id: string) =>
      table === 'organisations' && id === membership.organisationId;
    expect(findDangling(records, held)).toEqual([]);
  });

  it('a deleted target is still a target (a deletion is data)', () => {
    const membership = sample.memberships[0]!;
    const organisations = sample.organisations.map((o) =>
      o.id === membership.organisationId ? { ...o, deleted: true } : o,
    );
    expect(
      findDangling({
        valueChains: sample.valueChains,
        organisations,
        clusters: sample.clusters,
        memberships: [membership],
      }),
    ).toEqual([]);
  });
});
