/**
 * Partners and keys. Every package is signed with this workspace's Ed25519 key, which the host
 * keeps (created on the first export; never in the workspace database nor in a backup). A partner's key is trusted on first use: the
 * first signed package of a node records its key and shows its fingerprint; a later package of
 * that node signed with another key — or not signed at all — is applied only when the user says
 * they checked it with the partner (`SignerTrustError` otherwise), and the old key is kept.
 */
import { fingerprintOf, type ReadPackageResult, type Signer } from '../../src-core/exchange';
import type { HostApi, SigningKeyStatus } from '../../src-core/host/contract';
import type { Partners } from '../../src-core/model/workspace';
import { mergeKnowledge } from '../../src-core/sync/knowledge';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

/**
 * Every partner node seen. Never this workspace itself: an older version listed a workspace as
 * its own partner after it imported one of its own packages.
 */
export async function readPartners(db: StudioDb): Promise<Partners> {
  const partners = (await readSetting(db, 'exchange:partners')) ?? {};
  const own = (await readSetting(db, 'identity'))?.nodeId;
  if (own === undefined || partners[own] === undefined) return partners;
  const others: Partners = { ...partners };
  delete others[own];
  return others;
}

/** Node id → trusted public key, for the package reader. */
export function knownKeysOf(partners: Partners): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [node, partner] of Object.entries(partners)) {
    if (partner.publicKey) keys.set(node, partner.publicKey);
  }
  return keys;
}

/**
 * Why a package waits for the user: a known partner's key changed, a partner who signs sent an
 * unsigned package, a partner never seen before would erase people, or (Sync now) any package
 * of a partner never seen before.
 */
export type TrustReason = 'keyChanged' | 'unsignedFromSigner' | 'newPartnerErasures' | 'newPartner';

/** Applying refused until the user accepts the signer (see the module comment). */
export class SignerTrustError extends Error {
  constructor(
    readonly code: TrustReason,
    readonly values: Readonly<Record<string, string>>,
  ) {
    super(`${code} ${JSON.stringify(values)}`);
    this.name = 'SignerTrustError';
  }
}

export interface TrustAnswer {
  readonly signerFingerprint: string | null;
  readonly knownFingerprint: string | null;
  /** What the signature alone asks (the sender checks are made where the plan is known). */
  readonly trust: 'keyChanged' | 'unsignedFromSigner' | null;
}

/** Whether a package read against `partners` needs the user's explicit trust, and why. */
export async function trustQuestion(
  pkg: ReadPackageResult,
  partners: Partners,
): Promise<TrustAnswer> {
  const known = partners[pkg.manifest.source.nodeId]?.publicKey;
  const signerFingerprint = pkg.signerKey ? await fingerprintOf(pkg.signerKey) : null;
  const knownFingerprint = known ? await fingerprintOf(known) : null;
  const trust: TrustAnswer['trust'] =
    pkg.signature === 'key-changed'
      ? 'keyChanged'
      : pkg.signature === 'unsigned' && known
        ? 'unsignedFromSigner'
        : null;
  return { signerFingerprint, knownFingerprint, trust };
}

/** The partners row once `pkg` is applied: who the source is, its key, what it has seen. */
export function partnersAfterImport(
  partners: Partners,
  pkg: ReadPackageResult,
  at: string,
): Partners {
  const { source, knowledge } = pkg.manifest;
  const before = partners[source.nodeId];
  const previousKeys = [...(before?.previousKeys ?? [])];
  if (before?.publicKey && pkg.signerKey && before.publicKey !== pkg.signerKey) {
    previousKeys.push({ publicKey: before.publicKey, replacedAt: at });
  }
  const publicKey = pkg.signerKey ?? before?.publicKey;
  return {
    ...partners,
    [source.nodeId]: {
      ...before,
      partnerOrganisation: source.partnerOrganisation,
      facilitator: source.facilitator,
      lastReceivedAt: at,
      knowledge: mergeKnowledge(before?.knowledge ?? {}, knowledge),
      ...(publicKey ? { publicKey } : {}),
      ...(previousKeys.length > 0 ? { previousKeys } : {}),
    },
  };
}

