// Partners and their keys, end to end through the data layer: trust on first use, a changed key
// or an unsigned package from a signing partner held back until the user accepts it, "changes
// since" a partner and its bookkeeping, and a cluster exported without personal data.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readPackage } from '../../../src-core/exchange';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import {
  applyPackage,
  exportPackage,
  previewPackage,
  readPartners,
  UnknownPartnerError,
  type ExportOptions,
} from '../../../src-renderer/db/exchange';
import { ownFingerprint, recordSent, SignerTrustError } from '../../../src-renderer/db/partners';
import type { StudioDb } from '../../../src-renderer/db/schema';
import { readSetting } from '../../../src-renderer/db/settings';
import {
  clusterFields,
  contactFields,
  databaseSnapshot,
  keysOf,
  loseSigningKey,
  openWorkspaces,
  organisationFields,
  signerFor,
  syncedRecords,
} from './helpers';

const T0 = Date.parse('2026-03-14T14:32:00Z');
const MINUTE = 60_000;
const iso = (time: number): string => new Date(time).toISOString();

const { workspace, closeAll } = openWorkspaces(T0);
afterEach(closeAll);

type Export = Omit<ExportOptions, 'appVersion' | 'now'>;
/** Exports signed with the workspace's key, unless `sign: false`. */
const exportAt = (
  db: StudioDb,
  now: number,
  { sign = true, ...options }: Export & { sign?: boolean } = { scope: { kind: 'workspace' } },
) =>
  exportPackage(db, {
    appVersion: '0.1.0-test',
    now,
    ...options,
    ...(sign ? { signer: signerFor(db) } : {}),
  });
const publicKeyOf = async (db: StudioDb): Promise<string> =>
  (await keysOf(db).signingKeyStatus({})).publicKey ?? '';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** A and B, different nodes; A holds an organisation, B has imported A's first signed package. */
async function pair() {
  const a = await workspace();
  const b = await workspace();
  const org = await a.repos.organisations.create(organisationFields());
  const first = await exportAt(a.db, T0 + MINUTE);
  await applyPackage(b.db, first.bytes, { now: T0 + 2 * MINUTE });
  return { a, b, org, first };
}

describe('trust on first use', () => {
  it("a first signed package is 'valid-unknown'; applying it records the key; the next is 'valid-known'", async () => {
    const a = await workspace();
    const b = await workspace();
    expect(a.node).not.toBe(b.node);
    await a.repos.organisations.create(organisationFields());
    const first = await exportAt(a.db, T0 + MINUTE);

    const preview = await previewPackage(b.db, first.bytes);
    const fingerprint = await ownFingerprint(keysOf(a.db));
    expect(preview.signature).toBe('valid-unknown');
    expect(preview.signerFingerprint).toBe(fingerprint);
    expect(preview.knownFingerprint).toBeNull();
    expect(preview.trust).toBeNull();
    expect(await readPartners(b.db)).toEqual({});

    const result = await applyPackage(b.db, first.bytes, { now: T0 + 2 * MINUTE });
    expect(result).toMatchObject({
      packageId: first.packageId,
      changed: 1,
      alreadyImported: false,
    });
    const partners = await readPartners(b.db);
    expect(Object.keys(partners)).toEqual([a.node]);
    expect(partners[a.node]).toMatchObject({
      publicKey: await publicKeyOf(a.db),
      partnerOrganisation: 'Tunis Olive Cluster',
      facilitator: 'Amal Haddad',
      lastReceivedAt: iso(T0 + 2 * MINUTE),
      knowledge: first.knowledge,
    });
    expect(partners[a.node]?.previousKeys).toBeUndefined();

    a.at(T0 + 3 * MINUTE);
    await a.repos.clusters.create(clusterFields());
    const second = await exportAt(a.db, T0 + 4 * MINUTE);
    const again = await previewPackage(b.db, second.bytes);
    expect(again.signature).toBe('valid-known');
    expect(again.signerFingerprint).toBe(fingerprint);
    expect(again.knownFingerprint).toBe(fingerprint);
    expect(again.trust).toBeNull();
    expect((await applyPackage(b.db, second.bytes, { now: T0 + 5 * MINUTE })).changed).toBe(1);
  });

  it('an unsigned package from an unknown partner needs no trust and records no key', async () => {
    const a = await workspace();
    const b = await workspace();
    await a.repos.organisations.create(organisationFields());
    const unsigned = await exportAt(a.db, T0, { scope: { kind: 'workspace' }, sign: false });
    const preview = await previewPackage(b.db, unsigned.bytes);
    expect(preview).toMatchObject({
      signature: 'unsigned',
      signerFingerprint: null,
      knownFingerprint: null,
      trust: null,
    });
    expect((await applyPackage(b.db, unsigned.bytes, { now: T0 })).changed).toBe(1);
    expect((await readPartners(b.db))[a.node]?.publicKey).toBeUndefined();
  });
});

