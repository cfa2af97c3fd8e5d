/**
 * Values the importer could not match, mapped once for the whole file: the preview lists each
 * distinct unmatched country or region with its number of rows, the user picks what it means
 * ("Syrie arabe" → SY), and the rows are checked again with that choice (`ImportValueMap`).
 */
import { isRegionOf } from '../codes';

/**
 * Field key → spelling (see `valueMapKey`) → the code it stands for. A region's spelling is
 * qualified by the row's country: "Macedonia" may mean another region elsewhere.
 */
export type ImportValueMap = Readonly<Record<string, Readonly<Record<string, string>>>>;

export type MappableKind = 'country' | 'region';

/** The key of a cell's text in an `ImportValueMap`: "Syrie arabe", or "GR|Makedonia" for a region. */
export function valueMapKey(kind: MappableKind, text: string, country: string | null): string {
  return kind === 'region' ? `${country ?? ''}|${text.trim()}` : text.trim();
}

/** The code the user chose for a cell, if any and if it still fits (a region of the row's country). */
export function mappedCode(
  valueMap: ImportValueMap | undefined,
  field: string,
  kind: MappableKind,
  text: string,
  country: string | null,
): string | undefined {
  const code = valueMap?.[field]?.[valueMapKey(kind, text, country)];
  if (code === undefined) return undefined;
  if (kind === 'country') return /^[A-Z]{2}$/.test(code) ? code : undefined;
  return country !== null && isRegionOf(code, country) ? code : undefined;
}

/** A distinct value of a country or region column that was not recognised, or was mapped. */
export interface UnmatchedValue {
  readonly field: string;
  readonly kind: MappableKind;
  /** The cell's text, trimmed. */
  readonly text: string;
  /** The rows' country, for a region; null for a country. */
  readonly country: string | null;
  /** Rows with this value. */
  readonly rows: number;
  /** The code the value map gives it; null while it is unmatched. */
  readonly mappedTo: string | null;
}

/** Counts unmatched and mapped values while rows are read, in the order they first appear. */
export class UnmatchedTally {
  private readonly values = new Map<string, UnmatchedValue>();

  add(
    field: string,
    kind: MappableKind,
    text: string,
    country: string | null,
    mappedTo: string | null,
  ): void {
    const key = `${field}\u0000${valueMapKey(kind, text, country)}`;
    const held = this.values.get(key);
    this.values.set(
      key,
      held === undefined
        ? {
            field,
            kind,
            text: text.trim(),
            country: kind === 'region' ? country : null,
            rows: 1,
            mappedTo,
          }
        : { ...held, rows: held.rows + 1 },
    );
  }

  list(): UnmatchedValue[] {
    return [...this.values.values()];
  }
}
