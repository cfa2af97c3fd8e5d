/** The workspace's node identity: created once on the welcome screen, editable in Settings. */
import { newNodeId } from '../../src-core/model/ids';
import {
  identityFieldsSchema,
  type IdentityFields,
  type NodeIdentity,
} from '../../src-core/model/workspace';
import { ValidationError } from './repositories/errors';
import type { StudioDb } from './schema';
import { readSetting, writeSetting } from './settings';

export async function createIdentity(
  db: StudioDb,
  fields: IdentityFields,
  now: Date = new Date(),
): Promise<NodeIdentity> {
  const parsed = identityFieldsSchema.safeParse(fields);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return db.transaction('rw', 'settings', async () => {
    const existing = await readSetting(db, 'identity');
    // The node id is for life: re-running the welcome flow only renames.
    const identity: NodeIdentity = {
      ...parsed.data,
      nodeId: existing?.nodeId ?? newNodeId(),
      createdAt: existing?.createdAt ?? now.toISOString(),
    };
    await writeSetting(db, 'identity', identity);
    return identity;
  });
}

export async function updateIdentity(db: StudioDb, fields: IdentityFields): Promise<NodeIdentity> {
  const parsed = identityFieldsSchema.safeParse(fields);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  return db.transaction('rw', 'settings', async () => {
    const existing = await readSetting(db, 'identity');
    if (!existing) throw new Error('No identity to update.');
    const identity = { ...existing, ...parsed.data };
    await writeSetting(db, 'identity', identity);
    return identity;
  });
}