describe('a changed key', () => {
  it('is held back until accepted, leaving the database untouched; accepted, it keeps the old key', async () => {
    const { a, b, org } = await pair();
    const oldKey = await publicKeyOf(a.db);
    const oldFingerprint = await ownFingerprint(keysOf(a.db));

    // A reinstalls: its signing key is gone, the next export makes a new one.
    loseSigningKey(a.db);
    a.at(T0 + 3 * MINUTE);
    await a.repos.organisations.update(org.id, { name: 'Huilerie Ben Salah SARL' });
    const changed = await exportAt(a.db, T0 + 4 * MINUTE);
    const newKey = await publicKeyOf(a.db);
    const newFingerprint = await ownFingerprint(keysOf(a.db));
    expect(newKey).not.toBe(oldKey);
    expect(newFingerprint).not.toBe(oldFingerprint);

    const preview = await previewPackage(b.db, changed.bytes);
    expect(preview.signature).toBe('key-changed');
    expect(preview.trust).toBe('keyChanged');
    expect(preview.signerFingerprint).toBe(newFingerprint);
    expect(preview.knownFingerprint).toBe(oldFingerprint);

    const before = await databaseSnapshot(b.db);
    const error = await rejection(applyPackage(b.db, changed.bytes, { now: T0 + 5 * MINUTE }));
    expect(error).toBeInstanceOf(SignerTrustError);
    expect(error).toMatchObject({
      code: 'keyChanged',
      values: {
        partner: 'Tunis Olive Cluster',
        fingerprint: newFingerprint,
        known: oldFingerprint,
      },
    });
    expect(await databaseSnapshot(b.db)).toEqual(before);

    const accepted = await applyPackage(b.db, changed.bytes, {
      now: T0 + 6 * MINUTE,
      acceptSigner: true,
    });
    expect(accepted).toMatchObject({ changed: 1, alreadyImported: false });
    expect((await b.db.organisations.get(org.id))?.name).toBe('Huilerie Ben Salah SARL');
    const partner = (await readPartners(b.db))[a.node];
    expect(partner?.publicKey).toBe(newKey);
    expect(partner?.previousKeys).toEqual([
      { publicKey: oldKey, replacedAt: iso(T0 + 6 * MINUTE) },
    ]);

    // From now on the new key is the known one.
    a.at(T0 + 7 * MINUTE);
    await a.repos.clusters.create(clusterFields());
    const next = await previewPackage(b.db, (await exportAt(a.db, T0 + 8 * MINUTE)).bytes);
    expect(next).toMatchObject({
      signature: 'valid-known',
      trust: null,
      signerFingerprint: newFingerprint,
      knownFingerprint: newFingerprint,
    });
  });
});

