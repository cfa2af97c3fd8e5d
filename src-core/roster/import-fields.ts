/**
 * What a spreadsheet import can fill, per kind of record, and `guessMapping`, which proposes the
 * column that feeds each field from the file's headers in English, Spanish, French or Italian.
 */
import type { ImportField, ImportKind } from './import-field-spec';
import { clusterFields, organisationFields } from './import-fields-organisations';
import { contactFields, membershipFields } from './import-fields-people';
import { foldText } from './normalise';

export type {
  EnumVocabulary,
  ImportField,
  ImportFieldsByKind,
  ImportKind,
  ImportMapping,
  ImportValue,
  ImportValueType,
} from './import-field-spec';
export { importKinds } from './import-field-spec';

const fieldsByKind: Readonly<Record<ImportKind, readonly ImportField[]>> = {
  clusters: clusterFields,
  organisations: organisationFields,
  memberships: membershipFields,
  contacts: contactFields,
};

/** The importable fields of a kind, in the order the mapping screen lists them. */
export function importFieldsOf(kind: ImportKind): readonly ImportField[] {
  return fieldsByKind[kind];
}

/** The length of the longest synonym `header` equals (or contains, as whole words); 0: none. */
function matchLength(header: string, synonyms: readonly string[], exact: boolean): number {
  let best = 0;
  const padded = ` ${header} `;
  for (const synonym of synonyms) {
    if (exact ? header === synonym : padded.includes(` ${synonym} `)) {
      best = Math.max(best, synonym.length);
    }
  }
  return best;
}

/**
 * A proposed column per field: headers equal to a synonym first, then headers that contain one
 * (the longest synonym wins, so "Nombre de la organización" feeds the organisation rather than a
 * given name). A column feeds at most one field.
 */
export function guessMapping(
  headers: readonly string[],
  kind: ImportKind,
): Record<string, number | null> {
  const fields = importFieldsOf(kind);
  const folded = headers.map(foldText);
  const mapping: Record<string, number | null> = Object.fromEntries(
    fields.map((f) => [f.key, null]),
  );
  const usedColumns = new Set<number>();
  for (const exact of [true, false]) {
    const candidates: { key: string; column: number; score: number; order: number }[] = [];
    fields.forEach((f, order) => {
      if (mapping[f.key] !== null) return;
      folded.forEach((header, column) => {
        if (header === '' || usedColumns.has(column)) return;
        const score = matchLength(header, f.synonyms, exact);
        if (score > 0) candidates.push({ key: f.key, column, score, order });
      });
    });
    candidates.sort((a, b) => b.score - a.score || a.order - b.order || a.column - b.column);
    for (const { key, column } of candidates) {
      if (mapping[key] !== null || usedColumns.has(column)) continue;
      mapping[key] = column;
      usedColumns.add(column);
    }
  }
  return mapping;
}
