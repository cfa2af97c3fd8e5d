// The command layer on a real (fake-indexeddb) workspace. Each loss the runner and the meta-cluster
// page showed is reproduced first the old way — the next value computed from the page's copy,
// written as a whole — and then through the commands, which read what is stored in the same
// transaction: two quick edits both land, a first edit made twice still makes one entry, Undo
// puts back exactly what one command changed.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { entriesOfKind, type EntryOf } from '../../../src-core/model/workshop-run';
import { runCommand, type CommandContext } from '../../../src-renderer/db/commands';
import { createWorkshop } from '../../../src-renderer/db/workshops';
import { clusterFields, openWorkspaces, organisationFields } from './helpers';

const T0 = Date.parse('2026-09-15T09:00:00Z');
const TODAY = '2026-09-15';
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

async function scenario() {
  const ws = await workspace();
  const sfax = await ws.repos.clusters.create(clusterFields({ name: 'Sfax Olive Cluster' }));
  const murcia = await ws.repos.clusters.create(
    clusterFields({ name: 'Murcia Agrifood', country: 'ES' }),
  );
  const meta = await ws.repos.metaClusters.create({
    name: 'Olive by-products',
    valueChainId: null,
    status: 'forming',
    members: [
      { clusterId: sfax.id, role: 'member' },
      { clusterId: murcia.id, role: 'member' },
    ],
    notes: '',
    governance: { leadClusterId: null, decisionRule: '' },
    agreement: { type: 'letter-of-interest', status: 'none', signedOn: null, signatories: [] },
    actions: [],
  });
  const workshop = await createWorkshop(
    ws.repos,
    {
      name: 'Valencia pilot workshop',
      kind: 'meta-cluster',
      date: TODAY,
      venue: 'Valencia',
      clusterId: null,
      metaClusterId: meta.id,
    },
    'Amal Haddad',
  );
  const ctx: CommandContext = { db: ws.db, repositories: ws.repos, today: TODAY };
  const target = { workshopId: workshop.id, stageId: 'm5-roadmap' };
  const entries = async () =>
    (await ws.db.workshopEntries.where('workshopId').equals(workshop.id).toArray()).filter(
      (row) => !row.deleted,
    );
  return { ...ws, ctx, target, entries, meta, sfax, murcia, workshop };
}

const action: EntryOf<'action-plan'> = {
  kind: 'action-plan',
  text: 'Pilot olive-pit biomass boiler',
  owner: '',
  due: null,
  kpi: '',
  status: 'planned',
};

describe('two quick edits of an action line', () => {
  it('lose the owner the old way (each write built from the rendered entry)', async () => {
    const { repos, ctx, target } = await scenario();
    await runCommand(ctx, 'entry.add', { ...target, entry: action });
    const [row] = entriesOfKind(await ctx.db.workshopEntries.toArray(), 'action-plan');
    const rendered = row!.entry;
    // Owner typed and left, then the due date typed before the page re-rendered.
    await repos.workshopEntries.update(row!.id, { entry: { ...rendered, owner: 'Huilerie Sfax' } });
    await repos.workshopEntries.update(row!.id, { entry: { ...rendered, due: '2027-03-31' } });
    const stored = (await repos.workshopEntries.get(row!.id))!.entry as EntryOf<'action-plan'>;
    expect(stored.owner).toBe('');
  });

  it('keep owner, due date and KPI through commands, even sent at once', async () => {
    const { ctx, target, entries } = await scenario();
    await runCommand(ctx, 'entry.add', { ...target, entry: action });
    const [row] = entriesOfKind(await entries(), 'action-plan');
    await Promise.all([
      runCommand(ctx, 'entry.patch', {
        id: row!.id,
        kind: 'action-plan',
        patch: { owner: 'Huilerie Sfax' },
      }),
      runCommand(ctx, 'entry.patch', {
        id: row!.id,
        kind: 'action-plan',
        patch: { due: '2027-03-31' },
      }),
      runCommand(ctx, 'entry.patch', {
        id: row!.id,
        kind: 'action-plan',
        patch: { kpi: '3 boilers installed' },
      }),
    ]);
    const [stored] = entriesOfKind(await entries(), 'action-plan');
    expect(stored!.entry).toMatchObject({
      owner: 'Huilerie Sfax',
      due: '2027-03-31',
      kpi: '3 boilers installed',
    });
  });

  it('refuse an edit of the wrong kind or an invalid date, writing nothing', async () => {
    const { ctx, target, entries } = await scenario();
    await runCommand(ctx, 'entry.add', { ...target, entry: action });
    const [row] = entriesOfKind(await entries(), 'action-plan');
    await expect(
      runCommand(ctx, 'entry.patch', { id: row!.id, kind: 'idea-cards', patch: { theme: 'x' } }),
    ).rejects.toThrow('edit.kind');
    await expect(
      runCommand(ctx, 'entry.patch', {
        id: row!.id,
        kind: 'action-plan',
        patch: { due: '2027-02-31' },
      }),
    ).rejects.toThrow();
    const [stored] = entriesOfKind(await entries(), 'action-plan');
    expect(stored!.entry).toEqual(action);
  });
});

