/**
 * What an export contains: the records a scope selects (whole workspace, one cluster, one
 * meta-cluster, one workshop, or the changes a partner has not seen), then the personal data the
 * contacts' share scopes allow — or none at all. Pure: the data layer reads the rows, this picks.
 *
 * Scope closures (a package must make sense on its own, so a scope brings what its records point at):
 * - cluster: the cluster, its memberships, their organisations and those organisations' contacts,
 *   the value chains it is tagged with, its workshops, and its reinforcement work (pipeline
 *   entries with their organisations and activities, plans);
 * - meta-cluster: the meta-cluster, its value chain, its workshops, its pilot KPIs, and each member
 *   cluster's closure as above;
 * - workshop: the workshop with its participants (their organisations and contacts) and captured
 *   entries, and the closure of the cluster or meta-cluster it was held for; the cluster and
 *   meta-cluster scopes bring their workshops the same way;
 * - changes since: every record with a field clock the partner has not seen (whole records travel:
 *   the merge takes what is newer field by field).
 * Deleted records are selected like live ones: a deletion must travel too.
 *
 * Personal data: an erased contact always travels (it carries no personal data, and its erasure
 * must reach every copy). Otherwise, with `personalData: 'none'` no contact travels; with
 * `'as-shared'` a contact travels only when its share scope is `partners` or `public` and, when
 * its legal basis is consent, the consent has a date. Left-out contacts are counted in the
 * manifest's `redaction`. A contact already shared stays with the partners who have it: a package
 * cannot take data back, only the erasure can.
 */
import type {
  ContactRecord,
  SyncedRecordOf,
  SyncedTableName,
  ClusterRecord,
} from '../model/entities';
import { syncedTableNames } from '../model/entities';
import { referencesOf } from '../model/references';
import { hasSeenRecord } from '../sync/knowledge';
import type { Omission, PackageScope, Redaction } from './format';

export type ScopeTables = { readonly [T in SyncedTableName]: readonly SyncedRecordOf[T][] };
export type SelectedTables = { [T in SyncedTableName]?: SyncedRecordOf[T][] };
export type PersonalDataChoice = Redaction['personalData'];

export interface Selection {
  readonly tables: SelectedTables;
  readonly redaction: Redaction;
  /** Records selected, all tables together. */
  readonly records: number;
  /** What the package leaves out or cannot bring, and why (manifest `omitted`). */
  readonly omitted: readonly Omission[];
  /** Sample records in the workspace: they never leave this computer. */
  readonly sampleRecords: number;
}

/** Thrown when a scope names a record this workspace does not hold. */
export class ScopeTargetMissingError extends Error {
  constructor(
    readonly kind: PackageScope['kind'],
    readonly id: string,
  ) {
    super(`${kind} ${id} is not in this workspace`);
    this.name = 'ScopeTargetMissingError';
  }
}

class IdSets {
  readonly ids: { [T in SyncedTableName]: Set<string> } = {
    valueChains: new Set(),
    clusters: new Set(),
    organisations: new Set(),
    memberships: new Set(),
    contacts: new Set(),
    metaClusters: new Set(),
    workshops: new Set(),
    recruitments: new Set(),
    recruitmentActivities: new Set(),
    reinforcementPlans: new Set(),
    pilotKpis: new Set(),
    workshopParticipants: new Set(),
    workshopEntries: new Set(),
  };

  constructor(private readonly all: ScopeTables) {}

