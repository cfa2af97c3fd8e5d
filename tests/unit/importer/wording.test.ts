/**
 * The importer's words as a user reads them, in English and Spanish: a duplicate's reason is
 * worded once ("Same name and country as a record in the roster", never "Same Same …"), counts
 * follow the language's plural rules ("1 possible duplicate", "1 row skipped"), and the notes on
 * rows that are imported are summed up by kind ("Website: https:// added (2 rows)").
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateReason, ImportProblem } from '../../../src-core/roster';
import { noteKinds } from '../../../src-renderer/features/importer/PreviewNotes';
import { resources, resourcesFor } from '../../../src-renderer/i18n/resources';

const reasons = Object.keys(resources.en.translation.importer.reasons) as DuplicateReason[];

beforeAll(async () => {
  await i18next.init({
    resources: await resourcesFor(['en', 'es']),
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

describe.each(['en', 'es'])('in %s', (language) => {
  const t = (key: string, values: Record<string, string | number> = {}): string =>
    i18next.getFixedT(language)(key as 'importPage.title', values);

  it.each(reasons)('words the duplicate reason “%s” once', (reason) => {
    const said = t(`importer.reasons.${reason}`);
    for (const sentence of [
      t('importPage.matchInRoster', { reason: said }),
      t('importPage.matchInFile', { reason: said, row: '6' }),
    ]) {
      expect(sentence.startsWith(said)).toBe(true);
      const [first, second] = sentence.split(' ');
      expect(first?.toLowerCase()).not.toBe(second?.toLowerCase());
    }
  });

  it('counts one thing in the singular and several in the plural', () => {
    const one = (key: string) => t(key, { count: 1, n: '1', what: 'X' });
    const many = (key: string) => t(key, { count: 399, n: '399', what: 'X' });
    const expected = {
      en: {
        'importPage.counts.duplicates': ['1 possible duplicate', '399 possible duplicates'],
        'importPage.summary.skipped': ['1 row skipped', '399 rows skipped'],
        'importPage.summary.updated': ['1 record updated', '399 records updated'],
        'importer.noteCount': ['X (1 row)', 'X (399 rows)'],
      },
      es: {
        'importPage.counts.duplicates': ['1 posible duplicado', '399 posibles duplicados'],
        'importPage.summary.skipped': ['1 fila omitida', '399 filas omitidas'],
        'importPage.summary.updated': ['1 registro actualizado', '399 registros actualizados'],
        'importer.noteCount': ['X (1 fila)', 'X (399 filas)'],
      },
    }[language]!;
    for (const [key, [singular, plural]] of Object.entries(expected)) {
      expect(one(key)).toBe(singular);
      expect(many(key)).toBe(plural);
    }
  });

  it('names the kinds of note the preview sums up', () => {
    const kinds = ['websiteSchemeAdded', 'countryOutsideList', 'defaultUsed', 'consentWithoutDate'];
    for (const note of kinds) {
      const kind = t(`importer.noteKinds.${note}`);
      expect(kind).not.toBe(`importer.noteKinds.${note}`);
      expect(kind.length).toBeGreaterThan(3);
    }
  });
});

describe('notes summed up by kind', () => {
  const note = (rowNumber: number, key: string): ImportProblem => ({
    rowNumber,
    column: 'Site web',
    field: 'website',
    key,
    values: {},
  });

  it('counts the rows of each kind, in the order the kinds appear', () => {
    const kinds = noteKinds([
      note(2, 'importer.notes.websiteSchemeAdded'),
      note(3, 'importer.notes.countryOutsideList'),
      note(3, 'importer.notes.websiteSchemeAdded'),
      note(5, 'importer.notes.defaultUsed'),
      note(5, 'importer.notes.defaultUsed'),
    ]);
    expect(kinds).toEqual([
      { key: 'importer.notes.websiteSchemeAdded', rows: 2 },
      { key: 'importer.notes.countryOutsideList', rows: 1 },
      { key: 'importer.notes.defaultUsed', rows: 1 },
    ]);
    expect(
      i18next.t('importer.noteCount', {
        what: i18next.t('importer.noteKinds.websiteSchemeAdded'),
        count: 2,
        n: '2',
      }),
    ).toBe('Website: https:// added (2 rows)');
  });
});
