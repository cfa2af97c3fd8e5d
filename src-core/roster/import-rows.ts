/**
 * Checks every row of a spreadsheet before anything is written: each mapped cell is read as its
 * field's type, the row is completed with defaults into a whole record, and the record is run
 * through the entity's zod schema. What cannot be imported comes back as problems with the
 * spreadsheet row number (as the spreadsheet numbers it), the column and an i18n message.
 */
import type { z } from 'zod';
import {
  clusterFieldsSchema,
  contactFieldsSchema,
  membershipFieldsSchema,
  organisationFieldsSchema,
} from '../model/entities';
import {
  importFieldsOf,
  type ImportField,
  type ImportFieldsByKind,
  type ImportKind,
  type ImportMapping,
  type ImportValue,
} from './import-fields';
import { readCell, type ImportLookups, type MessageValues } from './import-values';
import { UnmatchedTally, type ImportValueMap, type UnmatchedValue } from './value-map';

/** Something the user should fix (a problem) or know (a note), located in the file. */
export interface ImportProblem {
  /** Spreadsheet row number, as the spreadsheet shows it (the header's row for a missing column). */
  readonly rowNumber: number;
  /** The header text of the column, or null when no single column is at fault. */
  readonly column: string | null;
  /** The entity field key, or null for the row as a whole. */
  readonly field: string | null;
  readonly key: string;
  /** Message values; `accepted`, `field` and `target` are i18n keys the messages nest. */
  readonly values: MessageValues;
}

/** A default applied to the whole file because its column is missing. */
export interface AssumedDefault {
  readonly field: string;
  readonly value: string | boolean;
  /** i18n key of the message. */
  readonly key: string;
  /** `value` is the i18n key naming the default ("codes.legalBases.legitimate-interest"). */
  readonly values: { readonly value: string };
}

export interface ValidImportRow<K extends ImportKind> {
  readonly rowNumber: number;
  /** A complete record that passes the kind's `*FieldsSchema`. */
  readonly fields: ImportFieldsByKind[K];
  /** Entity fields the row actually gave a value for (an update only touches these). */
  readonly provided: readonly string[];
}

export interface ImportValidation<K extends ImportKind> {
  readonly kind: K;
  readonly valid: readonly ValidImportRow<K>[];
  readonly problems: readonly ImportProblem[];
  /** Remarks that do not stop a row (a country outside the list, consent without a date …). */
  readonly notes: readonly ImportProblem[];
  readonly assumed: readonly AssumedDefault[];
  /** Distinct countries and regions not recognised (or mapped by `valueMap`), with row counts. */
  readonly unmatched: readonly UnmatchedValue[];
}

export interface ImportRowsInput<K extends ImportKind> {
  readonly kind: K;
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly mapping: ImportMapping;
  readonly lookups: ImportLookups;
  /** Codes the user chose in the preview for values not recognised (value-map.ts). */
  readonly valueMap?: ImportValueMap;
  /** The spreadsheet row number of rows[0] (default 2: the header is row 1). */
  readonly firstRowNumber?: number;
}

type Parse<T> = (
  value: unknown,
) => { success: true; data: T } | { success: false; error: z.ZodError };

const parserOf: { readonly [K in ImportKind]: Parse<ImportFieldsByKind[K]> } = {
  clusters: (value) => clusterFieldsSchema.safeParse(value),
  organisations: (value) => organisationFieldsSchema.safeParse(value),
  memberships: (value) => membershipFieldsSchema.safeParse(value),
  contacts: (value) => contactFieldsSchema.safeParse(value),
};

