/** Live-query hooks: features read the database only through these, and re-render on change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SettingKey, SettingValue } from '../../src-core/model/workspace';
import { useWorkspace } from './provider';
import { readSetting } from './settings';

export function useSetting<K extends SettingKey>(key: K): SettingValue<K> | undefined | null {
  const { db } = useWorkspace();
  // null while loading, undefined when the setting is absent.
  return useLiveQuery(() => readSetting(db, key), [db, key], null);
}
