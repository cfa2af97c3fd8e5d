// Method step 1 as writes and live views: the recruitment pipeline of a cluster (add, dated moves,
// "declined" needs a reason, "member" puts the organisation on the roster), activities, the plan,
// and the cluster / programme views that read them.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src-renderer/db/repositories';
import {
  addToPipeline,
  logActivity,
  moveStage,
  setNextStep,
} from '../../../src-renderer/db/reinforcement';
import {
  queryClusterCandidates,
  withStages,
} from '../../../src-renderer/db/reinforcement-candidates';
import { runCommand } from '../../../src-renderer/db/commands';
import {
  queryClusterReinforcement,
  queryProgramme,
} from '../../../src-renderer/db/reinforcement-queries';
import {
  clusterFields,
  contactFields,
  databaseSnapshot,
  openWorkspaces,
  organisationFields,
  type Workspace,
} from './helpers';

const T0 = Date.parse('2026-09-01T09:00:00Z');
const TODAY = '2026-11-28';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

interface Scenario extends Workspace {
  clusterId: string;
  otherClusterId: string;
  pressId: string;
  traderId: string;
  growerId: string;
  universityId: string;
  rtoId: string;
}

/**
 * Cluster Sfax (TN, region TN-61): three company members — an olive-oil press (segment "vc/press",
 * NACE 10.41), a trader (46.33) and a grower (01.26) — and no knowledge member. Cluster Tunis
 * (TN): the University of Sfax (segment "vc/press", NACE 10.41 and 72.19) and the press are
 * members there. A French RTO in no cluster shares nothing.
 */
async function scenario(): Promise<Scenario> {
  const ws = await workspace();
  const { repos } = ws;
  const cluster = await repos.clusters.create(clusterFields({ name: 'Cluster Oléicole de Sfax' }));
  const other = await repos.clusters.create(
    clusterFields({ name: 'Tunis Agri-Food Cluster', region: 'TN-11' }),
  );
  const press = await repos.organisations.create(
    organisationFields({
      name: 'Huilerie Ben Salah',
      segments: ['vc/press'],
      naceCodes: ['10.41'],
    }),
  );
  const trader = await repos.organisations.create(
    organisationFields({ name: 'Sfax Export', type: 'sme-medium', naceCodes: ['46.33'] }),
  );
  const grower = await repos.organisations.create(
    organisationFields({ name: 'Oliveraies du Sud', type: 'sme-micro', naceCodes: ['01.26'] }),
  );
  const university = await repos.organisations.create(
    organisationFields({
      name: 'Université de Sfax',
      type: 'university',
      segments: ['vc/press'],
      naceCodes: ['10.41', '72.19'],
    }),
  );
  const rto = await repos.organisations.create(
    organisationFields({
      name: 'Institut Technique',
      type: 'rto',
      country: 'FR',
      naceCodes: ['72.19'],
    }),
  );
  for (const org of [press, trader, grower]) {
    await repos.memberships.create({
      organisationId: org.id,
      clusterId: cluster.id,
      status: 'member',
      since: '2024-01-15',
      until: null,
    });
  }
  for (const org of [university, press]) {
    await repos.memberships.create({
      organisationId: org.id,
      clusterId: other.id,
      status: 'member',
      since: '2022-06-01',
      until: null,
    });
  }
  await repos.contacts.create(contactFields(press.id, { languages: ['ar', 'fr'] }));
  await repos.contacts.create(
    contactFields(university.id, { givenName: 'Karim', languages: ['fr-TN', 'en'] }),
  );
  return {
    ...ws,
    clusterId: cluster.id,
    otherClusterId: other.id,
    pressId: press.id,
    traderId: trader.id,
    growerId: grower.id,
    universityId: university.id,
    rtoId: rto.id,
  };
}

/**
 * The page's two reads: its cluster's side (a live query on the page) and the ranked candidates
 * (the bulk worker's), with the stages the page puts on them.
 */
async function clusterView(s: Scenario, asOf: string | null = null) {
  const view = await queryClusterReinforcement(s.db, s.clusterId, TODAY, asOf);
  if (view === null) throw new Error('cluster not found');
  const ranked = await queryClusterCandidates(s.db, s.clusterId, TODAY);
  return {
    ...view,
    candidates: withStages(ranked.candidates, view.pipeline),
    organisationNames: ranked.organisationNames,
  };
}

