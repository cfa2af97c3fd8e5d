/** Live queries for the Exchange and Partners pages: what can be exported, who the partners are. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Partner } from '../../src-core/model/workspace';
import { fingerprintOf } from '../../src-core/exchange';
import { readPartners } from './partners';
import { useWorkspace } from './provider';
import type { StudioDb } from './schema';
import { readSetting } from './settings';

export interface NamedTarget {
  readonly id: string;
  readonly name: string;
  /** For a partner: its organisation alone (the name adds the facilitator). */
  readonly partnerOrganisation?: string;
}

export interface ExportTargets {
  readonly clusters: NamedTarget[];
  readonly metaClusters: NamedTarget[];
  readonly workshops: NamedTarget[];
  readonly partners: NamedTarget[];
}

const byName = (a: NamedTarget, b: NamedTarget) => a.name.localeCompare(b.name);

/** Live records of the user's own: sample records are never exported, so never offered. */
function live(
  rows: readonly { id: string; name: string; deleted: boolean; origin?: string }[],
): NamedTarget[] {
  return rows
    .filter((row) => !row.deleted && row.origin !== 'sample')
    .map((row) => ({ id: row.id, name: row.name }))
    .sort(byName);
}

export async function queryExportTargets(db: StudioDb): Promise<ExportTargets> {
  const [clusters, metaClusters, workshops, partners] = await Promise.all([
    db.clusters.toArray(),
    db.metaClusters.toArray(),
    db.workshops.toArray(),
    readPartners(db),
  ]);
  return {
    clusters: live(clusters),
    metaClusters: live(metaClusters),
    workshops: live(workshops),
    partners: Object.entries(partners)
      .map(([id, p]) => ({
        id,
        name: `${p.partnerOrganisation} (${p.facilitator})`,
        partnerOrganisation: p.partnerOrganisation,
      }))
      .sort(byName),
  };
}

export function useExportTargets(): ExportTargets | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryExportTargets(db), [db]);
}

export interface PartnerView extends Partner {
  readonly nodeId: string;
  readonly fingerprint: string | null;
  readonly previousFingerprints: { fingerprint: string; replacedAt: string }[];
}

export interface PartnersView {
  readonly partners: PartnerView[];
  readonly lastSent: Awaited<ReturnType<typeof readSetting<'exchange:lastSent'>>>;
}

export async function queryPartners(db: StudioDb): Promise<PartnersView> {
  const [partners, lastSent] = await Promise.all([
    readPartners(db),
    readSetting(db, 'exchange:lastSent'),
  ]);
  const views: PartnerView[] = [];
  for (const [nodeId, partner] of Object.entries(partners)) {
    const previousFingerprints = [];
    for (const old of partner.previousKeys ?? []) {
      previousFingerprints.push({
        fingerprint: await fingerprintOf(old.publicKey),
        replacedAt: old.replacedAt,
      });
    }
    views.push({
      ...partner,
      nodeId,
      fingerprint: partner.publicKey ? await fingerprintOf(partner.publicKey) : null,
      previousFingerprints,
    });
  }
  views.sort((a, b) => a.partnerOrganisation.localeCompare(b.partnerOrganisation));
  return { partners: views, lastSent };
}

export function usePartners(): PartnersView | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => queryPartners(db), [db]);
}