describe("the workshop's governance and agreement", () => {
  it('first edits made at once make one entry holding both', async () => {
    const { ctx, target, entries, sfax, murcia } = await scenario();
    const clusterIds = [sfax.id, murcia.id];
    await Promise.all([
      runCommand(ctx, 'governance.setRule', { ...target, clusterIds, rule: 'Consensus' }),
      runCommand(ctx, 'governance.setRole', {
        ...target,
        clusterIds,
        clusterId: murcia.id,
        role: 'lead',
      }),
    ]);
    const governance = entriesOfKind(await entries(), 'governance');
    expect(governance).toHaveLength(1);
    // The lead role and the lead cluster are one fact: Murcia leads, Sfax is a member.
    expect(governance[0]!.entry).toMatchObject({
      decisionRule: 'Consensus',
      leadClusterId: murcia.id,
      roles: [
        { clusterId: sfax.id, role: 'member' },
        { clusterId: murcia.id, role: 'lead' },
      ],
    });
  });

  it('keeps two signatories added in quick succession, and refuses the same person twice', async () => {
    const { ctx, target, entries } = await scenario();
    const person = (name: string) => ({
      name,
      organisation: 'Sfax Olive Cluster',
      status: 'pending' as const,
    });
    await Promise.all([
      runCommand(ctx, 'agreement.addSignatory', { ...target, person: person('Leila Trabelsi') }),
      runCommand(ctx, 'agreement.addSignatory', { ...target, person: person('Karim Ben Ali') }),
    ]);
    await expect(
      runCommand(ctx, 'agreement.addSignatory', { ...target, person: person('leila trabelsi') }),
    ).rejects.toThrow('edit.duplicate');
    await runCommand(ctx, 'agreement.editSignatory', {
      ...target,
      key: { name: 'Karim Ben Ali', organisation: 'Sfax Olive Cluster' },
      patch: { status: 'signed' },
    });
    const [agreement] = entriesOfKind(await entries(), 'agreement');
    expect(agreement!.entry.signatories).toEqual([
      person('Leila Trabelsi'),
      { ...person('Karim Ben Ali'), status: 'signed' },
    ]);
  });
});

describe('a value-chain map cell marked twice before the page refreshes', () => {
  it('is one entry holding the last mark (entry.upsert), its organisations kept', async () => {
    const { ctx, workshop, sfax, entries } = await scenario();
    const target = { workshopId: workshop.id, stageId: 'm3-mapping' };
    const cell = (mark: 'strength' | 'gap') =>
      runCommand(ctx, 'entry.upsert', {
        ...target,
        kind: 'value-chain-map',
        match: { segmentKey: 'milling', clusterId: sfax.id },
        entry: {
          kind: 'value-chain-map',
          segmentKey: 'milling',
          clusterId: sfax.id,
          mark,
          organisationIds: [],
          note: '',
        },
        patch: { mark },
      });
    await Promise.all([cell('strength'), cell('gap')]);
    const cells = entriesOfKind(await entries(), 'value-chain-map');
    expect(cells).toHaveLength(1);
    expect(cells[0]!.entry.mark).toBe('gap');
  });
});

describe('stages feed each other', () => {
  it('turns kept pairs into idea cards and top-voted ideas into action lines, once', async () => {
    const { ctx, repos, workshop, entries } = await scenario();
    const mill = await repos.organisations.create(organisationFields({ name: 'Huilerie Sfax' }));
    const lab = await repos.organisations.create(
      organisationFields({ name: 'Universidad de Jaén', country: 'ES', type: 'university' }),
    );
    const at = (stageId: string) => ({ workshopId: workshop.id, stageId });
    await runCommand(ctx, 'entry.add', {
      ...at('m4-matchmaking'),
      entry: {
        kind: 'organisation-pairs',
        a: mill.id,
        b: lab.id,
        score: 5,
        reason: 'pomace drying',
      },
    });
    await runCommand(ctx, 'ideas.fromKeptPairs', at('m5-prioritisation'));
    await runCommand(ctx, 'ideas.fromKeptPairs', at('m5-prioritisation'));
    const ideas = entriesOfKind(await entries(), 'idea-cards');
    expect(ideas.map((row) => row.entry.text)).toEqual([
      'Huilerie Sfax × Universidad de Jaén: pomace drying',
    ]);
    await runCommand(ctx, 'entry.add', {
      ...at('m5-prioritisation'),
      entry: {
        kind: 'dot-votes',
        ideaId: ideas[0]!.id,
        dots: 3,
        source: 'table',
        voterId: null,
        table: 2,
      },
    });
    const added = await runCommand(ctx, 'actions.fromTopIdeas', { ...at('m6-roadmap'), count: 5 });
    await runCommand(ctx, 'actions.fromTopIdeas', { ...at('m6-roadmap'), count: 5 });
    expect(entriesOfKind(await entries(), 'action-plan').map((row) => row.entry.text)).toEqual([
      'Huilerie Sfax × Universidad de Jaén: pomace drying',
    ]);
    await added.undo!();
    expect(entriesOfKind(await entries(), 'action-plan')).toEqual([]);
  });
});