describe('recruiting a knowledge entity through the pipeline', () => {
  it('shows the gap and the candidate, then the member once the pipeline reaches "member"', async () => {
    const s = await scenario();

    // Before: no knowledge member, the gaps, the university top candidate with its factors.
    const before = await clusterView(s);
    expect(before.composition.byHelix).toMatchObject({ industry: 3, knowledge: 0 });
    expect(before.composition.total).toBe(3);
    expect(before.knowledgeShare).toBe(0);
    expect(before.gaps.segments).toEqual([
      { segment: 'vc/press', companies: 1, companyIds: [s.pressId] },
    ]);
    expect(before.gaps.naceDivisions.map((g) => g.division)).toEqual(['01', '10', '46']);
    expect(before.gaps.naceDivisions.find((g) => g.division === '10')).toEqual({
      division: '10',
      companies: 1,
      companyIds: [s.pressId],
    });
    expect(before.candidates.map((c) => c.organisationId)).toEqual([s.universityId, s.rtoId]);
    const top = before.candidates[0]!;
    expect(top).toMatchObject({
      name: 'Université de Sfax',
      type: 'university',
      country: 'TN',
      stage: null,
      score: 3 + 2 + 2 + 2 + 1,
    });
    expect(top.factors).toEqual([
      { kind: 'segments', points: 3, segments: ['vc/press'] },
      { kind: 'nace', points: 2, divisions: ['10'] },
      { kind: 'partners', points: 2, companyIds: [s.pressId] },
      { kind: 'place', points: 2, level: 'country', code: 'TN' },
      { kind: 'languages', points: 1, languages: ['fr'] },
    ]);
    expect(before.organisationNames).toEqual({ [s.pressId]: 'Huilerie Ben Salah' });
    expect(before.candidates[1]).toMatchObject({ organisationId: s.rtoId, score: 0, factors: [] });
    expect(before.pipeline).toEqual([]);
    expect(before.plan).toBeNull();

    // Adding twice gives one entry.
    const entry = await addToPipeline(
      s.db,
      s.repos,
      s.clusterId,
      s.universityId,
      '2026-09-01',
      'Amal',
    );
    s.tick();
    const again = await addToPipeline(s.db, s.repos, s.clusterId, s.universityId, '2026-09-05');
    expect(again).toEqual(entry);
    expect(await s.db.recruitments.count()).toBe(1);
    expect(entry).toMatchObject({
      clusterId: s.clusterId,
      organisationId: s.universityId,
      stage: 'identified',
      moves: [{ stage: 'identified', date: '2026-09-01' }],
      declineReason: '',
      nextStep: '',
      nextStepDue: null,
      owner: 'Amal',
      deleted: false,
    });
    expect((await clusterView(s)).candidates[0]).toMatchObject({
      organisationId: s.universityId,
      stage: 'identified',
    });

    // The moves, each dated.
    const steps = [
      ['contacted', '2026-09-10'],
      ['meeting', '2026-10-02'],
      ['committed', '2026-10-20'],
    ] as const;
    for (const [stage, date] of steps) {
      s.tick();
      await moveStage(s.db, s.repos, entry.id, stage, date);
    }
    expect(await s.db.memberships.where('organisationId').equals(s.universityId).count()).toBe(1);
    s.tick();
    const final = await moveStage(s.db, s.repos, entry.id, 'member', '2026-11-02');
    const moves = [
      { stage: 'identified', date: '2026-09-01' },
      { stage: 'contacted', date: '2026-09-10' },
      { stage: 'meeting', date: '2026-10-02' },
      { stage: 'committed', date: '2026-10-20' },
      { stage: 'member', date: '2026-11-02' },
    ];
    expect(final.stage).toBe('member');
    expect(final.moves).toEqual(moves);
    expect((await s.db.recruitments.get(entry.id))?.moves).toEqual(moves);
    expect(await s.db.recruitments.count()).toBe(1);

    // The membership was created.
    const held = await s.db.memberships.where('clusterId').equals(s.clusterId).toArray();
    const universityMemberships = held.filter((m) => m.organisationId === s.universityId);
    expect(universityMemberships).toHaveLength(1);
    expect(universityMemberships[0]).toMatchObject({
      status: 'member',
      since: '2026-11-02',
      until: null,
      deleted: false,
    });

    // After: the university is a member, the gaps it covers are closed, it is no candidate.
    const after = await clusterView(s, '2026-10-31');
    expect(after.composition.byHelix).toMatchObject({ industry: 3, knowledge: 1 });
    expect(after.composition.total).toBe(4);
    expect(after.knowledgeShare).toBe(0.25);
    expect(after.compositionThen?.byHelix).toMatchObject({ industry: 3, knowledge: 0 });
    expect(after.compositionThen?.total).toBe(3);
    expect(after.gaps.segments).toEqual([]);
    expect(after.gaps.naceDivisions.map((g) => g.division)).toEqual(['01', '46']);
    expect(after.candidates.map((c) => c.organisationId)).toEqual([s.rtoId]);
    expect(after.pipeline).toHaveLength(1);
    expect(after.pipeline[0]).toMatchObject({
      entry: { id: entry.id, stage: 'member' },
      organisation: { id: s.universityId, name: 'Université de Sfax', type: 'university' },
      activities: [],
    });
    const onTheDay = await clusterView(s, '2026-11-02');
    expect(onTheDay.compositionThen?.byHelix.knowledge).toBe(1);
  });

  it('refuses "declined" without a reason and writes nothing', async () => {
    const s = await scenario();
    const entry = await addToPipeline(s.db, s.repos, s.clusterId, s.universityId, '2026-09-01');
    s.tick();
    await moveStage(s.db, s.repos, entry.id, 'contacted', '2026-09-10');
    const snapshot = await databaseSnapshot(s.db);
    s.tick();

    for (const reason of [undefined, '', '   ']) {
      const attempt = moveStage(s.db, s.repos, entry.id, 'declined', '2026-10-01', reason);
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await attempt.catch((error: unknown) => {
        expect((error as ValidationError).problems.map((p) => p.field)).toEqual(['declineReason']);
      });
    }
    expect(await databaseSnapshot(s.db)).toEqual(snapshot);

    const declined = await moveStage(
      s.db,
      s.repos,
      entry.id,
      'declined',
      '2026-10-01',
      '  No research budget this year  ',
    );
    expect(declined).toMatchObject({
      stage: 'declined',
      declineReason: 'No research budget this year',
      moves: [
        { stage: 'identified', date: '2026-09-01' },
        { stage: 'contacted', date: '2026-09-10' },
        { stage: 'declined', date: '2026-10-01' },
      ],
    });
    expect(await s.db.recruitments.get(entry.id)).toEqual(declined);
    // Declining puts nobody on the roster.
    expect(
      (await s.db.memberships.where('clusterId').equals(s.clusterId).toArray()).map(
        (m) => m.organisationId,
      ),
    ).not.toContain(s.universityId);
    const [row] = (await queryProgramme(s.db, TODAY)).filter((r) => r.clusterId === s.clusterId);
    expect(row).toMatchObject({ inPipeline: 0, committed: 0, recruited: 0 });
  });

  it('revives an existing "left" membership instead of creating a second one', async () => {
    const s = await scenario();
    const old = await s.repos.memberships.create({
      organisationId: s.rtoId,
      clusterId: s.clusterId,
      status: 'left',
      since: '2019-03-01',
      until: '2023-12-31',
    });
    const entry = await addToPipeline(s.db, s.repos, s.clusterId, s.rtoId, '2026-09-01');
    s.tick();
    await moveStage(s.db, s.repos, entry.id, 'member', '2026-11-02');

    const memberships = (
      await s.db.memberships.where('organisationId').equals(s.rtoId).toArray()
    ).filter((m) => m.clusterId === s.clusterId);
    expect(memberships).toHaveLength(1);
    expect(memberships[0]).toMatchObject({
      id: old.id,
      status: 'member',
      since: '2019-03-01',
      until: null,
      deleted: false,
    });
    const view = await clusterView(s);
    expect(view.composition.byHelix.knowledge).toBe(1);
    expect(view.candidates.map((c) => c.organisationId)).toEqual([s.universityId]);
  });

  it('lists activities newest first and keeps the next step', async () => {
    const s = await scenario();
    const entry = await addToPipeline(s.db, s.repos, s.clusterId, s.universityId, '2026-09-01');
    s.tick();
    await logActivity(s.repos, entry.id, 'call', '2026-09-10', 'First call with the dean');
    s.tick();
    await logActivity(s.repos, entry.id, 'event', '2026-10-15', 'Met at the olive-oil fair');
    s.tick();
    await logActivity(s.repos, entry.id, 'email', '2026-09-20', 'Sent the cluster brochure');
    s.tick();
    const next = await setNextStep(s.repos, entry.id, 'Visit the food-science lab', '2026-12-01');
    expect(next).toMatchObject({
      nextStep: 'Visit the food-science lab',
      nextStepDue: '2026-12-01',
    });

    const [item] = (await clusterView(s)).pipeline;
    expect(item?.entry).toMatchObject({
      id: entry.id,
      nextStep: 'Visit the food-science lab',
      nextStepDue: '2026-12-01',
    });
    expect(item?.activities.map((a) => [a.date, a.kind, a.notes])).toEqual([
      ['2026-10-15', 'event', 'Met at the olive-oil fair'],
      ['2026-09-20', 'email', 'Sent the cluster brochure'],
      ['2026-09-10', 'call', 'First call with the dean'],
    ]);
    expect(item?.activities.every((a) => a.recruitmentId === entry.id)).toBe(true);
  });

  it('keeps one plan per cluster: a second edit updates it', async () => {
    const s = await scenario();
    const ctx = { db: s.db, repositories: s.repos, today: '2026-09-15' };
    await runCommand(ctx, 'reinforcementPlan.setTarget', {
      clusterId: s.clusterId,
      targetKnowledgeEntities: 3,
      targetDate: '2027-06-30',
    });
    s.tick();
    await runCommand(ctx, 'reinforcementPlan.setTarget', {
      clusterId: s.clusterId,
      targetKnowledgeEntities: 2,
      targetDate: '2027-12-31',
    });
    await runCommand(ctx, 'reinforcementPlan.addAction', {
      clusterId: s.clusterId,
      action: { text: 'Invite the RTO', owner: 'Karim', due: '2027-01-15' },
    });

    const plans = await s.db.reinforcementPlans.toArray();
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      clusterId: s.clusterId,
      deleted: false,
      targetKnowledgeEntities: 2,
      targetDate: '2027-12-31',
      actions: [{ text: 'Invite the RTO', owner: 'Karim', due: '2027-01-15', done: false }],
    });
    expect((await clusterView(s)).plan).toEqual(plans[0]);
  });
});

