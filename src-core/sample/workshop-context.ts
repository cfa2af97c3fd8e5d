/** Sample workshops: constants, the shared context (rosters and lookups) and small helpers. */
import builtinMethodJson from '../../assets/methods/meta-cluster-method-v1.json' with { type: 'json' };
import { isCommittedMember } from '../analysis';
import { loadMethod } from '../method';
import type { MethodDefinition } from '../method';
import { snapshotRow } from '../workshop/snapshot';
import type {
  ClusterRecord,
  ContactRecord,
  MembershipRecord,
  MetaClusterRecord,
  OrganisationRecord,
  ValueChainRecord,
  WorkshopEntryRecord,
  WorkshopParticipantRecord,
  WorkshopRecord,
} from '../model/entities';
import { isKnowledgeEntity } from '../model/enums';
import type { WorkshopEntry } from '../model/workshop-run';
import { sampleCountryOf } from './countries';
import type { Stamper } from './helpers';
import { peopleKits } from './names-people';
import type { Prng } from './prng';
import type { ChainKey, SampleChain } from './value-chains';

/** "Today" of the sample workshops: the meta-cluster workshop is held on this day. */
export const SAMPLE_WORKSHOP_DATE = '2026-09-15';
/** The reinforcement workshop, held before the meta-cluster workshop. */
export const SAMPLE_REINFORCEMENT_DATE = '2026-06-18';
export const SAMPLE_META_CLUSTER_NAME = 'Olive oil & by-products Med meta-cluster';
export const MIN_REINFORCEMENT_MEMBERS = 6;
export const MIN_META_PARTICIPANTS = 8;

export const CHAIN: ChainKey = 'olive-agrifood';
export const MINUTE = 60_000;

export const method: MethodDefinition = loadMethod(builtinMethodJson);

export interface SampleWorkshopsInput {
  readonly chainIds: ReadonlyMap<ChainKey, string>;
  readonly valueChains: readonly ValueChainRecord[];
  /** In `clusterSpecs` order. */
  readonly clusters: readonly ClusterRecord[];
  readonly organisations: readonly OrganisationRecord[];
  readonly memberships: readonly MembershipRecord[];
  readonly contacts: readonly ContactRecord[];
  /** Whether walk-ins get a contact record (no contacts at all when the sample has none). */
  readonly withContacts: boolean;
}

export interface SampleWorkshops {
  readonly metaClusters: MetaClusterRecord[];
  readonly workshops: WorkshopRecord[];
  readonly workshopParticipants: WorkshopParticipantRecord[];
  readonly workshopEntries: WorkshopEntryRecord[];
  /** Walk-ins' organisations and contacts, new records to add to the sample's. */
  readonly organisations: OrganisationRecord[];
  readonly contacts: ContactRecord[];
}

export const iso = (ms: number): string => new Date(ms).toISOString();
export const dayStart = (date: string, hours: number, minutes = 0): number =>
  Date.parse(`${date}T00:00:00.000Z`) + (hours * 60 + minutes) * MINUTE;
export const byName = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
export const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
export const personName = (contact: ContactRecord): string =>
  `${contact.givenName} ${contact.familyName}`.trim();

/** Rosters, contacts and lookups shared by both workshops. */
export interface Context {
  readonly input: SampleWorkshopsInput;
  readonly prng: Prng;
  readonly stamper: Stamper;
  readonly chain: SampleChain;
  readonly chainId: string;
  readonly organisationById: ReadonlyMap<string, OrganisationRecord>;
  readonly membershipsByCluster: ReadonlyMap<string, MembershipRecord[]>;
  readonly contactsByOrganisation: ReadonlyMap<string, ContactRecord[]>;
  readonly out: {
    workshopParticipants: WorkshopParticipantRecord[];
    workshopEntries: WorkshopEntryRecord[];
    organisations: OrganisationRecord[];
    contacts: ContactRecord[];
  };
}

export interface FullMember {
  readonly organisation: OrganisationRecord;
  readonly membership: MembershipRecord;
}

export function membersOf(ctx: Context, clusterId: string): FullMember[] {
  return (ctx.membershipsByCluster.get(clusterId) ?? []).flatMap((membership) => {
    const organisation = ctx.organisationById.get(membership.organisationId);
    return organisation ? [{ organisation, membership }] : [];
  });
}

/** Organisations that are committed members of the cluster on `today`, by name. */
export function committedOrganisations(
  ctx: Context,
  clusterId: string,
  today: string,
): OrganisationRecord[] {
  return membersOf(ctx, clusterId)
    .filter((member) => isCommittedMember(member, today))
    .map((member) => member.organisation)
    .sort(byName);
}

export function knowledgeMemberCount(ctx: Context, clusterId: string, today: string): number {
  return committedOrganisations(ctx, clusterId, today).filter((o) => isKnowledgeEntity(o.type))
    .length;
}

/** A readiness snapshot as the runner freezes it (same figures, from the sample rosters). */
export function readinessSnapshot(
  ctx: Context,
  clusters: readonly ClusterRecord[],
  takenAtMs: number,
  today: string,
): WorkshopEntry {
  return {
    kind: 'readiness-snapshot',
    takenAt: iso(takenAtMs),
    clusters: clusters.map((cluster) => snapshotRow(cluster, membersOf(ctx, cluster.id), today)),
  };
}

/** A contact to seat for an organisation: someone who may be contacted, else anyone, else none. */
export function contactFor(ctx: Context, organisationId: string): ContactRecord | null {
  const contacts = ctx.contactsByOrganisation.get(organisationId) ?? [];
  return contacts.find((c) => !c.doNotContact) ?? contacts[0] ?? null;
}

export function addParticipant(
  ctx: Context,
  workshopId: string,
  organisationId: string,
  contactId: string | null,
  walkIn: boolean,
  checkedInMs: number,
  table: number | null,
): void {
  ctx.out.workshopParticipants.push(
    ctx.stamper.stamp({
      workshopId,
      organisationId,
      contactId,
      walkIn,
      checkedInAt: iso(checkedInMs),
      table,
    }),
  );
}

export function addEntry(
  ctx: Context,
  workshopId: string,
  stageId: string,
  entry: WorkshopEntry,
): void {
  ctx.out.workshopEntries.push(ctx.stamper.stamp({ workshopId, stageId, entry }));
}

export function facilitatorName(prng: Prng, country: string): string {
  const kit = peopleKits[sampleCountryOf(country).people];
  return `${prng.pick(kit.givenNames)} ${prng.pick(kit.familyNames)}`;
}

/** Minutes actually spent on a stage: its time box, give or take a few minutes. */
export function spentOn(prng: Prng, minutes: number): number {
  return Math.max(5, minutes + prng.int(-4, 6)) * MINUTE + prng.int(0, 59) * 1000;
}
