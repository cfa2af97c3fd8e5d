import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../src-core/exchange/read';
import { writePackage } from '../../../src-core/exchange/write';
import { CHUNK_RECORDS } from '../../../src-core/exchange/format';
import { syncedTableNames } from '../../../src-core/model/entities';
import { asShipped, baseInput, sampleTables, unzip, validPackage } from './helpers';

describe('package round trip', () => {
  it('reads back exactly the records it wrote (origin is local and dropped)', async () => {
    const input = baseInput();
    const result = await readPackage(await writePackage(input));
    for (const table of syncedTableNames) {
      const written = input.tables[table] ?? [];
      expect(asShipped(result.tables[table] ?? []), table).toEqual(asShipped(written));
    }
    expect(result.signature).toBe('unsigned');
    expect(result.manifest.source.partnerOrganisation).toBe('Clusters Tunisie');
    expect(result.manifest.entries.map((e) => e.path)).toContain('data/organisations/0000.ndjson');
  });

  it('writes the same bytes for the same input, whatever the record order', async () => {
    const first = await validPackage();
    const second = await validPackage();
    expect(second).toEqual(first);
    const shuffled = Object.fromEntries(
      Object.entries(sampleTables()).map(([table, records]) => [table, [...records].reverse()]),
    );
    expect(await validPackage({ tables: shuffled })).toEqual(first);
  });

  it('writes sorted, canonical, origin-free lines in a sorted zip', async () => {
    const files = unzip(await validPackage());
    expect(Object.keys(files)).toEqual([...Object.keys(files)].sort());
    const text = new TextDecoder().decode(files['data/clusters/0000.ndjson']);
    const first = text.split('\n')[0] ?? '';
    const keys = Object.keys(JSON.parse(first) as object);
    expect(keys).toEqual([...keys].sort());
    expect(first).not.toContain('"origin"');
  });

  it('splits tables into chunks of at most 10k records', async () => {
    // (The sample adds its workshops' walk-in organisations: take exactly the number wanted.)
    const organisations = (sampleTables(CHUNK_RECORDS + 5).organisations ?? []).slice(
      0,
      CHUNK_RECORDS + 5,
    );
    const bytes = await writePackage(baseInput({ tables: { organisations } }));
    const result = await readPackage(bytes);
    expect(result.manifest.entries.map((e) => [e.path, e.records])).toEqual([
      ['data/organisations/0000.ndjson', CHUNK_RECORDS],
      ['data/organisations/0001.ndjson', 5],
    ]);
    expect(result.tables.organisations).toHaveLength(CHUNK_RECORDS + 5);
  });

  it('refuses to write a table that does not sync', async () => {
    await expect(writePackage(baseInput({ tables: { settings: [] } }))).rejects.toThrow(/settings/);
  });
});
