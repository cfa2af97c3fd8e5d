/** All repositories of one database. Features write only through these. */
import type { SyncedTableName } from '../../../src-core/model/entities';
import type { StudioDb } from '../schema';
import { SyncedRepository } from './synced-repository';

export type Repositories = { [K in SyncedTableName]: SyncedRepository<K> };

export function createRepositories(db: StudioDb, now: () => number = Date.now): Repositories {
  return {
    valueChains: new SyncedRepository(db, 'valueChains', now),
    clusters: new SyncedRepository(db, 'clusters', now),
    organisations: new SyncedRepository(db, 'organisations', now),
    memberships: new SyncedRepository(db, 'memberships', now),
    contacts: new SyncedRepository(db, 'contacts', now),
    metaClusters: new SyncedRepository(db, 'metaClusters', now),
    workshops: new SyncedRepository(db, 'workshops', now),
    recruitments: new SyncedRepository(db, 'recruitments', now),
    recruitmentActivities: new SyncedRepository(db, 'recruitmentActivities', now),
    reinforcementPlans: new SyncedRepository(db, 'reinforcementPlans', now),
    pilotKpis: new SyncedRepository(db, 'pilotKpis', now),
    workshopParticipants: new SyncedRepository(db, 'workshopParticipants', now),
    workshopEntries: new SyncedRepository(db, 'workshopEntries', now),
  };
}

export { SyncedRepository, pickFields } from './synced-repository';
export { ValidationError, RecordNotFoundError } from './errors';
