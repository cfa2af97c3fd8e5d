// A backup whose settings name keys of Object.prototype ("__proto__", "constructor",
// "toString"…) restores the real settings and ignores those: own-property checks only, so no key
// reaches a schema lookup that would find an inherited member.
import 'fake-indexeddb/auto';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { settingSchemas } from '../../src-core/model/workspace';
import { createBackup, restoreBackup } from '../../src-renderer/db/backup';
import type { StudioDb } from '../../src-renderer/db/schema';
import { readSetting } from '../../src-renderer/db/settings';
import { freshDb } from './db/helpers';

let db: StudioDb;
let other: StudioDb;
afterEach(() => {
  db?.close();
  other?.close();
});

const inheritedKeys = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  'isPrototypeOf',
];

/** A real backup of `source` with `extra` rows added to its settings, as raw JSON text. */
async function backupWithSettings(source: StudioDb, extra: string): Promise<Uint8Array> {
  const text = strFromU8(gunzipSync(await createBackup(source)));
  // Spliced as text: JSON.parse keeps "__proto__" as an own key, an object literal would not.
  const spliced = text.replace('"settings":[', `"settings":[${extra},`);
  expect(spliced).not.toBe(text);
  return gzipSync(strToU8(spliced));
}

describe('backup settings keys', () => {
  it('are looked up as own keys of the setting schemas only', () => {
    for (const key of inheritedKeys) {
      expect(key in settingSchemas, key).toBe(true);
      expect(Object.hasOwn(settingSchemas, key), key).toBe(false);
    }
  });

  it('ignores settings named after Object.prototype members and restores the rest', async () => {
    db = await freshDb();
    const identity = await readSetting(db, 'identity');
    expect(identity).toBeDefined();
    const extra = inheritedKeys
      .map((key) => `{"key":${JSON.stringify(key)},"value":{"polluted":true}}`)
      .join(',');
    const bytes = await backupWithSettings(db, extra);

    other = await freshDb();
    await restoreBackup(other, bytes);
    const keys = (await other.settings.toArray()).map((row) => row.key);
    for (const key of inheritedKeys) expect(keys).not.toContain(key);
    expect((await readSetting(other, 'identity'))?.nodeId).toBe(identity?.nodeId);
    // Nothing reached Object.prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });

  it('ignores a "__proto__" value that is itself a setting-like object', async () => {
    db = await freshDb();
    const bytes = await backupWithSettings(
      db,
      '{"key":"__proto__","value":{"identity":{"nodeId":"attacker"}}}',
    );
    other = await freshDb();
    await restoreBackup(other, bytes);
    expect((await readSetting(other, 'identity'))?.nodeId).not.toBe('attacker');
  });
});
