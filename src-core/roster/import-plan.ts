/**
 * What an import will do, before it does it: rows to create, rows that duplicate the roster or an
 * earlier row (skipped unless the user says otherwise), and contacts who were erased before and
 * would come back (also skipped unless the user confirms). `applyChoices` turns the plan and the
 * user's choices into the creates and updates the database layer writes.
 */
import { findDuplicates, textField, type DuplicateMatch } from './duplicates';
import { erasureFingerprint, indexErasureFingerprints } from './erasure';
import type { ImportFieldsByKind, ImportKind } from './import-fields';

export type ImportChoice = 'skip' | 'update' | 'create';

/** A checked row, as `validateImportRows` returns it. */
export interface ImportCandidate<K extends ImportKind> {
  readonly rowNumber: number;
  readonly fields: ImportFieldsByKind[K];
  /** Entity fields the row gave a value for; an update touches only these. Default: all. */
  readonly provided?: readonly string[];
}

export interface PlannedRow<K extends ImportKind> extends ImportCandidate<K> {
  readonly matches: readonly DuplicateMatch[];
  /** A contact whose fingerprint matches an erased contact: ask before re-creating the person. */
  readonly matchesErased: boolean;
  readonly erasedContactIds: readonly string[];
  /** What happens without a choice: create a clean row, skip anything doubtful. */
  readonly defaultChoice: ImportChoice;
}

export interface ImportPlan<K extends ImportKind> {
  readonly kind: K;
  /** Rows with no duplicate (some may still match an erased contact). */
  readonly create: readonly PlannedRow<K>[];
  /** Rows with at least one duplicate in the roster or earlier in the file. */
  readonly duplicates: readonly PlannedRow<K>[];
  /** How many rows (in either list) match an erased contact. */
  readonly erasedMatches: number;
}

/** Erased contacts, as far as the plan needs them. */
export interface ErasedContact {
  readonly id: string;
  readonly erasureFingerprints: readonly string[];
}

export interface PlanImportInput<K extends ImportKind> {
  readonly kind: K;
  readonly valid: readonly ImportCandidate<K>[];
  /** Roster records of the kind (deleted ones are ignored). */
  readonly existing: readonly (ImportFieldsByKind[K] & {
    readonly id: string;
    readonly deleted?: boolean;
  })[];
  /** Contacts with `erasedAt` set; by default taken from `existing` when importing contacts. */
  readonly erasedContacts?: readonly ErasedContact[];
}

const text = textField;

/** The erased contacts among `existing` (with their fingerprints). */
export function erasedContactsOf(existing: readonly { readonly id: string }[]): ErasedContact[] {
  return existing.flatMap((record) => {
    const fingerprints: unknown = Reflect.get(record, 'erasureFingerprints');
    return text(record, 'erasedAt') !== '' && Array.isArray(fingerprints)
      ? [{ id: record.id, erasureFingerprints: fingerprints.filter((f) => typeof f === 'string') }]
      : [];
  });
}

/** Sorts checked rows into creates and duplicates, and flags returning erased contacts. */
export function planImport<K extends ImportKind>(input: PlanImportInput<K>): ImportPlan<K> {
  const { kind, valid, existing } = input;
  const duplicates = findDuplicates({ kind, incoming: valid, existing });
  const erasedIndex =
    kind === 'contacts'
      ? indexErasureFingerprints(input.erasedContacts ?? erasedContactsOf(existing))
      : new Map<string, string[]>();

  const create: PlannedRow<K>[] = [];
  const duplicateRows: PlannedRow<K>[] = [];
  let erasedMatches = 0;
  for (const row of valid) {
    const matches = duplicates.get(row.rowNumber) ?? [];
    const erasedIds = new Set<string>();
    if (erasedIndex.size > 0) {
      const { fields } = row;
      const email = text(fields, 'email');
      const fingerprints = erasureFingerprint({
        email: email === '' ? null : email,
        givenName: text(fields, 'givenName'),
        familyName: text(fields, 'familyName'),
        organisationId: text(fields, 'organisationId'),
      });
      for (const fingerprint of fingerprints) {
        for (const id of erasedIndex.get(fingerprint) ?? []) erasedIds.add(id);
      }
    }
    const matchesErased = erasedIds.size > 0;
    if (matchesErased) erasedMatches++;
    const planned: PlannedRow<K> = {
      ...row,
      matches,
      matchesErased,
      erasedContactIds: [...erasedIds],
      defaultChoice: matches.length > 0 || matchesErased ? 'skip' : 'create',
    };
    (matches.length > 0 ? duplicateRows : create).push(planned);
  }
  return { kind, create, duplicates: duplicateRows, erasedMatches };
}

export interface ImportChanges<K extends ImportKind> {
  readonly create: ImportFieldsByKind[K][];
  readonly update: { readonly id: string; readonly patch: Partial<ImportFieldsByKind[K]> }[];
  /** Rows left out: skipped, or "update" chosen for a row that matches no roster record. */
  readonly skipped: number[];
}

function pick<T extends object>(fields: T, keys: readonly string[] | undefined): Partial<T> {
  if (keys === undefined) return { ...fields };
  const patch: Partial<T> = {};
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    if (keys.includes(key)) patch[key] = fields[key];
  }
  return patch;
}

/**
 * The writes for a plan: each row follows the user's choice, or its default. "update" patches
 * the first roster record the row matches, with the fields the row gave; several rows updating
 * one record are merged in row order.
 */
export function applyChoices<K extends ImportKind>(
  plan: ImportPlan<K>,
  choices: ReadonlyMap<number, ImportChoice>,
): ImportChanges<K> {
  const rows = [...plan.create, ...plan.duplicates].sort((a, b) => a.rowNumber - b.rowNumber);
  const create: ImportFieldsByKind[K][] = [];
  const patches = new Map<string, Partial<ImportFieldsByKind[K]>>();
  const skipped: number[] = [];
  for (const row of rows) {
    const choice = choices.get(row.rowNumber) ?? row.defaultChoice;
    const target = row.matches.find((m) => m.existingId !== undefined)?.existingId;
    if (choice === 'create') create.push(row.fields);
    else if (choice === 'update' && target !== undefined) {
      patches.set(target, { ...patches.get(target), ...pick(row.fields, row.provided) });
    } else skipped.push(row.rowNumber);
  }
  const update = [...patches].map(([id, patch]) => ({ id, patch }));
  return { create, update, skipped };
}
