/** Merge of synced records: per-field LWW, deletion, conflict detection, canonical output, erasure. */
import { describe, expect, it } from 'vitest';
import type { SyncMeta } from '../../../src-core/model/sync-meta';
import { hasSeen, knowledgeOf, mergeKnowledge } from '../../../src-core/sync/knowledge';
import { mergeRecord, mergeTable, normaliseRecord } from '../../../src-core/sync/merge';
import { Replica } from '../../../src-core/sync/replica';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const clock = (millis: number, node: string): string =>
  `${millis.toString().padStart(18, '0')}-0000-${node}`;
const A1 = clock(1000, A);
const A2 = clock(2000, A);
const A3 = clock(3000, A);
const B2 = clock(2500, B);
const ID = '0192f0c4-7b1e-7c3a-9d2e-1f2a3b4c5d6e';

type Rec = SyncMeta & { name: string; country: string; tags: string[] };
const base: Rec = {
  id: ID,
  name: 'Olive',
  country: 'TN',
  tags: ['a'],
  deleted: false,
  clocks: { '*': A1 },
};
const none = { senderKnowledge: {} };

describe('mergeRecord', () => {
  it('takes the later write per field', () => {
    const local: Rec = { ...base, name: 'Olive A', clocks: { '*': A1, name: A2 } };
    const incoming: Rec = { ...base, country: 'MA', clocks: { '*': A1, country: B2 } };
    const { record, changed } = mergeRecord(local, incoming, {
      senderKnowledge: { [A]: A2, [B]: B2 },
    });
    expect(record).toMatchObject({ name: 'Olive A', country: 'MA', tags: ['a'] });
    expect(record.clocks).toEqual({ '*': A1, name: A2, country: B2 });
    expect(changed).toEqual(['country']);
    // The older write does not win the other way round either.
    expect(mergeRecord(incoming, local, none).record).toEqual(record);
  });

  it('treats deletion as a clocked field, and a later restore wins', () => {
    const deleted: Rec = { ...base, deleted: true, clocks: { '*': A1, deleted: A2 } };
    const edited: Rec = { ...base, name: 'Renamed', clocks: { '*': A1, name: B2 } };
    const merged = mergeRecord(deleted, edited, { senderKnowledge: { [A]: A2 } }).record;
    expect(merged).toMatchObject({ deleted: true, name: 'Renamed' });
    const restored: Rec = { ...merged, deleted: false, clocks: { ...merged.clocks, deleted: A3 } };
    expect(mergeRecord(merged, restored, none).record.deleted).toBe(false);
  });

  it('records a concurrent edit as a conflict with both values', () => {
    const local: Rec = { ...base, name: 'From A', clocks: { '*': A1, name: A2 } };
    const incoming: Rec = { ...base, name: 'From B', clocks: { '*': A1, name: B2 } };
    // B had seen A1 (the record) but not A2 (A's rename).
    const { record, conflicts } = mergeRecord(local, incoming, {
      senderKnowledge: { [A]: A1, [B]: B2 },
      table: 'clusters',
    });
    expect(record.name).toBe('From B');
    expect(conflicts).toEqual([
      {
        table: 'clusters',
        recordId: ID,
        field: 'name',
        keptValue: 'From B',
        keptClock: B2,
        lostValue: 'From A',
        lostClock: A2,
      },
    ]);
    // The same concurrent edit seen from B's side: the incoming value loses, still a conflict.
    const reverse = mergeRecord(incoming, local, { senderKnowledge: { [A]: A2 } });
    expect(reverse.record.name).toBe('From B');
    expect(reverse.conflicts).toHaveLength(1);
    expect(reverse.conflicts[0]).toMatchObject({ lostValue: 'From A', keptValue: 'From B' });
  });

  it('an update over a value the sender had seen is no conflict', () => {
    const local: Rec = { ...base, name: 'From A', clocks: { '*': A1, name: A2 } };
    const incoming: Rec = { ...base, name: 'From B', clocks: { '*': A1, name: B2 } };
    const { record, conflicts } = mergeRecord(local, incoming, {
      senderKnowledge: { [A]: A2, [B]: B2 },
    });
    expect(record.name).toBe('From B');
    expect(conflicts).toEqual([]);
  });

  it('a value the importer had already seen is not a new conflict (stale package)', () => {
    const local: Rec = { ...base, name: 'From B', clocks: { '*': A1, name: B2 } };
    const stale: Rec = { ...base, name: 'From A', clocks: { '*': A1, name: A2 } };
    const result = mergeRecord(local, stale, {
      senderKnowledge: { [A]: A2 },
      localKnowledge: { [A]: A2, [B]: B2 },
    });
    expect(result.record).toEqual(normaliseRecord(local));
    expect(result.conflicts).toEqual([]);
  });

  it('equal clocks are a no-op', () => {
    const { record, changed, conflicts } = mergeRecord(base, { ...base }, none);
    expect(record).toEqual(base);
    expect(changed).toEqual([]);
    expect(conflicts).toEqual([]);
  });

  it('writes canonical clocks: the most common clock as the default, keys sorted', () => {
    const local: Rec = { ...base, clocks: { '*': A1, name: A2, country: A2, tags: A2 } };
    const { record } = mergeRecord(local, base, none);
    expect(record.clocks).toEqual({ '*': A2, deleted: A1 });
    expect(Object.keys(record)).toEqual(['id', 'country', 'deleted', 'name', 'tags', 'clocks']);
    // Ties go to the later clock.
    const tie: Rec = { ...base, clocks: { '*': A1, name: A2, country: A2 } };
    expect(normaliseRecord(tie).clocks).toEqual({ '*': A2, deleted: A1, tags: A1 });
    expect(JSON.stringify(mergeRecord(base, local, none).record)).toBe(JSON.stringify(record));
  });

  it('keeps a local origin and ignores an incoming one', () => {
    type Local = Rec & { origin?: 'sample' };
    const sample: Local = { ...base, origin: 'sample' };
    expect(mergeRecord<Local>(sample, base, none).record.origin).toBe('sample');
    expect(mergeRecord(undefined, sample, none).record.origin).toBeUndefined();
  });

  it('merges a table and reports the changed ids', () => {
    const other = { ...base, id: '0192f0c4-7b1e-7c3a-9d2e-1f2a3b4c5d6f' };
    const renamed: Rec = { ...base, name: 'New', clocks: { '*': A1, name: A2 } };
    const local = new Map([[base.id, base]]);
    const { records, changedIds } = mergeTable(local, [renamed, other, renamed], {});
    expect(changedIds).toEqual([base.id, other.id]);
    expect(records.get(base.id)?.name).toBe('New');
    expect(local.get(base.id)).toBe(base);
  });

  it('a record held exactly as it comes changes nothing, whatever the knowledge says', () => {
    const held: Rec = { ...base, name: 'Olive B', clocks: { '*': A1, name: B2 } };
    const local = new Map([[held.id, held]]);
    // A copy (not the same object), from a sender that has not seen B's write: still no conflict.
    const { records, changedIds, conflicts } = mergeTable(local, [structuredClone(held)], {
      [A]: A1,
    });
    expect(changedIds).toEqual([]);
    expect(conflicts).toEqual([]);
    expect(records.get(held.id)).toBe(held);
    // The same as the record-by-record merge gives.
    expect(mergeRecord(held, structuredClone(held), { senderKnowledge: { [A]: A1 } })).toEqual({
      record: held,
      changed: [],
      conflicts: [],
    });
  });
});

