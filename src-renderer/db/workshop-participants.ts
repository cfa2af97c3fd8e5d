/**
 * Who comes to a workshop, as reads and writes: invite people from the rosters of the clusters
 * taking part (or anyone in the workspace), check people in with the time, and seat them at
 * tables; walk-ins at the door are in workshop-walk-ins.ts. Every write goes through the
 * repositories, so it is clocked and travels with the next package like any other change.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { isCommittedMember } from '../../src-core/analysis';
import {
  type ContactRecord,
  type OrganisationRecord,
  type WorkshopParticipantRecord,
  type WorkshopRecord,
} from '../../src-core/model/entities';
import { matchesQuery } from '../../src-core/text/option-search';
import { readByIds, readWhereAnyOf } from './read-many';
import { useWorkspace } from './provider';
import type { Repositories } from './repositories';
import type { StudioDb } from './schema';

/** Someone to invite: a contact of an organisation, or the organisation itself (no contact). */
export interface InvitePerson {
  readonly organisationId: string;
  readonly contactId: string | null;
}

/** One person (or organisation) as the invite lists show it. */
export interface Invitable extends InvitePerson {
  /** Stable key of the person: organisation and contact ids. */
  readonly key: string;
  /** The contact's name; '' for an organisation invited without a named person. */
  readonly person: string;
  readonly organisation: string;
  readonly country: string;
  /** Already on this workshop's list (not removed). */
  readonly invited: boolean;
}

/** A cluster taking part and the people of its committed members. */
export interface InvitableGroup {
  readonly clusterId: string;
  readonly cluster: string;
  readonly people: readonly Invitable[];
}

export const keyOfPerson = (person: InvitePerson): string =>
  `${person.organisationId}|${person.contactId ?? ''}`;

/** Contacts one may put a name on: not deleted, not erased, not asking to be left alone. */
const isInvitableContact = (contact: ContactRecord | undefined): contact is ContactRecord =>
  contact !== undefined && !contact.deleted && contact.erasedAt === null && !contact.doNotContact;

const nameOf = (contact: ContactRecord): string =>
  `${contact.givenName} ${contact.familyName}`.trim();

async function invitedKeys(db: StudioDb, workshopId: string): Promise<Set<string>> {
  const rows = await db.workshopParticipants.where('workshopId').equals(workshopId).toArray();
  return new Set(rows.filter((row) => !row.deleted).map(keyOfPerson));
}

/** The cluster ids taking part, as the runner reads them (meta-cluster members or the cluster). */
async function clusterIdsOf(db: StudioDb, workshop: WorkshopRecord): Promise<string[]> {
  if (workshop.kind === 'meta-cluster') {
    const meta = workshop.metaClusterId ? await db.metaClusters.get(workshop.metaClusterId) : null;
    return meta && !meta.deleted ? meta.members.map((member) => member.clusterId) : [];
  }
  return workshop.clusterId ? [workshop.clusterId] : [];
}

/**
 * The rosters of the clusters taking part: each committed member organisation with its contacts
 * (or the organisation alone when it has none we may name), by organisation then person. A person
 * on two rosters is listed under the first cluster only.
 */