describe("the meta-cluster's agreement and action lines", () => {
  it('keep the signing date and status set at once (the old way lost the date)', async () => {
    const { repos, ctx, meta } = await scenario();
    // Old way: both writes spread the rendered agreement.
    const rendered = meta.agreement;
    await repos.metaClusters.update(meta.id, {
      agreement: { ...rendered, signedOn: '2026-09-15' },
    });
    await repos.metaClusters.update(meta.id, { agreement: { ...rendered, status: 'signed' } });
    expect((await repos.metaClusters.get(meta.id))!.agreement.signedOn).toBeNull();
    // Commands: both land.
    await Promise.all([
      runCommand(ctx, 'metaCluster.agreement', { id: meta.id, patch: { signedOn: '2026-09-16' } }),
      runCommand(ctx, 'metaCluster.agreement', { id: meta.id, patch: { type: 'mou' } }),
    ]);
    expect((await repos.metaClusters.get(meta.id))!.agreement).toMatchObject({
      type: 'mou',
      status: 'signed',
      signedOn: '2026-09-16',
    });
  });

  it('undoes one edit of an action line without touching the other fields', async () => {
    const { repos, ctx, meta } = await scenario();
    const line = {
      id: 'a1',
      text: 'Joint pellet offer',
      owner: '',
      due: null,
      kpi: '',
      status: 'planned' as const,
    };
    await runCommand(ctx, 'metaCluster.addAction', { id: meta.id, line });
    await runCommand(ctx, 'metaCluster.editAction', {
      id: meta.id,
      actionId: 'a1',
      patch: { owner: 'Huilerie' },
    });
    const due = await runCommand(ctx, 'metaCluster.editAction', {
      id: meta.id,
      actionId: 'a1',
      patch: { due: '2027-01-31' },
    });
    await due.undo!();
    expect((await repos.metaClusters.get(meta.id))!.actions).toEqual([
      { ...line, owner: 'Huilerie' },
    ]);
  });

  it("gives a member the lead role and makes it the governance's lead, demoting the former lead", async () => {
    const { repos, ctx, meta, sfax, murcia } = await scenario();
    await runCommand(ctx, 'metaCluster.setRole', { id: meta.id, clusterId: sfax.id, role: 'lead' });
    await runCommand(ctx, 'metaCluster.setRole', {
      id: meta.id,
      clusterId: murcia.id,
      role: 'lead',
    });
    const stored = (await repos.metaClusters.get(meta.id))!;
    expect(stored.governance.leadClusterId).toBe(murcia.id);
    expect(stored.members).toEqual([
      { clusterId: sfax.id, role: 'member' },
      { clusterId: murcia.id, role: 'lead' },
    ]);
  });

  it("applies a workshop's governance, agreement and action plan, each undoable", async () => {
    const { repos, ctx, target, meta, sfax, murcia, workshop } = await scenario();
    const clusterIds = [sfax.id, murcia.id];
    await runCommand(ctx, 'governance.setRole', {
      ...target,
      clusterIds,
      clusterId: murcia.id,
      role: 'lead',
    });
    await runCommand(ctx, 'agreement.addSignatory', {
      ...target,
      person: { name: 'Leila Trabelsi', organisation: 'Sfax Olive Cluster', status: 'signed' },
    });
    await runCommand(ctx, 'entry.add', { ...target, entry: { ...action, owner: 'Huilerie' } });
    const args = { workshopId: workshop.id, metaClusterId: meta.id };
    const applied = await runCommand(ctx, 'workshop.applyGovernance', args);
    await runCommand(ctx, 'workshop.copyActions', args);
    const stored = (await repos.metaClusters.get(meta.id))!;
    expect(stored.governance.leadClusterId).toBe(murcia.id);
    expect(stored.agreement).toMatchObject({ status: 'signed', signedOn: TODAY });
    expect(stored.actions).toEqual([
      expect.objectContaining({ text: action.text, owner: 'Huilerie' }),
    ]);
    await applied.undo!();
    const undone = (await repos.metaClusters.get(meta.id))!;
    expect(undone.governance.leadClusterId).toBeNull();
    expect(undone.agreement.status).toBe('none');
    expect(undone.actions).toHaveLength(1);
  });
});
