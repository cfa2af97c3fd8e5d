/**
 * An in-memory replica: the exchange model without a database, for tests and the merge property
 * suite. It holds synced tables, its hybrid logical clock and its knowledge; it writes through
 * stamping (stamp.ts), exports packages of what a partner may lack and imports them through
 * merge (merge.ts). Import is atomic: every check runs before anything changes. Pure.
 */
import { contactPersonalFields } from '../model/entities';
import { erasedContactFields } from '../roster/erasure';
import type { Hlc } from './hlc';
import { formatHlc, initialHlc, tickHlc } from './hlc';
import type { Knowledge } from './knowledge';
import { hasSeenRecord, mergeKnowledge } from './knowledge';
import type { FieldConflict } from './merge';
import { normaliseRecord } from './merge';
import { planMerge, type SyncRecord } from './plan';
import { restampAll, stampFields, stampNew, stampPatch } from './stamp';

export type { SyncRecord } from './plan';

export interface PackageRecord {
  readonly table: string;
  readonly record: SyncRecord;
}

/** What a package carries, without the zip: who sent it, what it knew, and the records. */
export interface ReplicaPackage {
  readonly source: string;
  readonly knowledge: Knowledge;
  /** For a package of changes only: the knowledge it was cut against (absent: everything). */
  readonly since?: Knowledge;
  readonly records: readonly PackageRecord[];
}

export interface ImportResult {
  readonly changedRecords: number;
  readonly conflicts: readonly FieldConflict[];
  /** The package was this replica's own: nothing imported. */
  readonly isOwn: boolean;
}

