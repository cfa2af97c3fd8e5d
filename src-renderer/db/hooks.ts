/** Live-query hooks: features read the database only through these, and re-render on change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingKey, SettingValue } from '../../src-core/model/workspace';
import { useWorkspace } from './provider';
import type { LocalKeyRow } from './schema';
import { readSetting } from './settings';

export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined | null {
  const { db } = useWorkspace();
  // null while loading, undefined when the setting is absent.
  return useLiveQuery(() => readSetting(db, key), [db, key], null);
}

/** The backup passphrase's key row (when it was set); undefined when backups are not protected. */
export function useBackupProtection(): LocalKeyRow | undefined | null {
  const { db } = useWorkspace();
  // null while loading.
  return useLiveQuery(() => db.localKeys.get('backup'), [db], null);
}