describe('queryProgramme', () => {
  it('reports target, recruited and progress per cluster, without deleted entries', async () => {
    const s = await scenario();
    await runCommand(
      { db: s.db, repositories: s.repos, today: '2026-09-01' },
      'reinforcementPlan.setTarget',
      {
        clusterId: s.clusterId,
        targetKnowledgeEntities: 2,
        targetDate: '2027-06-30',
      },
    );
    const university = await addToPipeline(
      s.db,
      s.repos,
      s.clusterId,
      s.universityId,
      '2026-09-01',
    );
    s.tick();
    const rto = await addToPipeline(s.db, s.repos, s.clusterId, s.rtoId, '2026-09-02');
    s.tick();
    await moveStage(s.db, s.repos, rto.id, 'committed', '2026-10-01');
    for (const [stage, date] of [
      ['contacted', '2026-09-10'],
      ['committed', '2026-10-20'],
      ['member', '2026-11-02'],
    ] as const) {
      s.tick();
      await moveStage(s.db, s.repos, university.id, stage, date);
    }

    const rows = await queryProgramme(s.db, TODAY);
    expect(rows.map((r) => r.clusterId).sort()).toEqual([s.clusterId, s.otherClusterId].sort());
    const sfax = rows.find((r) => r.clusterId === s.clusterId);
    expect(sfax).toEqual({
      clusterId: s.clusterId,
      name: 'Cluster Oléicole de Sfax',
      country: 'TN',
      knowledgeMembers: 1,
      knowledgeShare: 0.25,
      inPipeline: 1,
      committed: 1,
      recruited: 1,
      target: 2,
      targetDate: '2027-06-30',
      progress: 0.5,
    });
    expect(rows.find((r) => r.clusterId === s.otherClusterId)).toMatchObject({
      knowledgeMembers: 1,
      knowledgeShare: 0.5,
      inPipeline: 0,
      recruited: 0,
      target: null,
      targetDate: null,
      progress: null,
    });

    // A deleted entry is neither listed nor counted; adding again starts a new entry.
    s.tick();
    await s.repos.recruitments.remove(rto.id);
    const view = await clusterView(s);
    expect(view.pipeline.map((p) => p.entry.id)).toEqual([university.id]);
    expect(view.candidates.find((c) => c.organisationId === s.rtoId)?.stage).toBeNull();
    expect(
      (await queryProgramme(s.db, TODAY)).find((r) => r.clusterId === s.clusterId),
    ).toMatchObject({ inPipeline: 0, committed: 0, recruited: 1, progress: 0.5 });
    s.tick();
    const fresh = await addToPipeline(s.db, s.repos, s.clusterId, s.rtoId, '2026-11-20');
    expect(fresh.id).not.toBe(rto.id);
    expect(fresh.moves).toEqual([{ stage: 'identified', date: '2026-11-20' }]);
  });

  it('does not count a deleted knowledge organisation as a knowledge member', async () => {
    const s = await scenario();
    const entry = await addToPipeline(s.db, s.repos, s.clusterId, s.universityId, '2026-09-01');
    s.tick();
    await moveStage(s.db, s.repos, entry.id, 'member', '2026-11-02');
    s.tick();
    await s.repos.organisations.remove(s.universityId);

    const view = await clusterView(s);
    expect(view.composition.byHelix.knowledge).toBe(0);
    const sfax = (await queryProgramme(s.db, TODAY)).find((r) => r.clusterId === s.clusterId);
    expect(sfax?.knowledgeShare).toBe(0);
    // The count must agree with the share and the composition.
    expect(sfax?.knowledgeMembers).toBe(0);
  });
});
