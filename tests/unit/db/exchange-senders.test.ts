// Who a package comes from decides what the importer asks first (issue 12): this workspace's own
// package is recognised and skipped; a partner never seen before may not erase anyone unasked, and
// on "Sync now" nothing of theirs is applied before review; a package's records that point at
// something neither in it nor here are named in the preview.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { writePackage } from '../../../src-core/exchange';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import { applyPackage, exportPackage, previewPackage } from '../../../src-renderer/db/exchange';
import { readPartners, SignerTrustError } from '../../../src-renderer/db/partners';
import type { StudioDb } from '../../../src-renderer/db/schema';
import {
  clusterFields,
  contactFields,
  databaseSnapshot,
  openWorkspaces,
  organisationFields,
  signerFor,
} from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const MINUTE = 60_000;
const APP = '0.1.0-test';

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

const exportAll = async (db: StudioDb, now: number) =>
  (
    await exportPackage(db, {
      scope: { kind: 'workspace' },
      appVersion: APP,
      now,
      signer: signerFor(db),
    })
  ).bytes;

describe('own packages', () => {
  it('are recognised in the preview and skipped on apply: nothing written, never a partner of itself', async () => {
    const a = await workspace();
    await a.repos.organisations.create(organisationFields());
    const own = await exportAll(a.db, T0);
    const preview = await previewPackage(a.db, own);
    expect(preview).toMatchObject({ isOwn: true, isNewPartner: false, trust: null });
    const before = await databaseSnapshot(a.db);
    expect(await applyPackage(a.db, own, { now: T0 + MINUTE })).toMatchObject({
      isOwn: true,
      changed: 0,
      alreadyImported: false,
    });
    expect(await databaseSnapshot(a.db)).toEqual(before);
    expect(await readPartners(a.db)).toEqual({});
  });

  it('a workspace an older version listed among its own partners no longer shows itself', async () => {
    const a = await workspace();
    const b = await workspace();
    await applyPackage(a.db, await exportAll(b.db, T0), { now: T0 });
    const partners = await readPartners(a.db);
    await a.db.settings.put({
      key: 'exchange:partners',
      value: { ...partners, [a.node]: { ...partners[b.node]!, partnerOrganisation: 'Myself' } },
    });
    expect(Object.keys(await readPartners(a.db))).toEqual([b.node]);
  });
});

describe('partners never seen before', () => {
  async function erasingStranger() {
    // A and B both hold Amal (B got her from A); a stranger C holds her too and erases her.
    const a = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    const amal = await a.repos.contacts.create(contactFields(org.id));
    const c = await workspace();
    await applyPackage(c.db, await exportAll(a.db, T0), { now: T0 });
    c.at(T0 + MINUTE);
    await c.repos.contacts.update(
      amal.id,
      erasedContactFields(amal, new Date(T0 + MINUTE).toISOString()),
    );
    return { a, c, amal, erasure: await exportAll(c.db, T0 + 2 * MINUTE) };
  }

  it('a stranger’s package that erases people asks first, and writes nothing until confirmed', async () => {
    const { a, amal, erasure } = await erasingStranger();
    const preview = await previewPackage(a.db, erasure);
    expect(preview).toMatchObject({ isNewPartner: true, erasures: 1, trust: 'newPartnerErasures' });
    const before = await databaseSnapshot(a.db);
    const refused = await applyPackage(a.db, erasure, { now: T0 + 3 * MINUTE }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SignerTrustError);
    expect(refused).toMatchObject({ code: 'newPartnerErasures', values: { erasures: '1' } });
    expect(await databaseSnapshot(a.db)).toEqual(before);
    await applyPackage(a.db, erasure, { now: T0 + 3 * MINUTE, acceptSigner: true });
    expect((await a.db.contacts.get(amal.id))?.erasedAt).not.toBeNull();
  });

  it('a known partner’s erasure needs no confirmation', async () => {
    const a = await workspace();
    const org = await a.repos.organisations.create(organisationFields());
    const amal = await a.repos.contacts.create(contactFields(org.id));
    const c = await workspace();
    await applyPackage(c.db, await exportAll(a.db, T0), { now: T0 });
    // A has met C before (C's first package), then C erases Amal.
    await applyPackage(a.db, await exportAll(c.db, T0), { now: T0 });
    c.at(T0 + MINUTE);
    await c.repos.contacts.update(
      amal.id,
      erasedContactFields(amal, new Date(T0 + MINUTE).toISOString()),
    );
    const erasure = await exportAll(c.db, T0 + 2 * MINUTE);
    expect(await previewPackage(a.db, erasure)).toMatchObject({
      isNewPartner: false,
      erasures: 1,
      trust: null,
    });
    await applyPackage(a.db, erasure, { now: T0 + 3 * MINUTE });
    expect((await a.db.contacts.get(amal.id))?.erasedAt).not.toBeNull();
  });

  it('"review" refuses anything from a stranger with SignerTrustError("newPartner"), writing nothing; known partners apply', async () => {
    const a = await workspace();
    const b = await workspace();
    await b.repos.clusters.create(clusterFields());
    const bytes = await exportAll(b.db, T0);
    const before = await databaseSnapshot(a.db);
    const refused = await applyPackage(a.db, bytes, { now: T0, newSenders: 'review' }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(SignerTrustError);
    expect(refused).toMatchObject({
      code: 'newPartner',
      values: {
        partner: 'Tunis Olive Cluster',
        fingerprint: expect.stringMatching(/^[0-9a-f ]{19}$/),
      },
    });
    expect(await databaseSnapshot(a.db)).toEqual(before);
    // Reviewed and applied from the Exchange page; from then on "review" lets B's packages in.
    await applyPackage(a.db, bytes, { now: T0 });
    b.at(T0 + MINUTE);
    await b.repos.clusters.create(clusterFields({ name: 'Second' }));
    const next = await applyPackage(a.db, await exportAll(b.db, T0 + MINUTE), {
      now: T0 + 2 * MINUTE,
      newSenders: 'review',
    });
    expect(next.changed).toBe(1);
  });
});

describe('what a package lacks', () => {
  it('names records whose target is neither in the package nor here, per table and field', async () => {
    const a = await workspace();
    const cluster = await a.repos.clusters.create(clusterFields());
    const org = await a.repos.organisations.create(organisationFields());
    const membership = await a.repos.memberships.create({
      organisationId: org.id,
      clusterId: cluster.id,
      status: 'member',
      since: null,
      until: null,
    });
    // A hand-made package (as an older version or a partial export could send): no organisation.
    const bytes = await writePackage({
      source: {
        nodeId: 'cccccccccccccccc',
        partnerOrganisation: 'Puglia Agrifood',
        facilitator: 'Marco',
      },
      scope: { kind: 'workspace' },
      knowledge: {},
      tables: { clusters: [cluster], memberships: [membership] },
      appVersion: '0.1.0',
      createdAt: new Date(T0).toISOString(),
      packageId: '0192f0c4-7b1e-7c3a-9d2e-0000000000f1',
    });
    const b = await workspace();
    expect((await previewPackage(b.db, bytes)).missing).toEqual([
      { table: 'memberships', field: 'organisationId', target: 'organisations', records: 1 },
    ]);
    // Held here already: nothing missing.
    expect((await previewPackage(a.db, bytes)).missing).toEqual([]);
  });
});