  addCluster(cluster: ClusterRecord): void {
    if (this.ids.clusters.has(cluster.id)) return;
    this.ids.clusters.add(cluster.id);
    for (const id of cluster.valueChainIds) this.ids.valueChains.add(id);
    const organisations = new Set<string>();
    for (const membership of this.all.memberships) {
      if (membership.clusterId !== cluster.id) continue;
      this.ids.memberships.add(membership.id);
      organisations.add(membership.organisationId);
    }
    for (const id of organisations) this.ids.organisations.add(id);
    for (const contact of this.all.contacts) {
      if (organisations.has(contact.organisationId)) this.ids.contacts.add(contact.id);
    }
    for (const workshop of this.all.workshops) {
      if (workshop.clusterId === cluster.id) this.addWorkshop(workshop.id);
    }
    const recruitments = new Set<string>();
    for (const recruitment of this.all.recruitments) {
      if (recruitment.clusterId !== cluster.id) continue;
      recruitments.add(recruitment.id);
      this.ids.recruitments.add(recruitment.id);
      // The candidate's record travels with its pipeline entry (contacts stay as the scope says).
      this.ids.organisations.add(recruitment.organisationId);
    }
    for (const activity of this.all.recruitmentActivities) {
      if (recruitments.has(activity.recruitmentId)) this.ids.recruitmentActivities.add(activity.id);
    }
    for (const plan of this.all.reinforcementPlans) {
      if (plan.clusterId === cluster.id) this.ids.reinforcementPlans.add(plan.id);
    }
  }

  addMetaCluster(id: string): boolean {
    const metaCluster = this.all.metaClusters.find((row) => row.id === id);
    if (!metaCluster) return false;
    this.ids.metaClusters.add(id);
    if (metaCluster.valueChainId) this.ids.valueChains.add(metaCluster.valueChainId);
    for (const workshop of this.all.workshops) {
      if (workshop.metaClusterId === id) this.addWorkshop(workshop.id);
    }
    for (const kpi of this.all.pilotKpis) {
      if (kpi.metaClusterId === id) this.ids.pilotKpis.add(kpi.id);
    }
    const members = new Set(metaCluster.members.map((member) => member.clusterId));
    for (const cluster of this.all.clusters) if (members.has(cluster.id)) this.addCluster(cluster);
    return true;
  }

  /** A workshop with its participants (their organisations and contacts) and its entries. */
  addWorkshop(id: string): void {
    if (this.ids.workshops.has(id)) return;
    this.ids.workshops.add(id);
    for (const participant of this.all.workshopParticipants) {
      if (participant.workshopId !== id) continue;
      this.ids.workshopParticipants.add(participant.id);
      this.ids.organisations.add(participant.organisationId);
      if (participant.contactId) this.ids.contacts.add(participant.contactId);
    }
    for (const entry of this.all.workshopEntries) {
      if (entry.workshopId === id) this.ids.workshopEntries.add(entry.id);
    }
  }

  addClusterById(id: string): boolean {
    const cluster = this.all.clusters.find((row) => row.id === id);
    if (cluster) this.addCluster(cluster);
    return cluster !== undefined;
  }

  pick<T extends SyncedTableName>(table: T): SyncedRecordOf[T][] {
    const wanted = this.ids[table];
    return (this.all[table] as SyncedRecordOf[T][]).filter((row) => wanted.has(row.id));
  }
}

function byScope(all: ScopeTables, scope: PackageScope): SelectedTables {
  switch (scope.kind) {
    case 'workspace':
      return copyAll(all, () => true);
    case 'changesSince':
      return copyAll(all, (record) => !hasSeenRecord(scope.knowledge, record));
    case 'cluster': {
      const sets = new IdSets(all);
      if (!sets.addClusterById(scope.clusterId)) {
        throw new ScopeTargetMissingError('cluster', scope.clusterId);
      }
      return pickAll(sets);
    }
    case 'metaCluster': {
      const sets = new IdSets(all);
      if (!sets.addMetaCluster(scope.metaClusterId)) {
        throw new ScopeTargetMissingError('metaCluster', scope.metaClusterId);
      }
      return pickAll(sets);
    }
    case 'workshop': {
      const workshop = all.workshops.find((row) => row.id === scope.workshopId);
      if (!workshop) throw new ScopeTargetMissingError('workshop', scope.workshopId);
      const sets = new IdSets(all);
      sets.addWorkshop(workshop.id);
      if (workshop.clusterId) sets.addClusterById(workshop.clusterId);
      if (workshop.metaClusterId) sets.addMetaCluster(workshop.metaClusterId);
      return pickAll(sets);
    }
    default: {
      const unknown: never = scope;
      throw new Error(`Unknown scope ${JSON.stringify(unknown)}`);
    }
  }
}