describe('an unsigned package from a partner whose key is known', () => {
  it("needs trust ('unsignedFromSigner'), is refused without it, and keeps the key when accepted", async () => {
    const { a, b, org } = await pair();
    const key = await publicKeyOf(a.db);
    const fingerprint = await ownFingerprint(keysOf(a.db));
    a.at(T0 + 3 * MINUTE);
    await a.repos.organisations.update(org.id, { name: 'Unsigned rename' });
    const unsigned = await exportAt(a.db, T0 + 4 * MINUTE, {
      scope: { kind: 'workspace' },
      sign: false,
    });

    const preview = await previewPackage(b.db, unsigned.bytes);
    expect(preview).toMatchObject({
      signature: 'unsigned',
      trust: 'unsignedFromSigner',
      signerFingerprint: null,
      knownFingerprint: fingerprint,
    });

    const before = await databaseSnapshot(b.db);
    const error = await rejection(applyPackage(b.db, unsigned.bytes, { now: T0 + 5 * MINUTE }));
    expect(error).toBeInstanceOf(SignerTrustError);
    expect(error).toMatchObject({ code: 'unsignedFromSigner', values: { known: fingerprint } });
    expect(await databaseSnapshot(b.db)).toEqual(before);

    await applyPackage(b.db, unsigned.bytes, { now: T0 + 6 * MINUTE, acceptSigner: true });
    expect((await b.db.organisations.get(org.id))?.name).toBe('Unsigned rename');
    const partner = (await readPartners(b.db))[a.node];
    expect(partner?.publicKey).toBe(key);
    expect(partner?.previousKeys).toBeUndefined();
  });
});

describe('changes since a partner', () => {
  it('carries only what the partner has not seen; recordSent then makes the next one empty', async () => {
    const { a, b, org } = await pair();
    await a.repos.clusters.create(clusterFields());
    await applyPackage(b.db, (await exportAt(a.db, T0 + 3 * MINUTE)).bytes, {
      now: T0 + 4 * MINUTE,
    });
    expect(await syncedRecords(b.db)).toEqual(await syncedRecords(a.db));

    b.at(T0 + 5 * MINUTE);
    const edited = await b.repos.organisations.update(org.id, { offers: ['Olive oil'] });
    const scope = { kind: 'changesSince', partnerNodeId: a.node } as const;
    const changes = await exportAt(b.db, T0 + 6 * MINUTE, { scope });
    expect(changes.records).toBe(1);
    expect(changes.scope).toEqual({
      kind: 'changesSince',
      partnerNodeId: a.node,
      knowledge: (await readPartners(b.db))[a.node]?.knowledge,
    });
    const pkg = await readPackage(changes.bytes);
    expect(pkg.tables).toEqual({ organisations: [edited] });
    expect(pkg.tables.clusters).toBeUndefined();

    // Nothing recorded yet: the same changes would go again.
    expect((await exportAt(b.db, T0 + 7 * MINUTE, { scope })).records).toBe(1);
    await recordSent(b.db, changes, 'to-a.mcpkg');
    const partner = (await readPartners(b.db))[a.node];
    expect(partner?.lastSentAt).toBe(changes.createdAt);
    expect(partner?.knowledge).toEqual(changes.knowledge);
    expect(await readSetting(b.db, 'exchange:lastSent')).toEqual({
      packageId: changes.packageId,
      at: changes.createdAt,
      scope: 'changesSince',
      records: 1,
      location: 'to-a.mcpkg',
    });
    const empty = await exportAt(b.db, T0 + 8 * MINUTE, { scope });
    expect(empty.records).toBe(0);
    expect((await readPackage(empty.bytes)).tables).toEqual({});

    // And the package applies on A as the only change.
    expect((await applyPackage(a.db, changes.bytes, { now: T0 + 9 * MINUTE })).changed).toBe(1);
    expect(await syncedRecords(a.db)).toEqual(await syncedRecords(b.db));
  });

  it("with personalData 'none', recordSent does not advance the partner's knowledge", async () => {
    const { a, b } = await pair();
    b.at(T0 + 3 * MINUTE);
    const org = await b.repos.organisations.create(organisationFields({ name: 'Made on B' }));
    const person = await b.repos.contacts.create(contactFields(org.id));
    const scope = { kind: 'changesSince', partnerNodeId: a.node } as const;
    const knowledgeBefore = (await readPartners(b.db))[a.node]?.knowledge;

    const withoutPeople = await exportAt(b.db, T0 + 4 * MINUTE, { scope, personalData: 'none' });
    expect(withoutPeople.records).toBe(1);
    expect(withoutPeople.redaction.omittedContacts).toBe(1);
    await recordSent(b.db, withoutPeople, 'to-a.mcpkg');
    const partner = (await readPartners(b.db))[a.node];
    expect(partner?.lastSentAt).toBe(withoutPeople.createdAt);
    expect(partner?.knowledge).toEqual(knowledgeBefore);

    // The next package with personal data still carries everything, the contact included.
    const withPeople = await exportAt(b.db, T0 + 5 * MINUTE, { scope });
    const tables = (await readPackage(withPeople.bytes)).tables;
    expect(tables.contacts?.map((row) => row.id)).toEqual([person.id]);
    expect(tables.organisations?.map((row) => row.id)).toEqual([org.id]);
  });

  it('for a partner never heard from throws UnknownPartnerError', async () => {
    const b = await workspace();
    const error = await rejection(
      exportAt(b.db, T0, { scope: { kind: 'changesSince', partnerNodeId: '0123456789abcdef' } }),
    );
    expect(error).toBeInstanceOf(UnknownPartnerError);
    expect(error).toMatchObject({ nodeId: '0123456789abcdef' });
  });
});

