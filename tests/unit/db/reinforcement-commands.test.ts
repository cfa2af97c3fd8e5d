// The reinforcement commands on a real (fake-indexeddb) workspace: a cluster's plan edited the old
// way (the whole plan rebuilt from the page's copy) loses an edit; through the commands, which
// read the stored plan in the same transaction, two quick edits both land and Undo puts back
// exactly what one command changed. A workshop's recruitment plan row puts the organisation on
// the cluster's pipeline once, and its Undo takes both back.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { EditError } from '../../../src-core/edits';
import { entriesOfKind } from '../../../src-core/model/workshop-run';
import { runCommand, type CommandContext } from '../../../src-renderer/db/commands';
import { addToPipeline } from '../../../src-renderer/db/reinforcement';
import { createWorkshop } from '../../../src-renderer/db/workshops';
import { clusterFields, openWorkspaces, organisationFields } from './helpers';

const T0 = Date.parse('2026-09-15T09:00:00Z');
const TODAY = '2026-09-15';
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

async function scenario() {
  const ws = await workspace();
  const cluster = await ws.repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  const university = await ws.repos.organisations.create(
    organisationFields({ name: 'Université de Sfax', type: 'university' }),
  );
  const ctx: CommandContext = { db: ws.db, repositories: ws.repos, today: TODAY };
  const plan = async () =>
    (await ws.db.reinforcementPlans.where('clusterId').equals(cluster.id).toArray()).filter(
      (row) => !row.deleted,
    );
  return { ...ws, ctx, clusterId: cluster.id, universityId: university.id, plan };
}

const visit = { text: 'Visit the rector', owner: '', due: null };

describe("a cluster's reinforcement plan", () => {
  it('loses the owner the old way (the plan rebuilt from the rendered copy)', async () => {
    const { db, repos, clusterId, plan } = await scenario();
    const action = { id: 'a1', ...visit, done: false };
    // What the page did before the command layer: write the whole plan from its rendered copy.
    const savePlan = async (_db: typeof db, _repos: typeof repos, id: string, fields: object) => {
      const stored = (await plan())[0];
      if (stored) await repos.reinforcementPlans.update(stored.id, fields);
      else
        await repos.reinforcementPlans.create({
          clusterId: id,
          ...(fields as { targetKnowledgeEntities: number; targetDate: null; actions: [] }),
        });
    };
    await savePlan(db, repos, clusterId, {
      targetKnowledgeEntities: 3,
      targetDate: null,
      actions: [action],
    });
    const rendered = (await plan())[0]!;
    // Owner typed and left, then "done" ticked before the page re-rendered.
    await savePlan(db, repos, clusterId, {
      ...rendered,
      actions: [{ ...action, owner: 'Amal Haddad' }],
    });
    await savePlan(db, repos, clusterId, { ...rendered, actions: [{ ...action, done: true }] });
    expect((await plan())[0]!.actions[0]).toMatchObject({ owner: '', done: true });
  });

  it('is created by its first edit, with the initial target', async () => {
    const { ctx, clusterId, plan } = await scenario();
    await runCommand(ctx, 'reinforcementPlan.addAction', { clusterId, action: visit });
    const [stored] = await plan();
    expect(stored).toMatchObject({ clusterId, targetKnowledgeEntities: 3, targetDate: null });
    expect(stored!.actions).toEqual([expect.objectContaining({ ...visit, done: false })]);
  });

  it('keeps owner, due date and done through commands, even sent at once', async () => {
    const { ctx, clusterId, plan } = await scenario();
    await runCommand(ctx, 'reinforcementPlan.addAction', { clusterId, action: visit });
    const actionId = (await plan())[0]!.actions[0]!.id;
    await Promise.all([
      runCommand(ctx, 'reinforcementPlan.editAction', {
        clusterId,
        actionId,
        patch: { owner: 'Amal Haddad' },
      }),
      runCommand(ctx, 'reinforcementPlan.editAction', {
        clusterId,
        actionId,
        patch: { due: '2026-12-01' },
      }),
      runCommand(ctx, 'reinforcementPlan.editAction', {
        clusterId,
        actionId,
        patch: { done: true },
      }),
      runCommand(ctx, 'reinforcementPlan.setTarget', {
        clusterId,
        targetKnowledgeEntities: 5,
        targetDate: '2027-06-30',
      }),
    ]);
    const [stored] = await plan();
    expect(stored).toMatchObject({ targetKnowledgeEntities: 5, targetDate: '2027-06-30' });
    expect(stored!.actions).toEqual([
      { id: actionId, text: visit.text, owner: 'Amal Haddad', due: '2026-12-01', done: true },
    ]);
    expect(await plan()).toHaveLength(1);
  });

  it('undoes one edit and leaves the others', async () => {
    const { ctx, clusterId, plan } = await scenario();
    await runCommand(ctx, 'reinforcementPlan.addAction', { clusterId, action: visit });
    await runCommand(ctx, 'reinforcementPlan.addAction', {
      clusterId,
      action: { text: 'Invite the RTO to the board', owner: 'Reem Saleh', due: null },
    });
    const [first, second] = (await plan())[0]!.actions;
    const owner = await runCommand(ctx, 'reinforcementPlan.editAction', {
      clusterId,
      actionId: first!.id,
      patch: { owner: 'Amal Haddad' },
    });
    const removal = await runCommand(ctx, 'reinforcementPlan.removeAction', {
      clusterId,
      actionId: second!.id,
    });
    expect((await plan())[0]!.actions.map((a) => a.id)).toEqual([first!.id]);
    await removal.undo?.();
    expect((await plan())[0]!.actions).toEqual([{ ...first, owner: 'Amal Haddad' }, second]);
    await owner.undo?.();
    expect((await plan())[0]!.actions[0]!.owner).toBe('');
  });

  it('refuses to edit an action that is gone', async () => {
    const { ctx, clusterId } = await scenario();
    await runCommand(ctx, 'reinforcementPlan.addAction', { clusterId, action: visit });
    await expect(
      runCommand(ctx, 'reinforcementPlan.editAction', {
        clusterId,
        actionId: 'not-there',
        patch: { done: true },
      }),
    ).rejects.toBeInstanceOf(EditError);
  });
});