function copyAll(
  all: ScopeTables,
  keep: (record: SyncedRecordOf[SyncedTableName]) => boolean,
): SelectedTables {
  const out: Record<string, unknown[]> = {};
  for (const table of syncedTableNames) {
    const rows = (all[table] as SyncedRecordOf[SyncedTableName][]).filter(keep);
    if (rows.length > 0) out[table] = rows;
  }
  return out as SelectedTables;
}

function pickAll(sets: IdSets): SelectedTables {
  const out: Record<string, unknown[]> = {};
  for (const table of syncedTableNames) {
    const rows = sets.pick(table);
    if (rows.length > 0) out[table] = rows;
  }
  return out as SelectedTables;
}

/** Whether a contact's personal data may leave this computer under `choice`. */
export function contactMayTravel(contact: ContactRecord, choice: PersonalDataChoice): boolean {
  if (contact.erasedAt !== null) return true;
  if (choice === 'none') return false;
  if (contact.shareScope === 'private') return false;
  return contact.legalBasis !== 'consent' || contact.consentDate !== null;
}

type AnyRecord = SyncedRecordOf[SyncedTableName];
const isSampleRow = (row: object): boolean => (row as { origin?: unknown }).origin === 'sample';

/** Counts per table and reason, in a stable order. */
class OmissionCounter {
  private readonly counts = new Map<string, Omission>();

  add(table: SyncedTableName, reason: Omission['reason'], field?: string): void {
    const key = `${table}|${reason}|${field ?? ''}`;
    const before = this.counts.get(key);
    this.counts.set(key, {
      table,
      reason,
      ...(field === undefined ? {} : { field }),
      records: (before?.records ?? 0) + 1,
    });
  }

  list(): Omission[] {
    return [...this.counts.keys()].sort().map((key) => this.counts.get(key) as Omission);
  }
}

/**
 * Referential integrity of a selection (in place): every record a selected record points at
 * travels with it, unless
 * - it is sample data (never sent): a record that *needs* it (a membership of a sample
 *   organisation) is left out, counted as `pointsToSample`; a record that only mentions it (a
 *   cluster tagged with a sample value chain) travels, counted as `mentionsSample`;
 * - it is not in this workspace at all: the record travels (the partner may hold the target),
 *   counted as `targetMissing` so the package says so;
 * - the partner has it already (`changesSince` with knowledge covering it).
 * Leaving a record out can leave out the records that need it in turn. An erased person is never
 * left out (the erasure must travel; see `contactMayTravel`).
 */