/** The host operations that hold this workspace's signing key (issue 17). */
export type KeyHost = Pick<HostApi, 'signingKeyStatus' | 'signManifest' | 'adoptSigningKey'>;

/** Signs through the host: the key stays where it is kept (main process, non-extractable key). */
export function hostSigner(host: Pick<HostApi, 'signManifest'>): Signer {
  return { sign: (data) => host.signManifest({ data }) };
}

/** Signed to make the key when there is none yet (the first signature creates it). */
const KEY_PROBE = new Uint8Array([0x6d, 0x63, 0x73]);

/**
 * This workspace's key as partners see it: where the host keeps it and its fingerprint (the key
 * is created, by a first signature, if there is none yet).
 */
export async function ownKey(
  host: KeyHost,
): Promise<{ status: SigningKeyStatus; fingerprint: string }> {
  const status = await host.signingKeyStatus({});
  const publicKey = status.publicKey ?? (await host.signManifest({ data: KEY_PROBE })).publicKey;
  return { status: { ...status, publicKey }, fingerprint: await fingerprintOf(publicKey) };
}

/** The fingerprint partners see for this workspace (creates the key if there is none yet). */
export async function ownFingerprint(host: KeyHost): Promise<string> {
  return (await ownKey(host)).fingerprint;
}

/**
 * Hands a key that an older version kept in the workspace's settings (in clear, and so in every
 * backup) to the host, at start, before anything can sign. The setting is deleted once the host
 * holds that very key; when the host already has another (it signed before this ran, or the
 * user imported one), the setting is kept — no backup writes it — so the key partners trusted is
 * never destroyed. Returns whether the host now signs with the legacy key.
 */
export async function moveLegacySigningKey(db: StudioDb, host: KeyHost): Promise<boolean> {
  const legacy = await readSetting(db, 'exchange:signingKey');
  if (!legacy) return false;
  const { status } = await host.adoptSigningKey({
    privateKeyPkcs8Base64: legacy.privateKeyPkcs8Base64,
    publicKeyBase64: legacy.publicKeyBase64,
  });
  if (status.publicKey !== legacy.publicKeyBase64) return false;
  await db.transaction('rw', db.settings, async () => {
    const again = await readSetting(db, 'exchange:signingKey');
    if (again?.privateKeyPkcs8Base64 === legacy.privateKeyPkcs8Base64) {
      await db.settings.delete('exchange:signingKey');
    }
  });
  return true;
}

export interface SentPackage {
  readonly packageId: string;
  readonly createdAt: string;
  readonly scope: ReadPackageResult['manifest']['scope'];
  readonly records: number;
  readonly knowledge: Readonly<Record<string, string>>;
  readonly redaction: { readonly personalData: 'as-shared' | 'none' };
}

/**
 * Remember a package once it is saved (a cancelled save changes nothing): the last package sent,
 * and for "changes since" a partner, that the partner now has what it carried — unless personal
 * data was left out on purpose, which a later package with personal data must still carry.
 */
export async function recordSent(
  db: StudioDb,
  exported: SentPackage,
  location: string,
): Promise<void> {
  await db.transaction('rw', 'settings', async () => {
    await db.settings.put({
      key: 'exchange:lastSent',
      value: {
        packageId: exported.packageId,
        at: exported.createdAt,
        scope: exported.scope.kind,
        records: exported.records,
        location,
      },
    });
    const { scope } = exported;
    if (scope.kind !== 'changesSince') return;
    const partners = await readPartners(db);
    const partner = partners[scope.partnerNodeId];
    if (!partner) return;
    const carriedAll = exported.redaction.personalData === 'as-shared';
    await db.settings.put({
      key: 'exchange:partners',
      value: {
        ...partners,
        [scope.partnerNodeId]: {
          ...partner,
          lastSentAt: exported.createdAt,
          knowledge: carriedAll
            ? mergeKnowledge(partner.knowledge ?? {}, exported.knowledge)
            : (partner.knowledge ?? {}),
        },
      },
    });
  });
}