/** JSON with object keys sorted at every level: equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const source = item as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(source).sort()) out[key] = source[key];
    return out;
  });
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const conflictKey = (c: FieldConflict): string =>
  `${c.table ?? ''}|${c.recordId}|${c.field}|${c.keptClock}|${c.lostClock}`;

export class Replica {
  clock: Hlc;
  readonly tables = new Map<string, Map<string, SyncRecord>>();
  knowledge: Knowledge = {};
  private readonly conflictLog = new Map<string, FieldConflict>();

  constructor(readonly nodeId: string) {
    this.clock = initialHlc(nodeId);
  }

  get(table: string, id: string): SyncRecord | undefined {
    return this.tables.get(table)?.get(id);
  }

  private tableOf(table: string): Map<string, SyncRecord> {
    let records = this.tables.get(table);
    if (records === undefined) {
      records = new Map();
      this.tables.set(table, records);
    }
    return records;
  }

  /** A local write at wall-clock `now`: creates the record, or stamps the fields that change. */
  edit(table: string, id: string, patch: Readonly<Record<string, unknown>>, now: number): string[] {
    this.clock = tickHlc(this.clock, now);
    const clock = formatHlc(this.clock);
    const existing = this.get(table, id);
    let next: SyncRecord;
    let changed: readonly string[];
    if (existing === undefined) {
      const fields = Object.fromEntries(
        Object.entries(patch).filter(([key]) => !['id', 'clocks', 'origin'].includes(key)),
      );
      next = stampNew(id, fields, clock);
      if (typeof fields.deleted === 'boolean') next = { ...next, deleted: fields.deleted };
      changed = Object.keys(next).filter((key) => key !== 'id' && key !== 'clocks');
    } else {
      ({ record: next, changed } = stampPatch(existing, patch, clock));
      if (changed.length === 0) return [];
    }
    this.tableOf(table).set(id, normaliseRecord(next, table));
    this.knowledge = mergeKnowledge(this.knowledge, { [this.nodeId]: clock });
    return [...changed];
  }

  /** Delete (a clocked write of `deleted: true`); restoring is `edit(..., { deleted: false })`. */
  remove(table: string, id: string, now: number): string[] {
    return this.edit(table, id, { deleted: true }, now);
  }

  /** Erase a contact (GDPR): personal fields blank, fingerprints kept, one clocked write. */
  erase(contactId: string, now: number): string[] {
    const contact = this.get('contacts', contactId);
    if (contact === undefined) return [];
    const patch = erasedContactFields(
      {
        email: typeof contact.email === 'string' ? contact.email : null,
        givenName: text(contact.givenName),
        familyName: text(contact.familyName),
        organisationId: text(contact.organisationId),
        erasureFingerprints: Array.isArray(contact.erasureFingerprints)
          ? contact.erasureFingerprints.map(text)
          : [],
      },
      new Date(now).toISOString(),
    );
    const changed = this.edit('contacts', contactId, patch, now);
    this.purgeErasedConflicts();
    return changed;
  }

  /** Load a sample record (local only: never exported; `adopt` makes it the user's). */
  loadSample(table: string, record: SyncRecord): void {
    this.tableOf(table).set(record.id, { ...record, origin: 'sample' });
  }

  /** Make a sample record the user's own: every field written anew, so it travels. */
  adopt(table: string, id: string, now: number): boolean {
    const record = this.get(table, id);
    if ((record as { origin?: unknown } | undefined)?.origin !== 'sample' || !record) return false;
    this.clock = tickHlc(this.clock, now);
    const clock = formatHlc(this.clock);
    this.tableOf(table).set(id, normaliseRecord(restampAll(record, clock), table));
    this.knowledge = mergeKnowledge(this.knowledge, { [this.nodeId]: clock });
    return true;
  }

  /**
   * Resolve a conflict: `keep` writes the field's current value again, `take` writes the value
   * that lost — either way a new write that travels and wins over the values partners hold.
   */
  resolve(conflict: FieldConflict, choice: 'keep' | 'take', now: number): void {
    const table = conflict.table ?? '';
    const record = this.get(table, conflict.recordId);
    if (!record) return;
    this.clock = tickHlc(this.clock, now);
    const clock = formatHlc(this.clock);
    const value = choice === 'keep' ? record[conflict.field] : conflict.lostValue;
    const next = stampFields(record, { [conflict.field]: value }, clock);
    this.tableOf(table).set(record.id, normaliseRecord(next, table));
    this.knowledge = mergeKnowledge(this.knowledge, { [this.nodeId]: clock });
    this.conflictLog.delete(conflictKey(conflict));
  }

  /** Every record a partner with `since` may lack (any clock it has not seen); all without it. */
  exportPackage(since?: Knowledge): ReplicaPackage {
    const records: PackageRecord[] = [];
    for (const table of [...this.tables.keys()].sort()) {
      const rows = this.tables.get(table) as Map<string, SyncRecord>;
      for (const id of [...rows.keys()].sort()) {
        const record = rows.get(id) as SyncRecord;
        if ((record as { origin?: unknown }).origin === 'sample') continue;
        if (since === undefined || !hasSeenRecord(since, record)) records.push({ table, record });
      }
    }
    // A copy, as a file would be: later local writes must not change a package already sent.
    const pkg: ReplicaPackage = {
      source: this.nodeId,
      knowledge: this.knowledge,
      ...(since === undefined ? {} : { since }),
      records,
    };
    return JSON.parse(JSON.stringify(pkg)) as ReplicaPackage;
  }

  /**
   * Import a package at wall-clock `now` through the one merge planner (plan.ts). A clock more
   * than a day ahead throws a `ClockError` naming the node, and nothing changes. Importing the
   * same package again changes nothing; a package of this replica's own node is not imported.
   */
  importPackage(pkg: ReplicaPackage, now: number): ImportResult {
    const tables = new Map<string, SyncRecord[]>();
    for (const { table, record } of pkg.records) {
      const list = tables.get(table) ?? [];
      list.push(record);
      tables.set(table, list);
    }
    const plan = planMerge(
      {
        source: pkg.source,
        knowledge: pkg.knowledge,
        coverage:
          pkg.since === undefined ? { kind: 'workspace' } : { kind: 'since', knowledge: pkg.since },
        tables,
      },
      {
        node: this.nodeId,
        clock: this.clock,
        knowledge: this.knowledge,
        get: (table, id) => this.get(table, id),
      },
      now,
    );
    if (plan.isOwn) return { changedRecords: 0, conflicts: [], isOwn: true };
    // Commit: nothing above changed the replica.
    this.clock = plan.clock;
    for (const { table, after } of plan.changes) this.tableOf(table).set(after.id, after);
    this.knowledge = plan.knowledge;
    for (const conflict of plan.conflicts) this.conflictLog.set(conflictKey(conflict), conflict);
    this.purgeErasedConflicts();
    return { changedRecords: plan.changes.length, conflicts: plan.conflicts, isOwn: false };
  }

  /** No conflict entry may keep personal data of an erased person. */
  private purgeErasedConflicts(): void {
    const personal = new Set<string>([...contactPersonalFields, 'doNotContact']);
    for (const [key, conflict] of this.conflictLog) {
      if (conflict.table !== 'contacts' || !personal.has(conflict.field)) continue;
      const erasedAt = this.get('contacts', conflict.recordId)?.erasedAt;
      if (erasedAt !== null && erasedAt !== undefined) this.conflictLog.delete(key);
    }
  }

  /** The conflict log, in a stable order. */
  conflicts(): FieldConflict[] {
    return [...this.conflictLog.keys()]
      .sort()
      .map((key) => this.conflictLog.get(key) as FieldConflict);
  }

  /** Canonical JSON of all tables (sorted by table, then id), for equality checks. */
  snapshot(): string {
    const tables: [string, SyncRecord[]][] = [];
    for (const table of [...this.tables.keys()].sort()) {
      const rows = this.tables.get(table) as Map<string, SyncRecord>;
      if (rows.size === 0) continue;
      tables.push([table, [...rows.keys()].sort().map((id) => rows.get(id) as SyncRecord)]);
    }
    return canonicalJson(tables);
  }
}
