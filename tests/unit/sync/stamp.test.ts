import { describe, expect, it } from 'vitest';
import { clockOf, writerOf } from '../../../src-core/model/sync-meta';
import { latestClock, sameValue, stampNew, stampPatch } from '../../../src-core/sync/stamp';

const C1 = '000000000000001000-0000-aaaaaaaaaaaaaaaa';
const C2 = '000000000000002000-0000-bbbbbbbbbbbbbbbb';
const ID = '0192f0c4-7b1e-7c3a-9d2e-1f2a3b4c5d6e';

describe('stamping', () => {
  it('stamps every field of a new record, and deleted:false, with one clock stored once', () => {
    const record = stampNew(ID, { name: 'Olive Cluster', tags: ['a'] }, C1);
    expect(record).toEqual({
      id: ID,
      name: 'Olive Cluster',
      tags: ['a'],
      deleted: false,
      clocks: { '*': C1 },
    });
    expect(writerOf(record, 'name')).toBe('aaaaaaaaaaaaaaaa');
  });

  it('stamps only the fields whose value really changes', () => {
    const record = stampNew(ID, { name: 'Olive Cluster', tags: ['a', 'b'], size: 3 }, C1);
    const { record: next, changed } = stampPatch(
      record,
      { name: 'Olive Cluster', tags: ['a', 'b'], size: 4 },
      C2,
    );
    expect(changed).toEqual(['size']);
    expect(next.clocks).toEqual({ '*': C1, size: C2 });
    expect(['name', 'tags', 'size', 'deleted'].map((f) => clockOf(next, f))).toEqual([
      C1,
      C1,
      C2,
      C1,
    ]);
    expect(writerOf(next, 'size')).toBe('bbbbbbbbbbbbbbbb');
    expect(latestClock(next)).toBe(C2);
  });

  it('a no-op write returns the same record and stamps nothing', () => {
    const record = stampNew(ID, { name: 'x' }, C1);
    const result = stampPatch(record, { name: 'x' }, C2);
    expect(result.changed).toEqual([]);
    expect(result.record).toBe(record);
  });

  it('deleting is a clocked write of the deleted field', () => {
    const record = stampNew(ID, { name: 'x' }, C1);
    const { record: deleted } = stampPatch(record, { deleted: true }, C2);
    expect(deleted.deleted).toBe(true);
    expect(clockOf(deleted, 'deleted')).toBe(C2);
    expect(clockOf(deleted, 'name')).toBe(C1);
  });

  it('never stamps metadata keys from a patch', () => {
    const record = stampNew(ID, { name: 'x' }, C1);
    const { record: next, changed } = stampPatch(record, { id: 'other', clocks: {} } as never, C2);
    expect(changed).toEqual([]);
    expect(next.id).toBe(ID);
  });

  it('compares JSON values structurally, ignoring key order', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });
});
