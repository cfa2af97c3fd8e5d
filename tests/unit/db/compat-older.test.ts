/**
 * What other versions read of this version's packages (docs/exchange-format.md, "Versions"),
 * through the app's exporter and importer on fake-indexeddb with real zips:
 * - a plain export stays readable by app 0.1.0 (format 1.0); one with omissions declares 1.1;
 * - a workshop whose participants scored ideas from their phones (each person's own entry,
 *   `participantId`, format 1.2) declares 1.2 — an app of 1.1 keeps the unknown field as a newer
 *   one (compat.test.ts) — and reaches a partner with every person's score, none overwritten.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestSchemaV1_0, readPackage } from '../../../src-core/exchange';
import { newRecordId } from '../../../src-core/model/ids';
import { entriesOfKind } from '../../../src-core/model/workshop-run';
import type { PhoneMode } from '../../../src-core/room/phone-modes';
import type { PhoneAction } from '../../../src-core/room/protocol';
import { ideaScores } from '../../../src-core/workshop/scores';
import { applyPackage, exportPackage } from '../../../src-renderer/db/exchange';
import { unzip } from '../exchange/helpers';
import { roomScenario, sendFromPhone } from '../room/fixture';
import { clusterFields, openWorkspaces, organisationFields } from './helpers';
import { isPackageError } from './newer-package';

const T0 = Date.parse('2026-09-15T09:00:00Z');
const HOUR = 3_600_000;

const { workspace, closeAll } = openWorkspaces(T0 + HOUR);
afterEach(closeAll);

const manifestOfPackage = (bytes: Uint8Array) =>
  JSON.parse(new TextDecoder().decode(unzip(bytes)['manifest.json'])) as Record<string, unknown>;

describe('older apps (format 1.0, app 0.1.0)', () => {
  async function exported(withOmission: boolean) {
    const b = await workspace();
    const cluster = await b.repos.clusters.create(clusterFields());
    const organisation = await b.repos.organisations.create(organisationFields());
    await b.repos.memberships.create({
      organisationId: withOmission ? newRecordId() : organisation.id,
      clusterId: cluster.id,
      status: 'member',
      since: '2025-01-01',
      until: null,
    });
    const pkg = await exportPackage(b.db, {
      scope: { kind: 'workspace' },
      appVersion: '0.2.0-test',
      now: T0 + 2 * HOUR,
    });
    return {
      pkg,
      manifest: JSON.parse(new TextDecoder().decode(unzip(pkg.bytes)['manifest.json'])),
    };
  }

  it('a plain export needs nothing of 1.1: no formatMinor, a 1.0 manifest, read by a 1.0 reader', async () => {
    const { pkg, manifest } = await exported(false);
    expect(manifest).not.toHaveProperty('formatMinor');
    expect(manifestSchemaV1_0.safeParse(manifest).success).toBe(true);
    const asOlder = await readPackage(pkg.bytes, { appFormatMinor: 0 });
    const asThis = await readPackage(pkg.bytes);
    expect(asOlder.tables).toEqual(asThis.tables);
    expect(asOlder.tables.memberships).toHaveLength(1);
  });

  it('an export with omissions declares 1.1, which app 0.1.0 refuses cleanly (schema invalid)', async () => {
    const { pkg, manifest } = await exported(true);
    expect(pkg.omitted).toEqual([
      { table: 'memberships', reason: 'targetMissing', field: 'organisationId', records: 1 },
    ]);
    expect(manifest).toMatchObject({ formatMinor: 1, omitted: pkg.omitted });
    // App 0.1.0 parses the manifest with exactly this schema, strict: a refusal, not a crash.
    const asAppV010 = manifestSchemaV1_0.safeParse(manifest);
    expect(asAppV010.success).toBe(false);
    expect(asAppV010.error?.issues).toEqual([
      expect.objectContaining({
        code: 'unrecognized_keys',
        keys: expect.arrayContaining(['formatMinor', 'omitted']),
      }),
    ]);
  });

  // `appFormatMinor: 0` reads as app 0.1.0 did: its strict manifest refuses the 1.1 keys.
  it('readPackage(…, { appFormatMinor: 0 }) refuses a package with omissions, like app 0.1.0', async () => {
    const { pkg } = await exported(true);
    await expect(readPackage(pkg.bytes, { appFormatMinor: 0 })).rejects.toEqual(
      isPackageError('schemaInvalid', { table: 'manifest' }),
    );
  });
});

describe('per-person scores from phones (format 1.2)', () => {
  async function scoredWorkshop() {
    const ws = await workspace();
    const room = await roomScenario(ws);
    const send = (mode: PhoneMode, who: string, clientId: string, action: PhoneAction) =>
      sendFromPhone(room, mode, who, clientId, action);
    const [amal, lucia] = room.participants;
    await send('cards', amal!.id, 'card-1', {
      kind: 'card',
      text: 'Compost de grignons',
      theme: '',
    });
    const idea = (await ws.db.workshopEntries.toArray()).find(
      (row) => row.entry.kind === 'idea-cards',
    )!;
    const scoreOf = (impact: number, feasibility: number): PhoneAction => ({
      kind: 'score',
      ideaId: idea.id,
      impact,
      feasibility,
    });
    await send('scores', amal!.id, 'score-1', scoreOf(5, 2));
    await send('scores', lucia!.id, 'score-2', scoreOf(2, 4));
    return { ws, idea };
  }

  const scoresIn = async (db: Awaited<ReturnType<typeof workspace>>['db']) =>
    entriesOfKind(
      (await db.workshopEntries.toArray()).filter((row) => !row.deleted),
      'impact-feasibility',
    )
      .map((row) => ({ participantId: row.participantId, entry: row.entry }))
      .sort((a, b) => String(a.participantId).localeCompare(String(b.participantId)));

  it('declares 1.2, and a partner gets both people’s scores (none overwritten)', async () => {
    const { ws, idea } = await scoredWorkshop();
    const pkg = await exportPackage(ws.db, {
      scope: { kind: 'workspace' },
      appVersion: '0.2.0-test',
      now: T0 + 2 * HOUR,
    });
    expect(manifestOfPackage(pkg.bytes).formatMinor).toBe(2);
    const partner = await workspace();
    await applyPackage(partner.db, pkg.bytes, { now: T0 + 3 * HOUR });
    const received = await scoresIn(partner.db);
    expect(received).toEqual(await scoresIn(ws.db));
    expect(received).toHaveLength(2);
    expect(ideaScores(received)).toEqual([
      {
        ideaId: idea.id,
        impact: 3.5,
        feasibility: 3,
        decidedBy: 'phones',
        phones: { impact: 3.5, feasibility: 3, count: 2 },
      },
    ]);
  });
});
