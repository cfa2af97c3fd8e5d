// The runner's writes on a real (fake-indexeddb) workspace: the run moves and its timer as stored,
// gate overrides, a frozen readiness snapshot, and dot clicks applied one after another on what is
// stored (quick clicks neither lose a dot nor go over the budget).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  changeDots,
  freezeReadinessSnapshot,
  queryRunData,
  runActions,
} from '../../../src-renderer/db/workshop-run';
import { createWorkshop } from '../../../src-renderer/db/workshops';
import { timerElapsed } from '../../../src-core/method';
import { clusterFields, openWorkspaces, organisationFields } from './helpers';

const T0 = Date.parse('2026-09-15T09:00:00Z');
const TODAY = '2026-09-15';
const MIN = 60_000;
const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

async function scenario() {
  const ws = await workspace();
  const cluster = await ws.repos.clusters.create(clusterFields());
  const university = await ws.repos.organisations.create(
    organisationFields({ name: 'Université de Sfax', type: 'university' }),
  );
  const mill = await ws.repos.organisations.create(organisationFields({ name: 'Huilerie' }));
  for (const organisation of [university, mill]) {
    await ws.repos.memberships.create({
      organisationId: organisation.id,
      clusterId: cluster.id,
      status: 'member',
      since: '2025-01-01',
      until: null,
    });
  }
  const workshop = await createWorkshop(
    ws.repos,
    {
      name: 'Sfax reinforcement workshop',
      kind: 'reinforcement',
      date: TODAY,
      venue: 'Sfax',
      clusterId: cluster.id,
      metaClusterId: null,
    },
    'Amal Haddad',
  );
  return { ...ws, cluster, workshop };
}

describe('the run as stored', () => {
  it('starts on the first stage, moves on, and resumes from the database alone', async () => {
    const { db, repos, workshop } = await scenario();
    await runActions.start(db, repos, workshop.id, T0);
    await runActions.goTo(db, repos, workshop.id, 'r2-gaps', T0 + 25 * MIN);
    await runActions.toggleTimer(db, repos, workshop.id, T0 + 30 * MIN);
    // A reload reads the record: same stage, paused at 5 minutes, R1's 25 minutes kept.
    const data = await queryRunData(db, workshop.id, TODAY);
    expect(data?.workshop.run).toMatchObject({
      status: 'running',
      currentStageId: 'r2-gaps',
      spentMs: { 'r1-readiness': 25 * MIN },
    });
    expect(timerElapsed(data!.workshop.run, T0 + 90 * MIN)).toBe(5 * MIN);
    expect(data?.order.map((stage) => stage.code)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    expect(data?.gateInputs.knowledgeMembers.get(data.clusters[0]!.id)).toBe(1);
  });

  it('an override is kept with its reason; a reason-less one is refused and writes nothing', async () => {
    const { db, repos, workshop } = await scenario();
    await runActions.start(db, repos, workshop.id, T0);
    const override = {
      stageId: 'r1-readiness',
      gateId: 'r1-snapshot-recorded',
      reason: 'Snapshot taken on paper',
      at: new Date(T0).toISOString(),
      by: 'Amal Haddad',
    };
    await runActions.override(db, repos, workshop.id, override);
    const before = await db.workshops.get(workshop.id);
    await expect(
      runActions.override(db, repos, workshop.id, { ...override, reason: '  ' }),
    ).rejects.toThrow();
    expect(await db.workshops.get(workshop.id)).toEqual(before);
    expect(before?.run.overrides).toEqual([override]);
  });

  it('freezes the readiness of the clusters taking part', async () => {
    const { db, repos, workshop, cluster } = await scenario();
    const data = await queryRunData(db, workshop.id, TODAY);
    await freezeReadinessSnapshot(db, repos, data!, 'r1-readiness', T0, TODAY);
    // A later roster change does not alter the snapshot.
    await repos.organisations.create(organisationFields({ name: 'Later member' }));
    const [row] = (await queryRunData(db, workshop.id, TODAY))!.entries;
    expect(row?.entry).toMatchObject({
      kind: 'readiness-snapshot',
      takenAt: new Date(T0).toISOString(),
      clusters: [{ clusterId: cluster.id, members: 2, knowledgeEntities: 1, knowledgeShare: 0.5 }],
    });
  });
});

describe('dot voting', () => {
  it('quick clicks are applied one after another: no lost dot, never over the budget', async () => {
    const { db, repos, workshop } = await scenario();
    const target = { workshopId: workshop.id, stageId: 'r3-candidates' };
    const idea = await repos.workshopEntries.create({
      ...target,
      entry: { kind: 'idea-cards', text: 'Shared pomace lab', theme: '' },
    });
    const voter = {
      voterId: '0192f0c4-7b1e-7c3a-9d2e-00000000d001',
      source: 'participant' as const,
    };
    // Six clicks at once on a budget of five.
    const changes = await Promise.all(
      Array.from({ length: 6 }, () => changeDots(db, repos, target, voter, idea.id, 1, 5)),
    );
    expect(changes.filter((c) => c.kind === 'refused')).toHaveLength(1);
    const votes = (await db.workshopEntries.toArray()).filter(
      (row) => row.entry.kind === 'dot-votes' && !row.deleted,
    );
    expect(votes).toHaveLength(1);
    expect(votes[0]?.entry).toMatchObject({ dots: 5, voterId: voter.voterId });
    // Taking dots back, down to none, removes the entry.
    for (let i = 0; i < 5; i += 1) await changeDots(db, repos, target, voter, idea.id, -1, 5);
    const left = (await db.workshopEntries.toArray()).filter(
      (row) => row.entry.kind === 'dot-votes' && !row.deleted,
    );
    expect(left).toHaveLength(0);
  });
});

describe('organisations an entry names but this workspace lacks', () => {
  it('are listed with whom to ask: the partner who wrote the entry', async () => {
    const { db, workshop } = await scenario();
    const partnerNode = 'bbbbbbbbbbbbbbbb';
    await db.settings.put({
      key: 'exchange:partners',
      value: {
        [partnerNode]: {
          partnerOrganisation: 'Jaén Olive Cluster',
          facilitator: 'Lucía',
          lastReceivedAt: '2026-09-14T10:00:00.000Z',
        },
      },
    });
    const missing = '0192f0c4-7b1e-7c3a-9d2e-0000000000aa';
    // A card captured on the partner's laptop, about an organisation whose record never came.
    await db.workshopEntries.put({
      id: '0192f0c4-7b1e-7c3a-9d2e-0000000000ab',
      workshopId: workshop.id,
      stageId: 'r4-offer',
      entry: { kind: 'candidate-list', organisationId: missing, score: 12, reason: '' },
      deleted: false,
      clocks: { '*': `000001789000000000-0000-${partnerNode}` },
    });
    const data = await queryRunData(db, workshop.id, TODAY);
    expect(data?.organisations.has(missing)).toBe(false);
    expect(data?.missingOrganisations.get(missing)).toEqual({
      field: 'entry',
      table: 'organisations',
      id: missing,
      ask: { kind: 'partner', node: partnerNode, partner: 'Jaén Olive Cluster' },
    });
    // The organisations it does hold are not "missing".
    expect(data?.missingOrganisations.size).toBe(1);
  });
});
