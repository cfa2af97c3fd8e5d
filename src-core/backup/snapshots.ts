/**
 * Automatic local snapshots (issue 17): a full backup the app makes by itself before anything
 * that replaces or removes much at once — a package applied, a backup restored, the sample
 * removed, the database upgraded — and on a schedule while the app is open. They live beside the
 * user's own backups (same folder, same format), told apart by their name, which carries the
 * reason: `snapshot-<reason>-<ISO time>.mcsbackup`. Pure: names, and which to delete.
 *
 * Kept (the rotation, run after each new snapshot):
 * - the user's own backups: never deleted automatically;
 * - snapshots before an import, a restore, a sample removal or an upgrade: 14 days, at most 30;
 * - scheduled snapshots: every hourly one of the last 24 hours, then the first of each day for
 *   14 days, then the first of each week for 8 weeks;
 * - and, over all automatic snapshots, at most `maxBytes` (the oldest go first).
 */

export const snapshotReasons = [
  'before-import',
  'before-restore',
  'before-sample-removal',
  'before-upgrade',
  'scheduled',
] as const;
export type SnapshotReason = (typeof snapshotReasons)[number];

export const SNAPSHOT_PREFIX = 'snapshot-';
export const BACKUP_EXTENSION = '.mcsbackup';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface SnapshotPolicy {
  readonly eventDays: number;
  readonly eventMax: number;
  readonly hourlyHours: number;
  readonly dailyDays: number;
  readonly weeklyWeeks: number;
  readonly maxBytes: number;
}

export const DEFAULT_SNAPSHOT_POLICY: SnapshotPolicy = {
  eventDays: 14,
  eventMax: 30,
  hourlyHours: 24,
  dailyDays: 14,
  weeklyWeeks: 8,
  maxBytes: 2 * 1024 ** 3,
};

/** A scheduled snapshot is made when something changed and the last one is this old. */
export const SCHEDULE_EVERY_MS = HOUR;

/** "2026-09-15T19:45:12.345Z" → "2026-09-15T19-45-12-345Z" (a file name has no colons). */
function stamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export function snapshotName(reason: SnapshotReason, at: Date): string {
  return `${SNAPSHOT_PREFIX}${reason}-${stamp(at)}${BACKUP_EXTENSION}`;
}

const NAME = new RegExp(
  `^${SNAPSHOT_PREFIX}(${snapshotReasons.join('|')})-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z\\${BACKUP_EXTENSION}$`,
);

export interface SnapshotName {
  readonly reason: SnapshotReason;
  readonly at: number;
}

/** The reason and time of a snapshot's name; null for the user's own backups (and anything else). */
export function parseSnapshotName(name: string): SnapshotName | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, reason, day, hours, minutes, seconds, millis] = match;
  const iso = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`;
  const at = Date.parse(iso);
  // Not a real time (31 February) does not read back the same.
  if (Number.isNaN(at) || new Date(at).toISOString() !== iso) return null;
  return { reason: reason as SnapshotReason, at };
}

export interface StoredBackup {
  readonly name: string;
  readonly size: number;
}

/** Monday 00:00 UTC of the week `at` falls in. */
function weekOf(at: number): number {
  const day = Math.floor(at / DAY);
  // 1970-01-01 was a Thursday: day 0 is weekday 3 counting from Monday.
  return (day - ((day + 3) % 7)) * DAY;
}

/** The names of the automatic snapshots the rotation removes, oldest first. */
export function snapshotsToDelete(
  backups: readonly StoredBackup[],
  now: number,
  policy: SnapshotPolicy = DEFAULT_SNAPSHOT_POLICY,
  /** The snapshot just written: kept whatever its name says (a clock once wrong). */
  justWritten?: string,
): string[] {
  const snapshots = backups
    .flatMap((backup) => {
      const parsed = parseSnapshotName(backup.name);
      return parsed ? [{ ...backup, ...parsed }] : [];
    })
    .sort((a, b) => a.at - b.at || (a.name < b.name ? -1 : 1));
  const keep = new Set<string>();

  const events = snapshots.filter(
    (s) => s.reason !== 'scheduled' && now - s.at <= policy.eventDays * DAY,
  );
  for (const s of events.slice(-policy.eventMax)) keep.add(s.name);

  const scheduled = snapshots.filter((s) => s.reason === 'scheduled');
  const firstOf = new Set<string>();
  for (const [span, bucket] of [
    [policy.dailyDays * DAY, (at: number) => Math.floor(at / DAY)],
    [policy.weeklyWeeks * 7 * DAY, weekOf],
  ] as const) {
    const seen = new Set<number>();
    for (const s of scheduled) {
      if (now - s.at > span) continue;
      const key = bucket(s.at);
      if (seen.has(key)) continue;
      seen.add(key);
      firstOf.add(s.name);
    }
  }
  for (const s of scheduled) {
    if (now - s.at <= policy.hourlyHours * HOUR || firstOf.has(s.name)) keep.add(s.name);
  }

  // The size cap: the newest kept snapshots first, until the budget is spent. The newest of all
  // (usually the one just made) always stays.
  let bytes = 0;
  const newest = snapshots.at(-1)?.name;
  for (const s of [...snapshots].reverse()) {
    if (!keep.has(s.name)) continue;
    bytes += s.size;
    if (bytes > policy.maxBytes && s.name !== newest && s.name !== justWritten) keep.delete(s.name);
  }
  if (newest !== undefined) keep.add(newest);
  if (justWritten !== undefined) keep.add(justWritten);
  return snapshots.filter((s) => !keep.has(s.name)).map((s) => s.name);
}
