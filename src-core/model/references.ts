/**
 * What records point at: for every synced table, the fields that hold the id of another record
 * (a membership's organisation and cluster, a contact's organisation, a workshop entry's idea …).
 * One table of rules, used wherever referential integrity matters: an export brings what its
 * records point at (or says what it leaves out), removing the sample keeps what real data uses,
 * `mcs validate` and the roster pages show references whose target is missing.
 *
 * A reference is `required` when the record makes no sense without its target (a membership
 * without its organisation); other references are context (a value chain a cluster is tagged
 * with). Both are followed; `required` tells the user what is broken.
 */
import type { SyncedRecordOf, SyncedTableName } from './entities';

export interface Reference {
  /** The field, as a user would name it ("organisationId", "members.clusterId"). */
  readonly field: string;
  readonly table: SyncedTableName;
  readonly id: string;
  readonly required: boolean;
}

type Emit = (field: string, table: SyncedTableName, id: unknown, required?: boolean) => void;

/** The id of a value-chain segment tag "<valueChainId>/<segmentKey>". */
function chainOfSegment(segment: string): string | null {
  const slash = segment.indexOf('/');
  return slash > 0 ? segment.slice(0, slash) : null;
}

type Rules = { readonly [T in SyncedTableName]: (record: SyncedRecordOf[T], emit: Emit) => void };

const rules: Rules = {
  valueChains: () => undefined,
  clusters: (r, emit) => {
    for (const id of r.valueChainIds) emit('valueChainIds', 'valueChains', id, false);
  },
  organisations: (r, emit) => {
    for (const segment of r.segments) {
      emit('segments', 'valueChains', chainOfSegment(segment), false);
    }
  },
  memberships: (r, emit) => {
    emit('organisationId', 'organisations', r.organisationId);
    emit('clusterId', 'clusters', r.clusterId);
  },
  contacts: (r, emit) => emit('organisationId', 'organisations', r.organisationId),
  metaClusters: (r, emit) => {
    emit('valueChainId', 'valueChains', r.valueChainId, false);
    for (const member of r.members) emit('members.clusterId', 'clusters', member.clusterId);
    emit('governance.leadClusterId', 'clusters', r.governance?.leadClusterId, false);
  },
  workshops: (r, emit) => {
    emit('clusterId', 'clusters', r.clusterId);
    emit('metaClusterId', 'metaClusters', r.metaClusterId);
  },
  recruitments: (r, emit) => {
    emit('clusterId', 'clusters', r.clusterId);
    emit('organisationId', 'organisations', r.organisationId);
  },
  recruitmentActivities: (r, emit) => emit('recruitmentId', 'recruitments', r.recruitmentId),
  reinforcementPlans: (r, emit) => emit('clusterId', 'clusters', r.clusterId),
  pilotKpis: (r, emit) => emit('metaClusterId', 'metaClusters', r.metaClusterId),
  workshopParticipants: (r, emit) => {
    emit('workshopId', 'workshops', r.workshopId);
    emit('organisationId', 'organisations', r.organisationId);
    emit('contactId', 'contacts', r.contactId, false);
  },
  workshopEntries: (r, emit) => {
    emit('workshopId', 'workshops', r.workshopId);
    emit('participantId', 'workshopParticipants', r.participantId, false);
    const entry = r.entry;
    switch (entry.kind) {
      case 'candidate-list':
      case 'recruitment-plan':
      case 'offers-needs':
        emit('entry.organisationId', 'organisations', entry.organisationId);
        break;
      case 'reinforcement-commitment':
        emit('entry.clusterId', 'clusters', entry.clusterId);
        break;
      case 'value-chain-map':
        emit('entry.clusterId', 'clusters', entry.clusterId);
        for (const id of entry.organisationIds) {
          emit('entry.organisationIds', 'organisations', id, false);
        }
        break;
      case 'organisation-pairs':
        emit('entry.a', 'organisations', entry.a);
        emit('entry.b', 'organisations', entry.b);
        break;
      case 'b2b-schedule':
        for (const meeting of entry.meetings) {
          emit('entry.meetings', 'organisations', meeting.a, false);
          emit('entry.meetings', 'organisations', meeting.b, false);
        }
        break;
      case 'dot-votes':
        emit('entry.ideaId', 'workshopEntries', entry.ideaId);
        emit('entry.voterId', 'workshopParticipants', entry.voterId, false);
        break;
      case 'impact-feasibility':
        emit('entry.ideaId', 'workshopEntries', entry.ideaId);
        break;
      case 'governance':
        emit('entry.leadClusterId', 'clusters', entry.leadClusterId, false);
        for (const role of entry.roles) emit('entry.roles', 'clusters', role.clusterId, false);
        break;
      default:
        // Entries of the other kinds hold text only.
        break;
    }
  },
};

/** Every reference a record holds (null and empty ids are not references). */
export function referencesOf<T extends SyncedTableName>(
  table: T,
  record: SyncedRecordOf[T],
): Reference[] {
  const out: Reference[] = [];
  const emit: Emit = (field, target, id, required = true) => {
    if (typeof id === 'string' && id !== '') out.push({ field, table: target, id, required });
  };
  (rules[table] as (record: SyncedRecordOf[T], emit: Emit) => void)(record, emit);
  return out;
}

/** A reference whose target is not there. */
export interface DanglingReference extends Reference {
  readonly from: SyncedTableName;
  readonly recordId: string;
}

type AnyRecord = SyncedRecordOf[SyncedTableName];

export type RecordsByTable = { readonly [T in SyncedTableName]?: readonly SyncedRecordOf[T][] };

/**
 * The references of `records` whose target is neither among `records` nor `isHeld` elsewhere
 * (e.g. in the importer's database). Deleted records still count as held: a deletion is data.
 */
export function findDangling(
  records: RecordsByTable,
  isHeld: (table: SyncedTableName, id: string) => boolean = () => false,
): DanglingReference[] {
  const present = new Map<SyncedTableName, Set<string>>();
  const entries = Object.entries(records) as [SyncedTableName, readonly AnyRecord[]][];
  for (const [table, rows] of entries) present.set(table, new Set(rows.map((row) => row.id)));
  const out: DanglingReference[] = [];
  for (const [table, rows] of entries) {
    for (const row of rows) {
      for (const ref of referencesOf(table, row)) {
        if (present.get(ref.table)?.has(ref.id) || isHeld(ref.table, ref.id)) continue;
        out.push({ ...ref, from: table, recordId: row.id });
      }
    }
  }
  return out;
}

/** Dangling references counted per table and field (for a one-line summary). */
export function countDangling(
  dangling: readonly DanglingReference[],
): { table: SyncedTableName; field: string; target: SyncedTableName; records: number }[] {
  const counts = new Map<
    string,
    { table: SyncedTableName; field: string; target: SyncedTableName; ids: Set<string> }
  >();
  for (const ref of dangling) {
    const key = `${ref.from}|${ref.field}`;
    const entry = counts.get(key) ?? {
      table: ref.from,
      field: ref.field,
      target: ref.table,
      ids: new Set(),
    };
    entry.ids.add(ref.recordId);
    counts.set(key, entry);
  }
  return [...counts.values()]
    .sort((a, b) => (a.table + a.field < b.table + b.field ? -1 : 1))
    .map(({ table, field, target, ids }) => ({ table, field, target, records: ids.size }));
}