function closeOverReferences(
  selected: SelectedTables,
  real: ScopeTables,
  sample: ScopeTables,
  partnerHas: (record: AnyRecord) => boolean,
  omissions: OmissionCounter,
): void {
  const index = (tables: ScopeTables) => {
    const out = new Map<SyncedTableName, Map<string, AnyRecord>>();
    for (const table of syncedTableNames) {
      out.set(table, new Map((tables[table] as AnyRecord[]).map((row) => [row.id, row])));
    }
    return out;
  };
  const realById = index(real);
  const sampleIds = new Map<SyncedTableName, Set<string>>();
  for (const table of syncedTableNames) {
    sampleIds.set(table, new Set((sample[table] as AnyRecord[]).map((row) => row.id)));
  }
  const chosen = new Map<SyncedTableName, Map<string, AnyRecord>>();
  for (const table of syncedTableNames) {
    chosen.set(table, new Map(((selected[table] ?? []) as AnyRecord[]).map((r) => [r.id, r])));
  }
  // Add what selected records point at, breadth first.
  const queue: [SyncedTableName, AnyRecord][] = [];
  for (const [table, rows] of chosen) for (const row of rows.values()) queue.push([table, row]);
  for (let at = 0; at < queue.length; at++) {
    const [table, row] = queue[at] as [SyncedTableName, AnyRecord];
    for (const ref of referencesOf(table, row)) {
      if (chosen.get(ref.table)?.has(ref.id)) continue;
      const target = realById.get(ref.table)?.get(ref.id);
      if (target === undefined || partnerHas(target)) continue;
      chosen.get(ref.table)?.set(ref.id, target);
      queue.push([ref.table, target]);
    }
  }
  // Leave out what needs sample data or something left out, until nothing changes.
  const leftOut = new Map<SyncedTableName, Set<string>>();
  for (const table of syncedTableNames) leftOut.set(table, new Set());
  let changed = true;
  while (changed) {
    changed = false;
    for (const [table, rows] of chosen) {
      for (const row of rows.values()) {
        // An erased person always travels: no personal data is left in it, and the erasure must
        // reach every copy even while the organisation it was recorded at is sample data.
        if (table === 'contacts' && (row as ContactRecord).erasedAt !== null) continue;
        const needsLeftOut = referencesOf(table, row).some(
          (ref) =>
            ref.required &&
            (sampleIds.get(ref.table)?.has(ref.id) === true ||
              leftOut.get(ref.table)?.has(ref.id) === true),
        );
        if (!needsLeftOut) continue;
        rows.delete(row.id);
        leftOut.get(table)?.add(row.id);
        omissions.add(table, 'pointsToSample');
        changed = true;
      }
    }
  }
  for (const [table, rows] of chosen) {
    for (const row of rows.values()) {
      for (const ref of referencesOf(table, row)) {
        if (chosen.get(ref.table)?.has(ref.id)) continue;
        if (sampleIds.get(ref.table)?.has(ref.id))
          omissions.add(table, 'mentionsSample', ref.field);
        else if (!realById.get(ref.table)?.has(ref.id)) {
          omissions.add(table, 'targetMissing', ref.field);
        }
      }
    }
  }
  // In the workspace's order (writers sort by id anyway).
  for (const table of syncedTableNames) {
    const keep = chosen.get(table) ?? new Map<string, AnyRecord>();
    const rows = (real[table] as AnyRecord[]).filter((row) => keep.has(row.id));
    if (rows.length > 0) (selected as Record<string, AnyRecord[]>)[table] = rows;
    else delete selected[table];
  }
}

function split(all: ScopeTables): { real: ScopeTables; sample: ScopeTables; samples: number } {
  const real: Record<string, AnyRecord[]> = {};
  const sample: Record<string, AnyRecord[]> = {};
  let samples = 0;
  for (const table of syncedTableNames) {
    const rows = all[table] as AnyRecord[];
    real[table] = [];
    sample[table] = [];
    for (const row of rows) {
      if (isSampleRow(row)) {
        sample[table]?.push(row);
        samples += 1;
      } else real[table]?.push(row);
    }
  }
  return {
    real: real as unknown as ScopeTables,
    sample: sample as unknown as ScopeTables,
    samples,
  };
}

/**
 * The records of `scope`, with the contacts `personalData` allows. Sample rows (`origin:
 * 'sample'`) never travel; what real records point at travels with them (see
 * `closeOverReferences`), and the selection says what it left out and why.
 */
export function selectForExport(
  all: ScopeTables,
  scope: PackageScope,
  personalData: PersonalDataChoice,
): Selection {
  const { real, sample, samples } = split(all);
  const tables = byScope(real, scope);
  const omissions = new OmissionCounter();
  const partnerHas =
    scope.kind === 'changesSince'
      ? (record: AnyRecord) => hasSeenRecord(scope.knowledge, record)
      : () => false;
  closeOverReferences(tables, real, sample, partnerHas, omissions);
  let omitted = 0;
  if (tables.contacts) {
    const kept = tables.contacts.filter((contact) => contactMayTravel(contact, personalData));
    omitted = tables.contacts.length - kept.length;
    if (kept.length > 0) tables.contacts = kept;
    else delete tables.contacts;
  }
  const reason =
    omitted === 0
      ? ''
      : personalData === 'none'
        ? 'Exported without personal data: contacts left out (erasures still travel).'
        : 'Contacts kept private by their share scope, or with consent not recorded, left out.';
  let records = 0;
  for (const table of syncedTableNames) records += tables[table]?.length ?? 0;
  return {
    tables,
    redaction: { personalData, omittedContacts: omitted, reason },
    records,
    omitted: omissions.list(),
    sampleRecords: samples,
  };
}