describe('a cluster without personal data, end to end', () => {
  it('C gets the cluster, its memberships and organisations, only erased contacts; the manifest counts the rest', async () => {
    const a = await workspace();
    const cluster = await a.repos.clusters.create(clusterFields());
    const other = await a.repos.clusters.create(clusterFields({ name: 'Textile Monastir' }));
    const orgs = [
      await a.repos.organisations.create(organisationFields({ name: 'One' })),
      await a.repos.organisations.create(organisationFields({ name: 'Two' })),
    ];
    const outsider = await a.repos.organisations.create(organisationFields({ name: 'Outside' }));
    const memberships = [];
    for (const org of orgs) {
      memberships.push(
        await a.repos.memberships.create({
          organisationId: org.id,
          clusterId: cluster.id,
          status: 'member',
          since: '2025-01-01',
          until: null,
        }),
      );
    }
    await a.repos.memberships.create({
      organisationId: outsider.id,
      clusterId: other.id,
      status: 'member',
      since: null,
      until: null,
    });
    const [one, two] = orgs as [(typeof orgs)[number], (typeof orgs)[number]];
    await a.repos.contacts.create(contactFields(one.id, { shareScope: 'public' }));
    await a.repos.contacts.create(contactFields(two.id, { email: 'b@example.tn' }));
    await a.repos.contacts.create(contactFields(outsider.id, { email: 'c@example.tn' }));
    const toErase = await a.repos.contacts.create(contactFields(two.id, { email: 'd@example.tn' }));
    a.at(T0 + MINUTE);
    await a.repos.contacts.update(toErase.id, erasedContactFields(toErase, iso(T0 + MINUTE)));
    const gone = await a.db.contacts.get(toErase.id);
    expect(gone?.erasedAt).toBe(iso(T0 + MINUTE));

    const exported = await exportAt(a.db, T0 + 2 * MINUTE, {
      scope: { kind: 'cluster', clusterId: cluster.id },
      personalData: 'none',
    });
    expect(exported.redaction.omittedContacts).toBe(2);
    const c = await workspace();
    const preview = await previewPackage(c.db, exported.bytes);
    expect(preview.manifest.scope).toEqual({ kind: 'cluster', clusterId: cluster.id });
    expect(preview.manifest.redaction).toMatchObject({ personalData: 'none', omittedContacts: 2 });
    expect(preview.manifest.redaction?.reason).not.toBe('');

    await applyPackage(c.db, exported.bytes, { now: T0 + 3 * MINUTE });
    const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : 1);
    expect(await c.db.clusters.toArray()).toEqual([cluster]);
    expect((await c.db.organisations.toArray()).sort(byId)).toEqual([...orgs].sort(byId));
    expect((await c.db.memberships.toArray()).sort(byId)).toEqual([...memberships].sort(byId));
    // A's own row is stored in canonical form, so the copy is identical to it.
    expect(await c.db.contacts.toArray()).toEqual([gone]);
    expect(await c.db.workshops.count()).toBe(0);
    expect(await c.db.metaClusters.count()).toBe(0);
  });
});
