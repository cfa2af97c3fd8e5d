/**
 * A roster list as whole records, in the spreadsheet import's own format: one column per
 * importable field (importFieldsOf, so a field added to the import is exported too), headed with
 * the import's field names in the UI language, values as the import reads them back: choices and
 * countries in words, regions by name, lists joined with "; ", dates as ISO, organisations and
 * clusters by name. Exported, edited in a spreadsheet and imported again, it gives back the same
 * records (tests/unit/importer/round-trip.test.ts). Pure: the caller brings the records.
 */
import type { TFunction } from 'i18next';
import { findRegion } from '../../../../src-core/codes';
import type { ImportField, ImportFieldsByKind, ImportKind } from '../../../../src-core/roster';
import { fieldLabelKey, importFieldsOf } from '../../../../src-core/roster';
import { createImportLookups, readCell } from '../../../../src-core/roster/import-values';
import { resolveRegion } from '../../../../src-core/roster/region-names';
import { countryName } from '../../../i18n/format';
import type { TableSheet } from '../../../ui/table/sheet';
import type { SheetCell } from '../../../ui/table/types';

/** The names references are exported by; a name two records share is exported as the id. */
export interface ReferenceNames {
  readonly organisations: ReadonlyMap<string, string>;
  readonly clusters: ReadonlyMap<string, string>;
}

export interface RecordSheetContext {
  readonly t: TFunction;
  readonly language: string;
  readonly names: ReferenceNames;
}

/** The codes.json group naming each enum field's values. */
const codeGroups: Readonly<Record<string, string>> = {
  type: 'organisationTypes',
  status: 'membershipStatuses',
  legalBasis: 'legalBases',
  shareScope: 'shareScopes',
  'label.level': 'labelLevels',
  ecosystems: 'ecosystems',
};

const LIST_SEPARATOR = '; ';

function valueAt(record: object, key: string): unknown {
  let value: unknown = record;
  for (const part of key.split('.')) {
    value = value !== null && typeof value === 'object' ? Reflect.get(value, part) : undefined;
  }
  return value;
}

function nameIndex(names: ReadonlyMap<string, string>): (id: string) => string {
  const counts = new Map<string, number>();
  for (const name of names.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return (id) => {
    const name = names.get(id);
    return name === undefined || (counts.get(name) ?? 0) > 1 ? id : name;
  };
}

/** The records of one import kind as a sheet; see the module comment. */
export function recordSheet<K extends ImportKind>(
  kind: K,
  records: readonly ImportFieldsByKind[K][],
  { t, language, names }: RecordSheetContext,
): TableSheet {
  const fields = importFieldsOf(kind);
  const readContext = {
    lookups: createImportLookups({ organisations: [], clusters: [] }),
    country: null,
  };
  const referenceName = {
    organisations: nameIndex(names.organisations),
    clusters: nameIndex(names.clusters),
  };
  // A choice in words when the import reads the words back as the same choice, else its code
  // ("silver", "agri-food"), which the import always reads. Worked out once per value.
  const labels = new Map<string, string>();
  const label = (key: string, code: string): string => {
    const memo = labels.get(`${key}\u0000${code}`);
    if (memo !== undefined) return memo;
    const field = fields.find((f) => f.key === key);
    const words = t(`codes.${codeGroups[key] ?? key}.${code}` as 'codes.organisationTypes.other');
    const type =
      field?.type.kind === 'enum-list' ? { ...field.type, kind: 'enum' as const } : field?.type;
    const read = type === undefined ? undefined : readCell(words, type, readContext);
    const chosen = read?.ok === true && read.value === code ? words : code;
    labels.set(`${key}\u0000${code}`, chosen);
    return chosen;
  };

  /**
   * A region by its name, unless the name reads back as another region (a NUTS 1 region named
   * like its only NUTS 2 region: "Ile-de-France" FR1 and FR10): then by its code.
   */
  const regionCell = (code: string): string => {
    const region = findRegion(code);
    if (region === undefined) return code;
    const back = resolveRegion(region.nameLatin, region.country);
    return back.ok && back.code === code ? region.nameLatin : code;
  };

  const cellOf = (field: ImportField, value: unknown): SheetCell => {
    if (value === null || value === undefined) return null;
    const { key, type } = field;
    switch (type.kind) {
      case 'list':
      case 'nace':
      case 'languages':
        return (value as readonly string[]).join(LIST_SEPARATOR);
      case 'enum-list':
        return (value as readonly string[]).map((code) => label(key, code)).join(LIST_SEPARATOR);
      case 'enum':
        return label(key, String(value));
      case 'boolean':
        return value === true ? t('lists.table.yes') : t('lists.table.no');
      case 'number':
        return typeof value === 'number' ? value : null;
      case 'country':
        return countryName(String(value), language);
      case 'region':
        return regionCell(String(value));
      case 'reference':
        return referenceName[type.target](String(value));
      default:
        return String(value);
    }
  };

  return {
    header: fields.map((field) => t(fieldLabelKey(field.key) as 'importer.fields.name')),
    rows: records.map((record) => fields.map((field) => cellOf(field, valueAt(record, field.key)))),
  };
}
