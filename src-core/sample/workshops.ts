/**
 * Sample workshops: one meta-cluster on the olive oil chain ("forming"), a completed
 * reinforcement workshop for its weakest member cluster, and the meta-cluster's own workshop,
 * in progress and paused at prioritisation (the room is about to vote).
 *
 * Everything draws from its own PRNG stream and is stamped after the rest of the sample, so the
 * existing content (names, ids, counts) is not reshuffled. Every entry is built from the sample
 * rosters (readiness, candidates, value-chain map, pairs), so the method's gates pass on them.
 *
 * With very small workspaces the workshops are left out (the meta-cluster itself is always
 * there): the reinforcement workshop needs `MIN_REINFORCEMENT_MEMBERS` committed members and a
 * knowledge entity to approach; the meta-cluster workshop needs two organisation pairs across
 * countries and `MIN_META_PARTICIPANTS` organisations.
 */
import builtinMethodJson from '../../assets/methods/meta-cluster-method-v1.json' with { type: 'json' };
import { isCommittedMember } from '../analysis';
import { agendaFromMethod, loadMethod, stagesOf } from '../method';
import type { MethodDefinition, Stage } from '../method';
import { suggestPairs } from '../metacluster';
import { snapshotRow } from '../workshop/snapshot';
import { pairReasonText } from '../workshop/stage-logic';
import type {
  ClusterRecord,
  ContactFields,
  ContactRecord,
  MembershipRecord,
  MetaClusterFields,
  MetaClusterRecord,
  OrganisationFields,
  OrganisationRecord,
  ValueChainRecord,
  WorkshopEntryRecord,
  WorkshopFields,
  WorkshopParticipantRecord,
  WorkshopRecord,
} from '../model/entities';
import { DEFAULT_AGREEMENT, DEFAULT_GOVERNANCE } from '../model/entities';
import type { OrganisationType } from '../model/enums';
import { isKnowledgeEntity } from '../model/enums';
import type { WorkshopEntry, WorkshopRun } from '../model/workshop-run';
import { generateSchedule } from '../workshop/schedule';
import { clusterSpecs } from './cluster-specs';
import type { ClusterSpec } from './cluster-specs';
import { sampleCountryOf } from './countries';
import type { Stamper } from './helpers';
import { addDays, slugify } from './helpers';
import { peopleKits } from './names-people';
import type { Prng } from './prng';
import { categoryOf, naceOfType } from './roles';
import type { ChainKey, SampleChain } from './value-chains';
import { RD_SEGMENT, chainByKey } from './value-chains';

/** "Today" of the sample workshops: the meta-cluster workshop is held on this day. */
export const SAMPLE_WORKSHOP_DATE = '2026-09-15';
/** The reinforcement workshop, held before the meta-cluster workshop. */
export const SAMPLE_REINFORCEMENT_DATE = '2026-06-18';
export const SAMPLE_META_CLUSTER_NAME = 'Olive oil & by-products Med meta-cluster';
export const MIN_REINFORCEMENT_MEMBERS = 6;
export const MIN_META_PARTICIPANTS = 8;

const CHAIN: ChainKey = 'olive-agrifood';
const MINUTE = 60_000;

const method: MethodDefinition = loadMethod(builtinMethodJson);

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

const iso = (ms: number): string => new Date(ms).toISOString();
const dayStart = (date: string, hours: number, minutes = 0): number =>
  Date.parse(`${date}T00:00:00.000Z`) + (hours * 60 + minutes) * MINUTE;
