/**
 * Once per workspace opened: a signing key that an older version kept in the workspace's settings
 * moves to the host (issue 17), so that it leaves the database and every later backup.
 */
import { useEffect } from 'react';
import { useWorkspace } from '../../db/provider';
import { moveLegacySigningKey } from '../../db/partners';
import { getHost } from '../../host';

export function useLegacyKeyMove(): void {
  const { db } = useWorkspace();
  useEffect(() => {
    moveLegacySigningKey(db, getHost()).catch((error: unknown) => {
      // The key stays where it was (and keeps signing through the next start's attempt).
      console.error('The signing key could not be moved to the host', error);
    });
  }, [db]);
}
