// The rotation of automatic snapshots (issue 17): what is kept, what goes, and what never goes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SNAPSHOT_POLICY,
  parseSnapshotName,
  snapshotName,
  snapshotReasons,
  snapshotsToDelete,
  type SnapshotReason,
} from '../../../src-core/backup/snapshots';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-09-15T19:45:00.000Z');
const MB = 1024 ** 2;

const snap = (reason: SnapshotReason, ago: number, size = MB) => ({
  name: snapshotName(reason, new Date(NOW - ago)),
  size,
});

describe('snapshot names', () => {
  it('carry the reason and the time, and read back', () => {
    const at = new Date('2026-09-15T19:45:12.345Z');
    for (const reason of snapshotReasons) {
      const name = snapshotName(reason, at);
      expect(name).toMatch(/^snapshot-[a-z-]+-2026-09-15T19-45-12-345Z\.mcsbackup$/);
      expect(parseSnapshotName(name)).toEqual({ reason, at: at.getTime() });
    }
  });

  it('are not the user’s own backups, nor anything else', () => {
    expect(parseSnapshotName('workspace-2026-09-15T19-45-12-345Z.mcsbackup')).toBeNull();
    expect(parseSnapshotName('snapshot-whim-2026-09-15T19-45-12-345Z.mcsbackup')).toBeNull();
    expect(parseSnapshotName('snapshot-scheduled-2026-02-31T19-45-12-345Z.mcsbackup')).toBeNull();
    expect(
      parseSnapshotName('snapshot-scheduled-2026-09-15T19-45-12-345Z.mcsbackup.exe'),
    ).toBeNull();
  });
});

describe('rotation', () => {
  it('keeps the last day hourly, then one a day for 14 days, then one a week for 8 weeks', () => {
    // A scheduled snapshot every hour for 70 days.
    const backups = Array.from({ length: 70 * 24 }, (_, hour) => snap('scheduled', hour * HOUR));
    const deleted = new Set(snapshotsToDelete(backups, NOW));
    const kept = backups.filter((b) => !deleted.has(b.name));
    const ages = kept.map((b) => NOW - parseSnapshotName(b.name)!.at);
    expect(ages.filter((age) => age <= 24 * HOUR)).toHaveLength(25);
    const older = ages.filter((age) => age > 24 * HOUR);
    // One per day up to 14 days, one per week up to 8 weeks: nothing older than 8 weeks.
    expect(Math.max(...older)).toBeLessThanOrEqual(8 * 7 * DAY);
    expect(older.filter((age) => age <= 14 * DAY).length).toBeGreaterThanOrEqual(13);
    expect(older.filter((age) => age <= 14 * DAY).length).toBeLessThanOrEqual(15);
    expect(older.filter((age) => age > 14 * DAY).length).toBeGreaterThanOrEqual(5);
    expect(older.filter((age) => age > 14 * DAY).length).toBeLessThanOrEqual(8);
  });

  it('keeps snapshots before an import or a restore for 14 days, at most 30', () => {
    const old = snap('before-import', 15 * DAY);
    const recent = Array.from({ length: 35 }, (_, i) => snap('before-restore', i * HOUR));
    const deleted = snapshotsToDelete([old, ...recent], NOW);
    expect(deleted).toContain(old.name);
    expect(deleted).toHaveLength(1 + 5);
    // The five oldest of the recent ones go.
    expect(deleted.slice(1)).toEqual(
      recent
        .slice(30)
        .reverse()
        .map((b) => b.name),
    );
  });

  it('keeps the newest snapshots within the size cap, and always the newest one', () => {
    const policy = { ...DEFAULT_SNAPSHOT_POLICY, maxBytes: 250 * MB };
    const backups = [
      snap('before-import', 3 * HOUR, 100 * MB),
      snap('before-import', 2 * HOUR, 100 * MB),
      snap('before-import', 1 * HOUR, 100 * MB),
    ];
    expect(snapshotsToDelete(backups, NOW, policy)).toEqual([backups[0]!.name]);
    const huge = [snap('scheduled', 2 * HOUR, 300 * MB), snap('before-restore', HOUR, 300 * MB)];
    expect(snapshotsToDelete(huge, NOW, policy)).toEqual([huge[0]!.name]);
  });

  it('never deletes the user’s own backups, nor the newest snapshot (any history)', () => {
    const entry = fc.record({
      own: fc.boolean(),
      reason: fc.constantFrom(...snapshotReasons),
      ago: fc.integer({ min: 0, max: 120 * DAY }),
      size: fc.integer({ min: 1, max: 800 * MB }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), (entries) => {
        const backups = entries.map((e, i) =>
          e.own
            ? { name: `workspace-${i}.mcsbackup`, size: e.size }
            : snap(e.reason, e.ago, e.size),
        );
        const deleted = snapshotsToDelete(backups, NOW);
        expect(deleted.some((name) => name.startsWith('workspace-'))).toBe(false);
        const snapshots = backups.filter((b) => parseSnapshotName(b.name));
        if (snapshots.length > 0) {
          const newest = snapshots.reduce((a, b) =>
            parseSnapshotName(a.name)!.at >= parseSnapshotName(b.name)!.at ? a : b,
          );
          expect(deleted).not.toContain(newest.name);
        }
        const kept = snapshots.filter((b) => !deleted.includes(b.name));
        const bytes = kept.reduce((sum, b) => sum + b.size, 0);
        if (kept.length > 1) expect(bytes).toBeLessThanOrEqual(DEFAULT_SNAPSHOT_POLICY.maxBytes);
      }),
    );
  });
});
