/** A fresh fake-IndexedDB workspace per test, with an identity, for data-layer unit tests. */
import 'fake-indexeddb/auto';
import type { ClusterFields } from '../../../src-core/model/entities';
import { createIdentity } from '../../../src-renderer/db/identity';
import { openStudioDb, type StudioDb } from '../../../src-renderer/db/schema';

let counter = 0;

export async function freshDb(withIdentity = true): Promise<StudioDb> {
  counter += 1;
  const db = openStudioDb(`test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  if (withIdentity)
    await createIdentity(db, {
      facilitatorName: 'Amal Haddad',
      partnerOrganisation: 'Tunis Olive Cluster',
    });
  return db;
}

export function clusterFields(overrides: Partial<ClusterFields> = {}): ClusterFields {
  return {
    name: 'Cluster Oléicole de Sfax',
    country: 'TN',
    region: 'TN-61',
    valueChainIds: [],
    ecosystems: ['agri-food'],
    naceCodes: ['01'],
    managementFte: 1.5,
    website: null,
    hasEnglishWebsite: false,
    label: null,
    ...overrides,
  };
}
