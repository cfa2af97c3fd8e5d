/** Typed access to the settings key-value table; every value is validated on the way in and out. */
import { settingSchemas, type SettingKey, type SettingValue } from '../../src-core/model/workspace';
import type { StudioDb } from './schema';

export async function readSetting<K extends SettingKey>(
  db: StudioDb,
  key: K,
): Promise<SettingValue<K> | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = settingSchemas[key].safeParse(row.value);
  return parsed.success ? (parsed.data as SettingValue<K>) : undefined;
}

export async function writeSetting<K extends SettingKey>(
  db: StudioDb,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  const parsed = settingSchemas[key].parse(value);
  await db.settings.put({ key, value: parsed });
}

export async function deleteSetting(db: StudioDb, key: SettingKey): Promise<void> {
  await db.settings.delete(key);
}