describe("a workshop's recruitment plan", () => {
  async function workshopScenario() {
    const s = await scenario();
    const workshop = await createWorkshop(
      s.repos,
      {
        name: 'Reinforcement day',
        kind: 'reinforcement',
        date: TODAY,
        venue: 'Sfax',
        clusterId: s.clusterId,
        metaClusterId: null,
      },
      'Amal Haddad',
    );
    const target = { workshopId: workshop.id, stageId: 'r5-recruitment-plan' };
    const rows = async () =>
      entriesOfKind(
        (await s.db.workshopEntries.where('workshopId').equals(workshop.id).toArray()).filter(
          (row) => !row.deleted,
        ),
        'recruitment-plan',
      );
    const pipeline = async () =>
      (await s.db.recruitments.where('clusterId').equals(s.clusterId).toArray()).filter(
        (row) => !row.deleted,
      );
    return { ...s, target, rows, pipeline };
  }

  it('puts the organisation on the pipeline with its owner, and Undo takes both back', async () => {
    const { ctx, clusterId, universityId, target, rows, pipeline } = await workshopScenario();
    const row = { organisationId: universityId, owner: 'Amal Haddad', due: '2026-10-01' };
    const added = await runCommand(ctx, 'recruitmentPlan.add', { ...target, clusterId, row });
    expect((await rows()).map((r) => r.entry)).toEqual([{ kind: 'recruitment-plan', ...row }]);
    expect(await pipeline()).toEqual([
      expect.objectContaining({
        organisationId: universityId,
        stage: 'identified',
        owner: 'Amal Haddad',
      }),
    ]);
    await added.undo?.();
    expect(await rows()).toEqual([]);
    expect(await pipeline()).toEqual([]);
  });

  it('plans an organisation once, and leaves a pipeline entry it did not make', async () => {
    const s = await workshopScenario();
    const { ctx, clusterId, universityId, target } = s;
    await addToPipeline(s.db, s.repos, clusterId, universityId, TODAY);
    const row = { organisationId: universityId, owner: '', due: null };
    const added = await runCommand(ctx, 'recruitmentPlan.add', { ...target, clusterId, row });
    await expect(
      runCommand(ctx, 'recruitmentPlan.add', { ...target, clusterId, row }),
    ).rejects.toBeInstanceOf(EditError);
    expect(await s.rows()).toHaveLength(1);
    expect(await s.pipeline()).toHaveLength(1);
    await added.undo?.();
    expect(await s.rows()).toEqual([]);
    expect(await s.pipeline()).toHaveLength(1);
  });
});
