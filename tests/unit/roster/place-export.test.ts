/**
 * The organisations list exported as the UI exports it (its columns, headers and country names
 * in the UI language through Intl.DisplayNames, regions by their Latin-script name, a CSV with a
 * byte-order mark) reads back to the same country and region, in English and in Spanish.
 * "Bosnia & Herzegovina" is how the app itself names BA in English.
 */
import {
  createTable,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
} from '@tanstack/react-table';
import i18next from 'i18next';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRegion, finestRegionsOf, mediterraneanCountries } from '../../../src-core/codes';
import { guessMapping } from '../../../src-core/roster/import-fields';
import { validateImportRows } from '../../../src-core/roster/import-rows';
import { createImportLookups } from '../../../src-core/roster/import-values';
import { searchKeyOf } from '../../../src-core/text/search-key';
import type { OrganisationViewRow } from '../../../src-renderer/db/roster-queries';
import { csvText } from '../../../src-renderer/features/rosters/export/sheet-files';
import {
  localizeOrganisations,
  organisationColumns,
  type OrganisationListRow,
} from '../../../src-renderer/features/rosters/lists/organisation-columns';
import { countryName } from '../../../src-renderer/i18n/format';
import { resourcesFor } from '../../../src-renderer/i18n/resources';
import { tableSheet } from '../../../src-renderer/ui/table/sheet';
import { localeTextSorting } from '../../../src-renderer/ui/table/sorting';

beforeAll(async () => {
  await i18next.init({
    resources: await resourcesFor(['en', 'es']),
    lng: 'en',
    interpolation: { escapeValue: false },
  });
});

/** One university per country the app ships, plus Kosovo and North Macedonia, with a region. */
const countries = [...mediterraneanCountries.map((c) => c.alpha2), 'XK', 'MK'];
const viewRows: OrganisationViewRow[] = countries.map((country, index) => {
  const region = finestRegionsOf(country)[0]?.code ?? null;
  const regionName = region === null ? '' : (findRegion(region)?.nameLatin ?? region);
  const name = `University ${index + 1}`;
  return {
    id: `org-${index}`,
    name,
    type: 'university',
    country,
    region,
    regionName,
    naceCodes: ['85'],
    segments: [],
    clusters: [],
    website: null,
    isSample: false,
    searchText: searchKeyOf([name, country]),
  };
});

function exportedCsv(language: string): string {
  const t = i18next.getFixedT(language);
  const data = localizeOrganisations(viewRows, language, t);
  const table = createTable<OrganisationListRow>({
    data,
    columns: organisationColumns,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
    meta: { language },
    sortingFns: { localeText: localeTextSorting(language) },
    getRowId: (row) => row.id,
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return csvText(tableSheet(table, t));
}

describe.each(['en', 'es'])('the organisations export in %s', (language) => {
  it('names countries as the UI does, and they read back with their regions', () => {
    const csv = exportedCsv(language);
    expect(csv).toContain(countryName('BA', language));
    if (language === 'en') expect(csv).toContain('Bosnia & Herzegovina');

    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    const [header = [], ...rows] = parsed.data;
    const result = validateImportRows({
      kind: 'organisations',
      header,
      rows,
      mapping: guessMapping(header, 'organisations'),
      lookups: createImportLookups({ organisations: [], clusters: [] }),
    });
    expect(result.problems).toEqual([]);
    expect(result.notes.filter((n) => n.field === 'region')).toEqual([]);
    const read = new Map(
      result.valid.map((v) => {
        const fields = v.fields as { name: string; country: string; region: string | null };
        return [fields.name, [fields.country, fields.region]];
      }),
    );
    for (const row of viewRows)
      expect(read.get(row.name), row.name).toEqual([row.country, row.region]);
  });
});
