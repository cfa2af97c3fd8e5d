/** Sample workshops: the meta-cluster workshop, paused at prioritisation. */
import { agendaFromMethod, stagesOf } from '../method';
import type { Stage } from '../method';
import { suggestPairs } from '../metacluster';
import { pairReasonText } from '../workshop/stage-logic';
import type {
  ClusterRecord,
  ContactRecord,
  MetaClusterRecord,
  WorkshopFields,
  WorkshopRecord,
} from '../model/entities';
import type { WorkshopRun } from '../model/workshop-run';
import { generateSchedule } from '../workshop/schedule';
import type { ClusterSpec } from './cluster-specs';
import { addDays } from './helpers';
import {
  MIN_META_PARTICIPANTS,
  SAMPLE_WORKSHOP_DATE,
  addEntry,
  addParticipant,
  byName,
  clip,
  committedOrganisations,
  contactFor,
  dayStart,
  facilitatorName,
  iso,
  knowledgeMemberCount,
  method,
  personName,
  readinessSnapshot,
  spentOn,
  MINUTE,
} from './workshop-context';
import type { Context } from './workshop-context';
import { candidatesFor } from './workshop-reinforcement';

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

export function metaClusterWorkshop(
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
