/**
 * The summary after an import, in words, for the case a user meets first: a list of universities
 * imported once, then the same file (or a corrected one) imported again with "update" chosen for
 * every duplicate. Runs the real pipeline (read, check, plan, write) on a fake-IndexedDB
 * workspace; the preview's "update 399" must not be followed by an unexplained "0 records
 * updated" and "399 rows skipped".
 */
import 'fake-indexeddb/auto';
import i18next from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportChoice } from '../../../src-core/roster';
import { doneSummaryLines } from '../../../src-renderer/features/importer/done-summary';
import { resourcesFor } from '../../../src-renderer/i18n/resources';
import type { StudioDb } from '../../../src-renderer/db/schema';
import {
  applyImport,
  previewImport,
  readImportFile,
} from '../../../src-renderer/workers/import-pipeline';
import { freshDb } from '../db/helpers';

const cities = ['Bologna', 'Padova', 'Bari', 'Cagliari', 'Catania', 'Genova', 'Napoli', 'Pisa'];
/** 399 Italian universities, as a facilitator's CSV (semicolons, Italian headers). */
function universities(website: (i: number) => string): Uint8Array {
  const lines = ['Denominazione;Paese;Tipologia;Sito web'];
  for (let i = 0; i < 399; i++) {
    const city = cities[i % cities.length] ?? 'Roma';
    lines.push(`Università di ${city} ${i + 1};Italia;Università;${website(i)}`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

let db: StudioDb;
afterEach(() => db?.close());

/** Imports the file choosing "update" for every duplicate, as the "All duplicates" button does. */
async function importUpdatingAll(bytes: Uint8Array) {
  const { sheet, mapping } = await readImportFile('organisations', 'atenei.csv', bytes);
  const preview = await previewImport(db, 'organisations', sheet, mapping);
  const choices = new Map<number, ImportChoice>(
    preview.plan.duplicates.map((row) => [row.rowNumber, 'update']),
  );
  const summary = await applyImport(db, preview.plan, choices);
  const invalid = new Set(preview.problems.map((p) => p.rowNumber)).size;
  return { preview, summary, invalid };
}

const say = (lines: ReturnType<typeof doneSummaryLines>) =>
  lines.map((line) => i18next.t(line.key, { count: line.count, n: String(line.count) }));

describe('the summary after an import that updates duplicates', () => {
  beforeAll(async () => {
    await i18next.init({
      resources: await resourcesFor(['en', 'es']),
      lng: 'en',
      interpolation: { escapeValue: false },
    });
  });

  it('says the 399 records already held the file’s values, not that 399 rows were skipped', async () => {
    db = await freshDb();
    const file = universities((i) => `www.ateneo${i + 1}.it`);
    const first = await importUpdatingAll(file);
    expect(say(doneSummaryLines(first.summary, first.invalid))).toEqual([
      '399 records added',
      '0 records updated',
      '0 rows skipped',
      '0 rows with problems left out',
    ]);

    const again = await importUpdatingAll(file);
    expect(again.preview.plan.duplicates).toHaveLength(399);
    expect(say(doneSummaryLines(again.summary, again.invalid))).toEqual([
      '0 records added',
      '0 records updated',
      '399 records already up to date (the file holds the same values)',
      '0 rows skipped',
      '0 rows with problems left out',
    ]);
  });

  it('counts the records the file changes as updated, and the others as up to date', async () => {
    db = await freshDb();
    await importUpdatingAll(universities((i) => `www.ateneo${i + 1}.it`));
    // A corrected file: twelve universities have a new website.
    const corrected = await importUpdatingAll(
      universities((i) => (i < 12 ? `https://www.uni${i + 1}.it/en` : `www.ateneo${i + 1}.it`)),
    );
    expect(say(doneSummaryLines(corrected.summary, corrected.invalid))).toEqual([
      '0 records added',
      '12 records updated',
      '387 records already up to date (the file holds the same values)',
      '0 rows skipped',
      '0 rows with problems left out',
    ]);
    const stored = await db.organisations.where('name').equals('Università di Bologna 1').first();
    expect(stored?.website).toBe('https://www.uni1.it/en');
  });

  it('in Spanish, one record is singular', async () => {
    await i18next.changeLanguage('es');
    const lines = doneSummaryLines({ created: 1, updated: 1, unchanged: 1, skipped: 1 }, 1);
    expect(say(lines)).toEqual([
      '1 registro añadido',
      '1 registro actualizado',
      '1 registro ya estaba al día (el archivo tiene los mismos valores)',
      '1 fila omitida',
      '1 fila con problemas omitida',
    ]);
    await i18next.changeLanguage('en');
  });
});
