// The one merge planner (src-core/sync/plan.ts): what an import does, before anything changes.
import { describe, expect, it } from 'vitest';
import { ClockError, formatHlc, initialHlc, parseHlc } from '../../../src-core/sync/hlc';
import {
  isCompletePackage,
  planMerge,
  type IncomingPackage,
  type LocalState,
  type SyncRecord,
} from '../../../src-core/sync/plan';

const ME = 'aaaaaaaaaaaaaaaa';
const PARTNER = 'bbbbbbbbbbbbbbbb';
const SAMPLE = '5a301e5a301e2026';
const T0 = Date.UTC(2026, 2, 14, 9);
const at = (millis: number, node: string) => formatHlc({ millis, counter: 0, node });
const ID = '0192f0c4-7b1e-7c3a-9d2e-000000000001';

function local(rows: Record<string, SyncRecord[]> = {}, knowledge = {}): LocalState {
  return {
    node: ME,
    clock: initialHlc(ME),
    knowledge,
    get: (table, id) => rows[table]?.find((row) => row.id === id),
  };
}

function pkg(records: SyncRecord[], extra: Partial<IncomingPackage> = {}): IncomingPackage {
  return {
    source: PARTNER,
    knowledge: { [PARTNER]: at(T0, PARTNER) },
    coverage: { kind: 'workspace' },
    tables: new Map([['organisations', records]]),
    ...extra,
  };
}

const org = (name: string, clock: string, extra: Record<string, unknown> = {}): SyncRecord => ({
  id: ID,
  name,
  deleted: false,
  clocks: { '*': clock },
  ...extra,
});

describe('planMerge', () => {
  it('a package of this node is its own: nothing planned, clock and knowledge unchanged', () => {
    const mine = local();
    const plan = planMerge(pkg([org('Mine', at(T0, ME))], { source: ME }), mine, T0);
    expect(plan).toMatchObject({ isOwn: true, changes: [], conflicts: [], clockMoved: false });
    expect(plan.knowledge).toBe(mine.knowledge);
  });

  it('a new record is planned as new; the clock moves past the package', () => {
    const plan = planMerge(pkg([org('Olive Lab', at(T0, PARTNER))]), local(), T0);
    expect(plan.perTable).toEqual([
      { table: 'organisations', new: 1, updated: 0, deleted: 0, unchanged: 0 },
    ]);
    expect(plan.changes[0]).toMatchObject({ table: 'organisations', before: null });
    expect(plan.clockMoved).toBe(true);
    expect(parseHlc(formatHlc(plan.clock)).millis).toBeGreaterThanOrEqual(T0);
  });

  it('a partner’s record arriving on a sample row makes it real data', () => {
    const sampleRow = org('Olive Lab', at(T0 - 1000, SAMPLE), { origin: 'sample' });
    // Even an identical copy (same values, same clock) turns the row into the user's data.
    const same = planMerge(
      pkg([org('Olive Lab', at(T0 - 1000, SAMPLE))]),
      local({ organisations: [sampleRow] }),
      T0,
    );
    expect(same.changes).toHaveLength(1);
    expect(same.changes[0]?.after).not.toHaveProperty('origin');
    const renamed = planMerge(
      pkg([org('Olive Lab SARL', at(T0, PARTNER))]),
      local({ organisations: [sampleRow] }),
      T0,
    );
    expect(renamed.changes[0]?.after).toMatchObject({ name: 'Olive Lab SARL' });
    expect(renamed.changes[0]?.after).not.toHaveProperty('origin');
    // The sample's own value is nobody's work: no conflict.
    expect(renamed.conflicts).toEqual([]);
  });

  it('on a sample row, what this node wrote still conflicts with a partner’s concurrent value', () => {
    const edited = {
      ...org('Olive Lab', at(T0 - 1000, SAMPLE), { origin: 'sample' }),
      name: 'Olive Lab (mine)',
      clocks: { '*': at(T0 - 1000, SAMPLE), name: at(T0 - 500, ME) },
    };
    const plan = planMerge(
      pkg([org('Olive Lab SARL', at(T0, PARTNER))]),
      local({ organisations: [edited] }),
      T0,
    );
    expect(plan.conflicts).toEqual([
      expect.objectContaining({
        table: 'organisations',
        field: 'name',
        keptValue: 'Olive Lab SARL',
        lostValue: 'Olive Lab (mine)',
      }),
    ]);
  });

  it('only complete packages lend their knowledge', () => {
    const knowledge = { [PARTNER]: at(T0 - 10, PARTNER) };
    expect(isCompletePackage({ kind: 'workspace' }, {})).toBe(true);
    expect(isCompletePackage({ kind: 'partial' }, knowledge)).toBe(false);
    expect(isCompletePackage({ kind: 'since', knowledge }, knowledge)).toBe(true);
    expect(isCompletePackage({ kind: 'since', knowledge }, {})).toBe(false);
    const partial = planMerge(
      pkg([org('A', at(T0, PARTNER))], { coverage: { kind: 'partial' } }),
      local(),
      T0,
    );
    expect(partial.isComplete).toBe(false);
    expect(partial.knowledge).toEqual({});
    const whole = planMerge(pkg([org('A', at(T0, PARTNER))]), local(), T0);
    expect(whole.isComplete).toBe(true);
    expect(whole.knowledge).toEqual({ [PARTNER]: at(T0, PARTNER) });
  });

  it('a clock more than a day ahead refuses the whole package, naming the node', () => {
    const ahead = at(T0 + 2 * 24 * 3_600_000, PARTNER);
    expect(() => planMerge(pkg([org('Future', ahead)]), local(), T0)).toThrow(ClockError);
    try {
      planMerge(pkg([org('Future', ahead)]), local(), T0);
    } catch (error) {
      expect(error).toMatchObject({ code: 'clock-skew', node: PARTNER });
    }
  });

  it('a record listed twice is merged once, harmlessly', () => {
    const record = org('Olive Lab', at(T0, PARTNER));
    const plan = planMerge(pkg([record, record]), local(), T0);
    expect(plan.changes).toHaveLength(1);
    expect(plan.perTable[0]).toMatchObject({ new: 1 });
  });
});