describe('knowledge', () => {
  it('is the highest clock per node', () => {
    const k = knowledgeOf([base, { ...base, clocks: { '*': A2, name: B2 } }]);
    expect(k).toEqual({ [A]: A2, [B]: B2 });
    expect(hasSeen(k, A1)).toBe(true);
    expect(hasSeen(k, A3)).toBe(false);
    expect(hasSeen({}, A1)).toBe(false);
    expect(mergeKnowledge({ [A]: A3 }, k)).toEqual({ [A]: A3, [B]: B2 });
  });
});

describe('erasure wins', () => {
  const t0 = Date.UTC(2026, 2, 14, 14, 32);
  const org = '0192f0c4-7b1e-7c3a-9d2e-1f2a3b4c5d70';
  const person = {
    organisationId: org,
    givenName: 'Amal',
    familyName: 'Haddad',
    email: 'amal@example.org',
    phone: '+216 1',
    role: 'Manager',
    languages: ['ar', 'fr'],
    doNotContact: false,
    erasedAt: null,
    erasureFingerprints: [],
  };
  const blank = {
    givenName: '',
    familyName: '',
    email: null,
    phone: null,
    role: '',
    languages: [],
    doNotContact: true,
  };

  it('against a newer non-erasing edit and against an older package', () => {
    const a = new Replica(A);
    const b = new Replica(B);
    a.edit('contacts', ID, person, t0);
    const old = a.exportPackage();
    b.importPackage(old, t0 + 1000);
    a.erase(ID, t0 + 2000);
    // B, not knowing of the erasure, edits the person later.
    b.edit('contacts', ID, { givenName: 'Amala', phone: '+216 2' }, t0 + 60_000);
    a.importPackage(b.exportPackage(), t0 + 70_000);
    b.importPackage(a.exportPackage(), t0 + 70_000);
    for (const replica of [a, b]) {
      expect(replica.get('contacts', ID)).toMatchObject(blank);
      expect(replica.get('contacts', ID)?.erasedAt).toBe(new Date(t0 + 2000).toISOString());
      expect(replica.get('contacts', ID)?.erasureFingerprints).toHaveLength(2);
      expect(JSON.stringify(replica.conflicts())).not.toContain('Amal');
    }
    expect(a.snapshot()).toBe(b.snapshot());
    // The old package, delivered again, brings nothing back.
    const before = a.snapshot();
    a.importPackage(old, t0 + 80_000);
    expect(a.snapshot()).toBe(before);
    expect(a.snapshot()).not.toContain('Amal');
    // A local edit after erasure cannot bring personal data back either.
    a.edit('contacts', ID, { email: 'amal@example.org' }, t0 + 90_000);
    expect(a.get('contacts', ID)?.email).toBeNull();
  });

  it('an erased record alone is normalised to blank personal fields', () => {
    const leaky = {
      ...base,
      ...person,
      erasedAt: '2026-03-14T14:32:00.000Z',
      clocks: { '*': A1 },
    };
    expect(normaliseRecord(leaky, 'contacts')).toMatchObject(blank);
  });
});
