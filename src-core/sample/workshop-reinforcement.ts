/** Sample workshops: the completed reinforcement workshop of the weakest member cluster. */
import { agendaFromMethod, stagesOf } from '../method';
import type {
  ClusterRecord,
  ContactFields,
  ContactRecord,
  OrganisationFields,
  OrganisationRecord,
  WorkshopFields,
  WorkshopRecord,
} from '../model/entities';
import type { OrganisationType } from '../model/enums';
import { isKnowledgeEntity } from '../model/enums';
import type { WorkshopRun } from '../model/workshop-run';
import type { ClusterSpec } from './cluster-specs';
import { sampleCountryOf } from './countries';
import { addDays, slugify } from './helpers';
import { peopleKits } from './names-people';
import { categoryOf, naceOfType } from './roles';
import type { SampleChain } from './value-chains';
import { RD_SEGMENT } from './value-chains';
import {
  MIN_REINFORCEMENT_MEMBERS,
  SAMPLE_REINFORCEMENT_DATE,
  addEntry,
  addParticipant,
  byName,
  clip,
  committedOrganisations,
  contactFor,
  dayStart,
  facilitatorName,
  iso,
  method,
  personName,
  readinessSnapshot,
  spentOn,
  MINUTE,
} from './workshop-context';
import type { Context } from './workshop-context';

export interface Candidate {
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
function rdName(chain: SampleChain): string {
  return chain.segments.find((segment) => segment.key === RD_SEGMENT)?.name ?? RD_SEGMENT;
}

export function candidatesFor(ctx: Context, cluster: ClusterRecord, today: string): Candidate[] {
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
    // Why, as data that reads the same in every UI language (the country, the chain's R&D
    // segment as named in the sample), not as an English sentence.
    const reasons: string[] = [organisation.country];
    let score = 40;
    if (sameCountry) score += 30;
    if (onChain) {
      score += 25;
      reasons.push(`${ctx.chain.name} › ${rdName(ctx.chain)}`);
    }
    if (courted && status !== undefined) score += pipelinePoints[status] ?? 0;
    candidates.push({
      organisation,
      score,
      reason: clip(reasons.join(' · '), 300),
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

export function reinforcementWorkshop(
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