export async function queryInvitable(
  db: StudioDb,
  workshopId: string,
  today: string,
  known?: ReadonlyMap<string, OrganisationRecord>,
): Promise<InvitableGroup[]> {
  const workshop = await db.workshops.get(workshopId);
  if (!workshop || workshop.deleted) return [];
  const clusterIds = await clusterIdsOf(db, workshop);
  const [clusterRows, memberships, invited] = await Promise.all([
    db.clusters.bulkGet(clusterIds),
    readWhereAnyOf(db.memberships, 'clusterId', clusterIds),
    invitedKeys(db, workshopId),
  ]);
  const organisationIds = [...new Set(memberships.map((m) => m.organisationId))];
  const [found, contactRows] = await Promise.all([
    readByIds(
      db.organisations,
      known ? organisationIds.filter((id) => !known.has(id)) : organisationIds,
    ),
    readWhereAnyOf(db.contacts, 'organisationId', organisationIds),
  ]);
  const organisations = new Map<string, OrganisationRecord>();
  for (const id of organisationIds) {
    const row = known?.get(id) ?? found.get(id);
    if (row && !row.deleted) organisations.set(id, row);
  }
  const contactsOf = new Map<string, ContactRecord[]>();
  for (const contact of contactRows) {
    if (!isInvitableContact(contact)) continue;
    const list = contactsOf.get(contact.organisationId);
    if (list) list.push(contact);
    else contactsOf.set(contact.organisationId, [contact]);
  }

  const seen = new Set<string>();
  const groups: InvitableGroup[] = [];
  for (const cluster of clusterRows) {
    if (!cluster || cluster.deleted) continue;
    const members = memberships
      .filter((membership) => membership.clusterId === cluster.id)
      .flatMap((membership) => {
        const organisation = organisations.get(membership.organisationId);
        return organisation && isCommittedMember({ organisation, membership }, today)
          ? [organisation]
          : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const people: Invitable[] = [];
    for (const organisation of members) {
      const contacts = (contactsOf.get(organisation.id) ?? []).sort((a, b) =>
        nameOf(a).localeCompare(nameOf(b)),
      );
      const entries: InvitePerson[] =
        contacts.length > 0
          ? contacts.map((contact) => ({ organisationId: organisation.id, contactId: contact.id }))
          : [{ organisationId: organisation.id, contactId: null }];
      for (const entry of entries) {
        const key = keyOfPerson(entry);
        if (seen.has(key)) continue;
        seen.add(key);
        const contact = contacts.find((c) => c.id === entry.contactId);
        people.push({
          ...entry,
          key,
          person: contact ? nameOf(contact) : '',
          organisation: organisation.name,
          country: organisation.country,
          invited: invited.has(key),
        });
      }
    }
    groups.push({ clusterId: cluster.id, cluster: cluster.name, people });
  }
  return groups;
}

/**
 * `known`: the member organisations the page has already read (the run data's), so the ~10,000
 * of a meta-cluster workshop at 100k are not read a second time; a change to them re-reads the
 * run data, whose new map asks again.
 */
export function useInvitableContacts(
  workshopId: string,
  today: string,
  known: ReadonlyMap<string, OrganisationRecord>,
): InvitableGroup[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    () => queryInvitable(db, workshopId, today, known),
    [db, workshopId, today, known],
  );
}

/**
 * Anyone in the workspace whose name matches every typed word (accents and case ignored):
 * contacts by their name, organisations by theirs (invited as an organisation). At most `limit`
 * of each; nothing for an empty query.
 */
export async function searchInvitable(
  db: StudioDb,
  workshopId: string,
  query: string,
  limit = 12,
): Promise<Invitable[]> {
  if (query.trim() === '') return [];
  const [contacts, organisationHits, invited] = await Promise.all([
    db.contacts
      .filter((contact) => isInvitableContact(contact) && matchesQuery(nameOf(contact), query))
      .limit(limit)
      .toArray(),
    db.organisations
      .orderBy('name')
      .filter((organisation) => !organisation.deleted && matchesQuery(organisation.name, query))
      .limit(limit)
      .toArray(),
    invitedKeys(db, workshopId),
  ]);
  const contactOrganisations = await db.organisations.bulkGet(
    contacts.map((contact) => contact.organisationId),
  );
  const hits: Invitable[] = [];
  contacts.forEach((contact, index) => {
    const organisation = contactOrganisations[index];
    if (!organisation || organisation.deleted) return;
    const person = { organisationId: organisation.id, contactId: contact.id };
    hits.push({
      ...person,
      key: keyOfPerson(person),
      person: nameOf(contact),
      organisation: organisation.name,
      country: organisation.country,
      invited: invited.has(keyOfPerson(person)),
    });
  });
  for (const organisation of organisationHits) {
    const person = { organisationId: organisation.id, contactId: null };
    hits.push({
      ...person,
      key: keyOfPerson(person),
      person: '',
      organisation: organisation.name,
      country: organisation.country,
      invited: invited.has(keyOfPerson(person)),
    });
  }
  return hits;
}

export function useInvitableSearch(workshopId: string, query: string): Invitable[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => searchInvitable(db, workshopId, query), [db, workshopId, query]);
}

const PARTICIPANT_TABLES = ['workshopParticipants', 'settings'];

/**
 * Put people on the workshop's list, in one transaction. Someone already on it is skipped (so a
 * double click or two facilitators inviting the same roster add nobody twice); someone removed
 * earlier is restored rather than added again, keeping one record per person. Returns the
 * participants added or restored.
 */
export async function inviteParticipants(
  db: StudioDb,
  repositories: Repositories,
  workshopId: string,
  people: readonly InvitePerson[],
): Promise<WorkshopParticipantRecord[]> {
  return db.transaction('rw', PARTICIPANT_TABLES, async () => {
    const rows = await db.workshopParticipants.where('workshopId').equals(workshopId).toArray();
    const byKey = new Map<string, WorkshopParticipantRecord>();
    // A live row wins over a removed one of the same person.
    for (const row of rows) {
      const key = keyOfPerson(row);
      const held = byKey.get(key);
      if (!held || (held.deleted && !row.deleted)) byKey.set(key, row);
    }
    const done = new Set<string>();
    const result: WorkshopParticipantRecord[] = [];
    for (const person of people) {
      const key = keyOfPerson(person);
      if (done.has(key)) continue;
      done.add(key);
      const existing = byKey.get(key);
      if (existing && !existing.deleted) continue;
      result.push(
        existing
          ? await repositories.workshopParticipants.restore(existing.id)
          : await repositories.workshopParticipants.create({
              workshopId,
              organisationId: person.organisationId,
              contactId: person.contactId,
              walkIn: false,
              checkedInAt: null,
              table: null,
            }),
      );
    }
    return result;
  });
}

/** Check someone in at `at`, or undo the check-in (null). */
export async function checkIn(
  repositories: Repositories,
  participantId: string,
  at: Date | null,
): Promise<WorkshopParticipantRecord> {
  return repositories.workshopParticipants.update(participantId, {
    checkedInAt: at ? at.toISOString() : null,
  });
}

/** Seat someone at a table (1–100), or clear it (null); the repository refuses other numbers. */
export async function setTable(
  repositories: Repositories,
  participantId: string,
  table: number | null,
): Promise<WorkshopParticipantRecord> {
  return repositories.workshopParticipants.update(participantId, { table });
}

/** Take someone off the list (a flag, so the removal can be undone and travels to partners). */
export async function removeParticipant(
  repositories: Repositories,
  participantId: string,
): Promise<WorkshopParticipantRecord> {
  return repositories.workshopParticipants.remove(participantId);
}

export async function restoreParticipant(
  repositories: Repositories,
  participantId: string,
): Promise<WorkshopParticipantRecord> {
  return repositories.workshopParticipants.restore(participantId);
}