const byName = (a: { name: string; id: string }, b: { name: string; id: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
const personName = (contact: ContactRecord): string =>
  `${contact.givenName} ${contact.familyName}`.trim();

/** Rosters, contacts and lookups shared by both workshops. */
interface Context {
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

interface FullMember {
  readonly organisation: OrganisationRecord;
  readonly membership: MembershipRecord;
}

function membersOf(ctx: Context, clusterId: string): FullMember[] {
  return (ctx.membershipsByCluster.get(clusterId) ?? []).flatMap((membership) => {
    const organisation = ctx.organisationById.get(membership.organisationId);
    return organisation ? [{ organisation, membership }] : [];
  });
}

/** Organisations that are committed members of the cluster on `today`, by name. */
function committedOrganisations(
  ctx: Context,
  clusterId: string,
  today: string,
): OrganisationRecord[] {
  return membersOf(ctx, clusterId)
    .filter((member) => isCommittedMember(member, today))
    .map((member) => member.organisation)
    .sort(byName);
}

function knowledgeMemberCount(ctx: Context, clusterId: string, today: string): number {
  return committedOrganisations(ctx, clusterId, today).filter((o) => isKnowledgeEntity(o.type))
    .length;
}

/** A readiness snapshot as the runner freezes it (same figures, from the sample rosters). */
function readinessSnapshot(
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
function contactFor(ctx: Context, organisationId: string): ContactRecord | null {
  const contacts = ctx.contactsByOrganisation.get(organisationId) ?? [];
  return contacts.find((c) => !c.doNotContact) ?? contacts[0] ?? null;
}

function addParticipant(
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

function addEntry(ctx: Context, workshopId: string, stageId: string, entry: WorkshopEntry): void {
  ctx.out.workshopEntries.push(ctx.stamper.stamp({ workshopId, stageId, entry }));
}

function facilitatorName(prng: Prng, country: string): string {
  const kit = peopleKits[sampleCountryOf(country).people];
  return `${prng.pick(kit.givenNames)} ${prng.pick(kit.familyNames)}`;
}

/** Minutes actually spent on a stage: its time box, give or take a few minutes. */
function spentOn(prng: Prng, minutes: number): number {
  return Math.max(5, minutes + prng.int(-4, 6)) * MINUTE + prng.int(0, 59) * 1000;
}

// ——— The meta-cluster ————————————————————————————————————————————————————————————————————

interface MetaChoice {
  readonly lead: number;
  readonly weak: number;
  readonly others: readonly number[];
}

/** Lead: the strongest cluster on the chain; then one weak cluster and one or two typical ones. */
function chooseMembers(prng: Prng): MetaChoice | null {
  const onChain = clusterSpecs.flatMap((spec, i) => (spec.chains.includes(CHAIN) ? [i] : []));
  const specOf = (i: number): ClusterSpec | undefined => clusterSpecs[i];
  const lead =
    onChain.find((i) => specOf(i)?.profile === 'strong') ?? (onChain[0] as number | undefined);
  if (lead === undefined) return null;
  const countries = new Set([specOf(lead)?.country]);
  const weakOptions = onChain.filter(
    (i) => specOf(i)?.profile === 'weak' && !countries.has(specOf(i)?.country),
  );
  if (weakOptions.length === 0) return null;
  const weak = prng.pick(weakOptions);
  countries.add(specOf(weak)?.country);
  const others: number[] = [];
  const wanted = prng.int(1, 2);
  for (const i of prng.sample(
    onChain.filter((i) => specOf(i)?.profile === 'typical'),
    onChain.length,
  )) {
    if (others.length >= wanted) break;
    if (countries.has(specOf(i)?.country)) continue;
    countries.add(specOf(i)?.country);
    others.push(i);
  }
  if (others.length === 0) return null;
  return { lead, weak, others };
}

// ——— The reinforcement workshop ——————————————————————————————————————————————————————————

interface Candidate {
  readonly organisation: OrganisationRecord;
  readonly score: number;
  readonly reason: string;
}

const pipelinePoints: Readonly<Record<string, number>> = {
  engaged: 30,
  contacted: 20,
  prospect: 10,
};

/** Knowledge entities that are not committed members yet, best first (3–5). */
function candidatesFor(ctx: Context, cluster: ClusterRecord, today: string): Candidate[] {
  const committed = new Set(committedOrganisations(ctx, cluster.id, today).map((o) => o.id));
  const pipeline = new Map(
    (ctx.membershipsByCluster.get(cluster.id) ?? []).map((m) => [m.organisationId, m.status]),
  );
  const rdSegment = `${ctx.chainId}/${RD_SEGMENT}`;
  const candidates: Candidate[] = [];
  for (const organisation of ctx.input.organisations) {
    if (!isKnowledgeEntity(organisation.type) || committed.has(organisation.id)) continue;
    const sameCountry = organisation.country === cluster.country;
    const onChain = organisation.segments.includes(rdSegment);
    const status = pipeline.get(organisation.id);
    const courted = status !== undefined && status in pipelinePoints;
    if (!sameCountry && !courted) continue;
    const reasons: string[] = [];
    let score = 40;
    if (sameCountry) {
      score += 30;
      reasons.push('same country');
    }
    if (onChain) {
      score += 25;
      reasons.push('R&D on this value chain');
    }
    if (courted && status !== undefined) {
      score += pipelinePoints[status] ?? 0;
      reasons.push(`already ${status}`);
    }
    candidates.push({
      organisation,
      score,
      reason: clip(reasons.join('; '), 300),
    });
  }
  candidates.sort((a, b) => b.score - a.score || byName(a.organisation, b.organisation));
  return candidates.slice(0, ctx.prng.int(3, 5));
}

interface WalkInKind {
  readonly suffix: string;
  readonly type: OrganisationType;
  readonly segment: string;
}

const walkInKinds: readonly WalkInKind[] = [
  { suffix: 'Olive Mill Cooperative', type: 'sme-small', segment: 'processing' },
  { suffix: 'Young Olive Growers Association', type: 'civil-society', segment: 'production' },
];

/** A walk-in: a new organisation from the cluster's region, and (if the sample has contacts) the person. */
function walkIn(
  ctx: Context,
  spec: ClusterSpec,
  kind: WalkInKind,
  date: string,
  usedDomains: Set<string>,
): { organisation: OrganisationRecord; contact: ContactRecord | null } {
  const { prng } = ctx;
  const town = prng.pick(spec.towns);
  const name = `${town} ${kind.suffix}`;
  const zone = spec.country.toLowerCase();
  let domain = `${slugify(name)}.${zone}.example`;
  for (let n = 2; usedDomains.has(domain); n++) domain = `${slugify(name)}-${n}.${zone}.example`;
  usedDomains.add(domain);
  const segment = ctx.chain.segments.find((s) => s.key === kind.segment);
  const naceCodes =
    categoryOf[kind.type] === 'company'
      ? [prng.pick(segment?.nace ?? ['10'])]
      : [...prng.pick(naceOfType[kind.type] ?? [['94']])];
  const fields: OrganisationFields = {
    name,
    type: kind.type,
    country: spec.country,
    region: spec.region,
    naceCodes,
    segments: segment ? [`${ctx.chainId}/${segment.key}`] : [],
    website: `https://www.${domain}`,
    offers: segment ? prng.sample(segment.offers, 1) : [],
    needs: segment ? prng.sample(segment.needs, 1) : [],
  };
  const organisation = ctx.stamper.stamp(fields);
  ctx.out.organisations.push(organisation);
  if (!ctx.input.withContacts) return { organisation, contact: null };
  const country = sampleCountryOf(spec.country);
  const kit = peopleKits[country.people];
  const givenName = prng.pick(kit.givenNames);
  const familyName = prng.pick(kit.familyNames);
  const contactFields: ContactFields = {
    organisationId: organisation.id,
    givenName,
    familyName,
    email: `${slugify(givenName, '.')}.${slugify(familyName, '.')}@${domain}`,
    phone: null,
    role: kind.type === 'sme-small' ? 'Managing director' : 'Chair',
    languages: [...new Set([...country.languages, 'en'])],
    // Signed the attendance sheet's consent box on the day.
    legalBasis: 'consent',
    consentDate: date,
    shareScope: 'partners',
    doNotContact: false,
    erasedAt: null,
    erasureFingerprints: [],
  };
  const contact = ctx.stamper.stamp(contactFields);
  ctx.out.contacts.push(contact);
  return { organisation, contact };
}

const engagementOffers = [
  'Free associate membership for the first year, with a seat on the innovation committee.',
  "Members' groves and mills as pilot sites for field trials, theses and student projects.",
  'Co-written proposals: the cluster brings industrial partners for EU research calls.',
] as const;

function reinforcementWorkshop(
  ctx: Context,
  cluster: ClusterRecord,
  spec: ClusterSpec,
): WorkshopRecord | null {
  const { prng, stamper } = ctx;
  const date = SAMPLE_REINFORCEMENT_DATE;
  const roster = committedOrganisations(ctx, cluster.id, date);
  if (roster.length < MIN_REINFORCEMENT_MEMBERS) return null;
  const candidates = candidatesFor(ctx, cluster, date);
  if (candidates.length === 0) return null;

  const stages = stagesOf(method, 'reinforcement');
  const startMs = dayStart(date, 9, prng.int(2, 8));
  let clock = startMs;
  const stageStart = new Map<string, number>();
  const spentMs: Record<string, number> = {};
  stages.forEach((stage, index) => {
    stageStart.set(stage.id, clock);
    const spent = spentOn(prng, stage.minutes);
    spentMs[stage.id] = spent;
    clock += spent;
    if (index === 2) clock += 15 * MINUTE; // coffee break
  });
  const run: WorkshopRun = {
    status: 'completed',
    currentStageId: null,
    timer: { stageId: null, runningSince: null, elapsedMs: 0 },
    spentMs,
    overrides: [],
    revealed: [],
    startedAt: iso(startMs),
    completedAt: iso(clock),
  };
  const language = sampleCountryOf(spec.country).languages[0] ?? 'en';
  const fields: WorkshopFields = {
    name: `Reinforcement workshop: ${cluster.name}`,
    kind: 'reinforcement',
    date,
    venue: `${spec.towns[0] ?? ''} Chamber of Commerce`.trim(),
    clusterId: cluster.id,
    metaClusterId: null,
    methodId: method.id,
    methodVersion: method.version,
    facilitators: [facilitatorName(prng, spec.country)],
    languages: [...new Set([language, 'en'])],
    startTime: '09:00',
    agenda: agendaFromMethod(stages),
    run,
  };
  const workshop = stamper.stamp(fields);

  // Participants: members of the roster (one person each), then one or two walk-ins.
  const rosterCount = Math.min(roster.length, prng.int(7, 10));
  const seated = prng.sample(roster, rosterCount).sort(byName);
  const people: ContactRecord[] = [];
  seated.forEach((organisation, index) => {
    const contact = contactFor(ctx, organisation.id);
    if (contact) people.push(contact);
    addParticipant(
      ctx,
      workshop.id,
      organisation.id,
      contact?.id ?? null,
      false,
      dayStart(date, 8, 35 + prng.int(0, 25)),
      (index % 2) + 1,
    );
  });
  const usedDomains = new Set(
    ctx.input.organisations.flatMap((o) =>
      o.website ? [o.website.replace(/^https?:\/\/(www\.)?/, '')] : [],
    ),
  );
  for (const kind of walkInKinds.slice(0, prng.int(1, 2))) {
    const guest = walkIn(ctx, spec, kind, date, usedDomains);
    addParticipant(
      ctx,
      workshop.id,
      guest.organisation.id,
      guest.contact?.id ?? null,
      true,
      dayStart(date, 9, 10 + prng.int(0, 20)),
      prng.int(1, 2),
    );
  }
  const owner = people[0] ? personName(people[0]) : 'Cluster manager';
  const second = people[1] ? personName(people[1]) : owner;

  // R1: the roster as it stood that morning.
  const at = (stageId: string, minutes: number): number =>
    (stageStart.get(stageId) ?? startMs) + minutes * MINUTE;
  addEntry(
    ctx,
    workshop.id,
    'r1-readiness',
    readinessSnapshot(ctx, [cluster], at('r1-readiness', 3), date),
  );

  // R2: the segments with the fewest members, research first (the cluster is weak in it).
  const counts = ctx.chain.segments.map((segment) => ({
    segment,
    count: roster.filter((o) => o.segments.includes(`${ctx.chainId}/${segment.key}`)).length,
  }));
  counts.sort(
    (a, b) =>
      Number(b.segment.key === RD_SEGMENT) - Number(a.segment.key === RD_SEGMENT) ||
      a.count - b.count,
  );
  for (const { segment, count } of counts.slice(0, prng.int(2, 3))) {
    const need = prng.pick(segment.needs);
    const who =
      count === 0 ? 'No member works' : `Only ${count} member${count === 1 ? '' : 's'} work`;
    addEntry(ctx, workshop.id, 'r2-gaps', {
      kind: 'gap-list',
      text: clip(`${who} in “${segment.name}”; nobody answers “${need}”.`, 500),
      segment: segment.name,
    });
  }

  // R3: knowledge entities to approach.
  for (const candidate of candidates) {
    addEntry(ctx, workshop.id, 'r3-candidates', {
      kind: 'candidate-list',
      organisationId: candidate.organisation.id,
      score: candidate.score,
      reason: candidate.reason,
    });
  }

  // R4: what the cluster offers them.
  for (const text of prng.sample(engagementOffers, 2)) {
    addEntry(ctx, workshop.id, 'r4-offer', { kind: 'engagement-offer', text });
  }

  // R5: who approaches whom, by when.
  candidates.slice(0, prng.int(2, 3)).forEach((candidate, index) => {
    addEntry(ctx, workshop.id, 'r5-recruitment', {
      kind: 'recruitment-plan',
      organisationId: candidate.organisation.id,
      owner: index % 2 === 0 ? owner : second,
      due: addDays(date, 30 + 15 * index),
    });
  });
  addEntry(ctx, workshop.id, 'r5-recruitment', {
    kind: 'workshop-report',
    generatedAt: iso(clock),
  });
  return workshop;
}

// ——— The meta-cluster workshop ———————————————————————————————————————————————————————————

const ideas: readonly (readonly [theme: string, text: string])[] = [
  ['By-product valorisation', 'Shared pilot line turning olive pomace into bio-based packaging.'],
  ['By-product valorisation', 'Joint study on polyphenol extraction from mill waste water.'],
  ['By-product valorisation', 'Common protocol for composting pruning residues and leaves.'],
  ['Joint export', 'A Med olive oil pavilion at two international trade fairs a year.'],
  ['Joint export', 'Shared traceability label for certified extra virgin oils.'],
  ['Joint export', 'Pooled logistics for small mills exporting to the Gulf markets.'],
  ['Skills and knowledge', 'Exchange programme for mill technicians between member regions.'],
  ['Skills and knowledge', 'Universities of the four regions co-supervise applied PhDs.'],
  ['Skills and knowledge', 'Open lab days on irrigation efficiency and pest monitoring.'],
];

function metaClusterWorkshop(
  ctx: Context,
  metaCluster: MetaClusterRecord,
  members: readonly ClusterRecord[],
  leadSpec: ClusterSpec,
): WorkshopRecord | null {
  const { prng, stamper } = ctx;
  const date = SAMPLE_WORKSHOP_DATE;
  const clusterIds = members.map((c) => c.id);
  const pairs = suggestPairs({
    organisations: ctx.input.organisations,
    memberships: ctx.input.memberships,
    clusterIds,
    today: date,
    maxPerOrganisation: 2,
    limit: 60,
  });
  const chosenPairs: typeof pairs = [];
  const pairCount = prng.int(4, 6);
  const inPairs = new Map<string, number>();
  for (const pair of pairs) {
    if (chosenPairs.length >= pairCount) break;
    if ((inPairs.get(pair.a.id) ?? 0) >= 2 || (inPairs.get(pair.b.id) ?? 0) >= 2) continue;
    chosenPairs.push(pair);
    for (const id of [pair.a.id, pair.b.id]) inPairs.set(id, (inPairs.get(id) ?? 0) + 1);
  }
  if (chosenPairs.length < 2) return null;

  // Participants: the paired organisations, then members of each cluster in turn.
  const target = prng.int(12, 16);
  const seated: string[] = [...inPairs.keys()].slice(0, target);
  const seatedSet = new Set(seated);
  const pools = members.map((cluster) =>
    prng.sample(committedOrganisations(ctx, cluster.id, date), 40),
  );
  for (let round = 0; seated.length < target && round < 40; round++) {
    for (const pool of pools) {
      if (seated.length >= target) break;
      const next = pool.find((o) => !seatedSet.has(o.id));
      if (!next) continue;
      seated.push(next.id);
      seatedSet.add(next.id);
    }
  }
  if (seated.length < MIN_META_PARTICIPANTS) return null;

  const stages = stagesOf(method, 'meta-cluster');
  const currentIndex = stages.findIndex((s) => s.id === 's5-prioritisation');
  const done: Stage[] = stages.slice(0, Math.max(0, currentIndex));
  const startMs = dayStart(date, 9, prng.int(1, 6));
  let clock = startMs;
  const stageStart = new Map<string, number>();
  const spentMs: Record<string, number> = {};
  done.forEach((stage) => {
    stageStart.set(stage.id, clock);
    const spent = spentOn(prng, stage.minutes);
    spentMs[stage.id] = spent;
    clock += spent;
    if (stage.id === 's2-commitments') clock += 15 * MINUTE; // coffee break
    if (stage.id === 's3-value-chain') clock += 60 * MINUTE; // lunch
  });
  const run: WorkshopRun = {
    status: 'running',
    currentStageId: 's5-prioritisation',
    // Paused: opened later, the timer shows the twelve minutes spent, not hours of overrun.
    timer: {
      stageId: 's5-prioritisation',
      runningSince: null,
      elapsedMs: 12 * MINUTE + prng.int(0, 90) * 1000,
    },
    spentMs,
    overrides: [],
    revealed: [],
    startedAt: iso(startMs),
    completedAt: null,
  };
  const fields: WorkshopFields = {
    name: `Meta-cluster workshop: ${metaCluster.name}`,
    kind: 'meta-cluster',
    date,
    venue: `${leadSpec.towns[0] ?? ''} Conference Centre`.trim(),
    clusterId: null,
    metaClusterId: metaCluster.id,
    methodId: method.id,
    methodVersion: method.version,
    facilitators: [facilitatorName(prng, leadSpec.country), facilitatorName(prng, 'FR')],
    languages: ['en', 'fr'],
    startTime: '09:00',
    agenda: agendaFromMethod(stages),
    run,
  };
  const workshop = stamper.stamp(fields);

  const organisationsSeated = seated.flatMap((id) => ctx.organisationById.get(id) ?? []);
  // Tables 1–4, mixed by country.
  const byCountry = [...organisationsSeated].sort((a, b) =>
    a.country < b.country ? -1 : a.country > b.country ? 1 : byName(a, b),
  );
  const people = new Map<string, ContactRecord>();
  byCountry.forEach((organisation, index) => {
    const contact = contactFor(ctx, organisation.id);
    if (contact) people.set(organisation.id, contact);
    addParticipant(
      ctx,
      workshop.id,
      organisation.id,
      contact?.id ?? null,
      false,
      dayStart(date, 8, 30 + prng.int(0, 35)),
      (index % 4) + 1,
    );
  });
  const at = (stageId: string, minutes: number): number =>
    (stageStart.get(stageId) ?? startMs) + minutes * MINUTE;
  const countries = [...new Set(members.map((c) => c.country))].sort();

  // S0: scope.
  addEntry(ctx, workshop.id, 's0-scoping', {
    kind: 'scoping-note',
    text: clip(
      `${ctx.chain.name} across ${countries.join(', ')}: valorise by-products (pomace, waste water, pruning residues) and open export markets together; first pilot within 12 months.`,
      500,
    ),
  });

  // S1: readiness of the member clusters.
  addEntry(
    ctx,
    workshop.id,
    's1-readiness',
    readinessSnapshot(ctx, members, at('s1-readiness', 4), date),
  );

  // S2: commitments for clusters without a committed knowledge member.
  for (const cluster of members) {
    if (knowledgeMemberCount(ctx, cluster.id, date) > 0) continue;
    const candidate = candidatesFor(ctx, cluster, date)[0];
    const roster = new Set(committedOrganisations(ctx, cluster.id, date).map((o) => o.id));
    const present = organisationsSeated.find((o) => roster.has(o.id) && people.has(o.id));
    const contact = present ? people.get(present.id) : undefined;
    addEntry(ctx, workshop.id, 's2-commitments', {
      kind: 'reinforcement-commitment',
      clusterId: cluster.id,
      text: clip(
        candidate
          ? `${cluster.name} signs up ${candidate.organisation.name} as a member before the pilot starts.`
          : `${cluster.name} recruits a university or research centre as a member before the pilot starts.`,
        500,
      ),
      owner: clip(contact ? personName(contact) : `Cluster manager, ${cluster.name}`, 300),
      due: addDays(date, 90),
    });
  }

  // S3: the value chain, segment by segment and cluster by cluster. A strength: a good share of
  // the roster works in the segment; present: someone does; a gap: nobody.
  const rosters = new Map(
    members.map((cluster) => [cluster.id, committedOrganisations(ctx, cluster.id, date)]),
  );
  for (const segment of ctx.chain.segments) {
    const segmentId = `${ctx.chainId}/${segment.key}`;
    for (const cluster of members) {
      const roster = rosters.get(cluster.id) ?? [];
      const working = roster.filter((o) => o.segments.includes(segmentId));
      const strong = Math.max(3, Math.ceil(0.15 * roster.length));
      const mark = working.length >= strong ? 'strength' : working.length >= 1 ? 'present' : 'gap';
      addEntry(ctx, workshop.id, 's3-value-chain', {
        kind: 'value-chain-map',
        segmentKey: segment.key,
        clusterId: cluster.id,
        mark,
        organisationIds: prng.sample(working, 3).map((o) => o.id),
        // Data only: the mark and the members say it; a sentence stored here would stay in the
        // language the sample was made in (the Run view and the report render the cell).
        note: '',
      });
    }
  }

  // S4: offers and needs of the room, the pairs, and the afternoon's B2B schedule.
  const cards: { organisationId: string; side: 'offer' | 'need'; text: string }[] = [];
  const seenCards = new Set<string>();
  const card = (organisationId: string, side: 'offer' | 'need', text: string): void => {
    const key = `${organisationId}|${side}|${text}`;
    if (seenCards.has(key) || text.trim() === '') return;
    seenCards.add(key);
    cards.push({ organisationId, side, text: clip(text, 500) });
  };
  for (const pair of chosenPairs) {
    card(pair.reason.offeredBy, 'offer', pair.reason.offer);
    card(pair.reason.neededBy, 'need', pair.reason.need);
  }
  for (const organisation of organisationsSeated) {
    for (const offer of organisation.offers) card(organisation.id, 'offer', offer);
    for (const need of organisation.needs) card(organisation.id, 'need', need);
  }
  for (const item of cards.slice(0, prng.int(6, 10))) {
    addEntry(ctx, workshop.id, 's4-matchmaking', { kind: 'offers-needs', ...item });
  }
  for (const pair of chosenPairs) {
    addEntry(ctx, workshop.id, 's4-matchmaking', {
      kind: 'organisation-pairs',
      a: pair.a.id,
      b: pair.b.id,
      score: Math.min(1000, pair.score),
      // As the Run view records a kept pair (names and cards are data, in no UI language).
      reason: pairReasonText(pair),
    });
  }
  const tables = 4;
  const slots = 3;
  const schedule = generateSchedule(
    chosenPairs.map((pair) => ({ a: pair.a.id, b: pair.b.id, score: pair.score })),
    { tables, slots },
  );
  addEntry(ctx, workshop.id, 's4-matchmaking', {
    kind: 'b2b-schedule',
    tables,
    slots,
    slotMinutes: 20,
    startTime: '14:00',
    meetings: schedule.meetings.map((m) => ({ slot: m.slot, table: m.table, a: m.a, b: m.b })),
  });

  // S5 (current): the idea cards are up; the room has not voted yet.
  for (const [theme, text] of prng.sample(ideas, prng.int(6, 8))) {
    addEntry(ctx, workshop.id, 's5-prioritisation', { kind: 'idea-cards', text, theme });
  }
  return workshop;
}

// ——— Entry point —————————————————————————————————————————————————————————————————————————

export function generateSampleWorkshops(
  prng: Prng,
  stamper: Stamper,
  input: SampleWorkshopsInput,
): SampleWorkshops {
  const out: Context['out'] = {
    workshopParticipants: [],
    workshopEntries: [],
    organisations: [],
    contacts: [],
  };
  const empty: SampleWorkshops = { metaClusters: [], workshops: [], ...out };
  const chainId = input.chainIds.get(CHAIN);
  const choice = chooseMembers(prng);
  if (chainId === undefined || choice === null) return empty;
  const clusterAt = (i: number): ClusterRecord | undefined => input.clusters[i];
  const lead = clusterAt(choice.lead);
  const weak = clusterAt(choice.weak);
  const others = choice.others.flatMap((i) => clusterAt(i) ?? []);
  const leadSpec = clusterSpecs[choice.lead];
  const weakSpec = clusterSpecs[choice.weak];
  if (!lead || !weak || !leadSpec || !weakSpec) return empty;
  const members = [lead, ...others, weak];

  const organisationById = new Map(input.organisations.map((o) => [o.id, o]));
  const membershipsByCluster = new Map<string, MembershipRecord[]>();
  for (const membership of input.memberships) {
    const list = membershipsByCluster.get(membership.clusterId);
    if (list) list.push(membership);
    else membershipsByCluster.set(membership.clusterId, [membership]);
  }
  const contactsByOrganisation = new Map<string, ContactRecord[]>();
  for (const contact of input.contacts) {
    const list = contactsByOrganisation.get(contact.organisationId);
    if (list) list.push(contact);
    else contactsByOrganisation.set(contact.organisationId, [contact]);
  }
  const ctx: Context = {
    input,
    prng,
    stamper,
    chain: chainByKey(CHAIN),
    chainId,
    organisationById,
    membershipsByCluster,
    contactsByOrganisation,
    out,
  };

  const metaFields: MetaClusterFields = {
    name: SAMPLE_META_CLUSTER_NAME,
    valueChainId: chainId,
    status: 'forming',
    members: members.map((cluster, index) => ({
      clusterId: cluster.id,
      role: index === 0 ? ('lead' as const) : ('member' as const),
    })),
    notes:
      'Sample: forming around by-product valorisation and joint export; a reinforcement workshop was held with the weakest member in June.',
    governance: { ...DEFAULT_GOVERNANCE },
    agreement: { ...DEFAULT_AGREEMENT, signatories: [] },
    actions: [],
  };
  const metaCluster = stamper.stamp(metaFields);
  const workshops: WorkshopRecord[] = [];
  const reinforcement = reinforcementWorkshop(ctx, weak, weakSpec);
  if (reinforcement) workshops.push(reinforcement);
  const meta = metaClusterWorkshop(ctx, metaCluster, members, leadSpec);
  if (meta) workshops.push(meta);
  return { metaClusters: [metaCluster], workshops, ...out };
}