/** The i18n key naming a field ("label.level" → "importer.fields.labelLevel"). */
export function fieldLabelKey(fieldKey: string): string {
  return `importer.fields.${fieldKey.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

const topKeyOf = (fieldKey: string): string => fieldKey.split('.')[0] ?? fieldKey;
const copyValue = (value: ImportValue): ImportValue => (Array.isArray(value) ? [...value] : value);
const isBlank = (cell: string | undefined): boolean => cell === undefined || cell.trim() === '';

type Values = Record<string, ImportValue>;
type RowProblem = Omit<ImportProblem, 'rowNumber'>;

/** The record a kind's schema expects, from the values read (fields not importable are empty). */
function compose(
  kind: ImportKind,
  v: Values,
  failed: ReadonlySet<string>,
  problems: RowProblem[],
  columnOf: ColumnOf,
): object {
  switch (kind) {
    case 'clusters': {
      const level = v['label.level'] ?? null;
      const expires = v['label.expires'] ?? null;
      const isHalf = (level === null) !== (expires === null);
      if (isHalf && !failed.has('label.level') && !failed.has('label.expires')) {
        const missing = level === null ? 'label.level' : 'label.expires';
        problems.push({
          column: columnOf(missing),
          field: missing,
          key: 'importer.problems.labelIncomplete',
          values: { field: fieldLabelKey(missing) },
        });
      }
      const { 'label.level': _level, 'label.expires': _expires, ...rest } = v;
      return {
        ...rest,
        valueChainIds: [],
        label: level === null || expires === null ? null : { level, expires },
      };
    }
    case 'organisations':
      return { ...v, segments: [] };
    case 'memberships': {
      const { since, until } = v;
      if (typeof since === 'string' && typeof until === 'string' && until < since) {
        problems.push({
          column: columnOf('until'),
          field: 'until',
          key: 'importer.problems.untilBeforeSince',
          values: { since, until },
        });
      }
      return v;
    }
    case 'contacts':
      if (v.givenName === '' && v.familyName === '' && v.email === null && !failed.has('email')) {
        problems.push({
          column: null,
          field: null,
          key: 'importer.problems.contactWithoutIdentity',
          values: {},
        });
      }
      return { ...v, erasedAt: null, erasureFingerprints: [] };
  }
}

type ColumnOf = (fieldKey: string) => string | null;

function problemOfIssue(issue: z.core.$ZodIssue, fieldKeys: readonly string[]): RowProblem {
  const path = issue.path.map(String);
  const joined = path.slice(0, 2).join('.');
  const field = fieldKeys.find((k) => k === joined) ?? fieldKeys.find((k) => k === path[0]) ?? null;
  if (issue.message.startsWith('validation.')) {
    return { column: null, field, key: issue.message, values: {} };
  }
  switch (issue.code) {
    case 'too_big':
      return {
        column: null,
        field,
        key: 'validation.tooLong',
        values: { max: Number(issue.maximum) },
      };
    case 'too_small':
      return {
        column: null,
        field,
        key: 'validation.tooShort',
        values: { min: Number(issue.minimum) },
      };
    case 'invalid_value':
      return { column: null, field, key: 'validation.notAllowed', values: {} };
    default:
      return { column: null, field, key: 'validation.invalid', values: {} };
  }
}

/** Reads, completes and checks every row; see the module comment. */
export function validateImportRows<K extends ImportKind>(
  input: ImportRowsInput<K>,
): ImportValidation<K> {
  const { kind, header, rows, mapping, lookups, valueMap, firstRowNumber = 2 } = input;
  const fields = importFieldsOf(kind);
  const columnIndex = (key: string): number | null => {
    const index = mapping[key];
    return index === undefined || index === null || index < 0 || index >= header.length
      ? null
      : index;
  };
  const columnOf: ColumnOf = (key) => {
    const index = columnIndex(key);
    return index === null ? null : (header[index] ?? null);
  };

  const missing = fields.filter((f) => f.isRequired && columnIndex(f.key) === null);
  if (missing.length > 0) {
    const problems = missing.map((f) => ({
      rowNumber: firstRowNumber - 1,
      column: null,
      field: f.key,
      key: 'importer.problems.missingColumn',
      values: { field: fieldLabelKey(f.key) },
    }));
    return { kind, valid: [], problems, notes: [], assumed: [], unmatched: [] };
  }

  const assumed: AssumedDefault[] = fields
    .filter((f) => f.isDefaultAnnounced && columnIndex(f.key) === null)
    .flatMap((f) =>
      typeof f.defaultValue === 'string' || typeof f.defaultValue === 'boolean'
        ? [
            {
              field: f.key,
              value: f.defaultValue,
              key: `importer.assumed.${f.key}`,
              values: { value: f.defaultLabelKey ?? String(f.defaultValue) },
            },
          ]
        : [],
    );

  const parse = parserOf[kind];
  const fieldKeys = fields.map((f) => f.key);
  const valid: ValidImportRow<K>[] = [];
  const problems: ImportProblem[] = [];
  const notes: ImportProblem[] = [];
  const unmatched = new UnmatchedTally();

  rows.forEach((row, index) => {
    const rowNumber = index + firstRowNumber;
    if (row.every((cell) => isBlank(cell))) return;
    if (row.length > header.length && row.slice(header.length).some((cell) => !isBlank(cell))) {
      problems.push({
        rowNumber,
        column: null,
        field: null,
        key: 'importer.problems.extraCells',
        values: { cells: row.length, columns: header.length },
      });
      return;
    }
    const rowProblems: RowProblem[] = [];
    const values: Values = {};
    const provided = new Set<string>();
    const failed = new Set<string>();
    let country: string | null = null;
    let isCountryBad = false;

    const readField = (f: ImportField): void => {
      const column = columnIndex(f.key);
      const cell = column === null ? undefined : row[column];
      const columnName = column === null ? null : (header[column] ?? null);
      if (cell === undefined || isBlank(cell)) {
        values[f.key] = copyValue(f.defaultValue);
        if (f.isRequired) {
          rowProblems.push({
            column: columnName,
            field: f.key,
            key: 'importer.problems.required',
            values: { field: fieldLabelKey(f.key) },
          });
        } else if (f.isDefaultAnnounced && column !== null) {
          notes.push({
            rowNumber,
            column: columnName,
            field: f.key,
            key: 'importer.notes.defaultUsed',
            values: {
              field: fieldLabelKey(f.key),
              value: f.defaultLabelKey ?? String(f.defaultValue),
            },
          });
        }
        return;
      }
      // Without a readable country the region cannot be checked; the country's problem says why.
      if (f.type.kind === 'region' && (isCountryBad || country === null)) {
        values[f.key] = null;
        return;
      }
      const result = readCell(cell, f.type, { lookups, country, valueMap });
      if (!result.ok) {
        rowProblems.push({
          column: columnName,
          field: f.key,
          key: result.key,
          values: result.values,
        });
        values[f.key] = copyValue(f.defaultValue);
        failed.add(f.key);
        if (f.type.kind === 'country') {
          isCountryBad = true;
          unmatched.add(f.key, 'country', cell, null, null);
        }
        return;
      }
      if (f.type.kind === 'country' || f.type.kind === 'region') {
        const mappedTo = typeof result.value === 'string' ? result.value : null;
        if (result.isDropped === true || result.isMapped === true) {
          unmatched.add(f.key, f.type.kind, cell, country, result.isMapped ? mappedTo : null);
        }
      }
      if (result.isDropped === true) {
        // An optional value not recognised: the row is imported without it (the note quotes it).
        values[f.key] = copyValue(f.defaultValue);
        if (result.note !== undefined) {
          notes.push({ rowNumber, column: columnName, field: f.key, ...result.note });
        }
        return;
      }
      values[f.key] = result.value;
      provided.add(topKeyOf(f.key));
      if (f.type.kind === 'country' && typeof result.value === 'string') country = result.value;
      if (result.note !== undefined) {
        notes.push({ rowNumber, column: columnName, field: f.key, ...result.note });
      }
    };
    for (const f of fields) readField(f);

    const candidate = compose(kind, values, failed, rowProblems, columnOf);
    if (rowProblems.length === 0) {
      const parsed = parse(candidate);
      if (parsed.success) {
        valid.push({ rowNumber, fields: parsed.data, provided: [...provided] });
        if (kind === 'contacts' && values.legalBasis === 'consent' && values.consentDate === null) {
          notes.push({
            rowNumber,
            column: columnOf('consentDate'),
            field: 'consentDate',
            key: 'importer.notes.consentWithoutDate',
            values: {},
          });
        }
        return;
      }
      for (const issue of parsed.error.issues) {
        const found = problemOfIssue(issue, fieldKeys);
        const index = found.field === null ? null : columnIndex(found.field);
        const cell = index === null ? undefined : row[index];
        rowProblems.push({
          ...found,
          column: index === null ? null : (header[index] ?? null),
          values: cell === undefined ? found.values : { ...found.values, value: cell },
        });
      }
    }
    for (const p of rowProblems) problems.push({ rowNumber, ...p });
  });

  return { kind, valid, problems, notes, assumed, unmatched: unmatched.list() };
}
