/**
 * Finds incoming spreadsheet rows that are already in the roster, or earlier in the same file:
 * organisations and clusters by normalised name + country and by website domain; contacts by
 * e-mail (or, without one, by name + organisation); memberships by organisation + cluster. Existing
 * records are indexed once in Maps, so a 50k-row file against a 100k-record roster is quick.
 */
import type { ImportKind } from './import-fields';
import { normaliseEmail, normaliseName, normalisePersonName, websiteDomain } from './normalise';

export type DuplicateReason =
  'name-country' | 'website' | 'email' | 'person-name' | 'organisation-cluster';

export interface DuplicateMatch {
  /** The incoming row (spreadsheet row number). */
  readonly rowNumber: number;
  /** The roster record it matches … */
  readonly existingId?: string;
  /** … or the earlier row of the same file it repeats. */
  readonly otherRowNumber?: number;
  readonly reason: DuplicateReason;
}

/** Entity fields, read structurally (see `text`) so one index serves every kind. */
type Fields = object;

export interface DuplicateInput {
  readonly kind: ImportKind;
  readonly incoming: readonly { readonly rowNumber: number; readonly fields: Fields }[];
  /** Roster records of the same kind; deleted ones are ignored. */
  readonly existing: readonly { readonly id: string; readonly deleted?: boolean }[];
}

/** A duplicate rule: the key a record has for it, and whether an incoming row is looked up. */
interface Rule {
  readonly reason: DuplicateReason;
  readonly keyOf: (fields: Fields) => string | null;
  /** Default: always. */
  readonly isLookedUp?: (fields: Fields) => boolean;
}

/** A text field of any entity ('' when absent or not text). */
export function textField(fields: object, key: string): string {
  const value: unknown = Reflect.get(fields, key);
  return typeof value === 'string' ? value : '';
}
const text = textField;

function nameCountryKey(fields: Fields): string | null {
  const name = normaliseName(text(fields, 'name'));
  return name === '' ? null : `${text(fields, 'country')}|${name}`;
}

function emailKey(fields: Fields): string | null {
  const email = normaliseEmail(text(fields, 'email'));
  return email === '' ? null : email;
}

function personNameKey(fields: Fields): string | null {
  const name = normalisePersonName(text(fields, 'givenName'), text(fields, 'familyName'));
  return name === '' ? null : `${text(fields, 'organisationId')}|${name}`;
}

const organisationRules: readonly Rule[] = [
  { reason: 'name-country', keyOf: nameCountryKey },
  { reason: 'website', keyOf: (fields) => websiteDomain(text(fields, 'website')) },
];

const rulesOf: Readonly<Record<ImportKind, readonly Rule[]>> = {
  clusters: organisationRules,
  organisations: organisationRules,
  memberships: [
    {
      reason: 'organisation-cluster',
      keyOf: (fields) => `${text(fields, 'organisationId')}|${text(fields, 'clusterId')}`,
    },
  ],
  contacts: [
    { reason: 'email', keyOf: emailKey },
    // A contact with an e-mail is matched by it alone: namesakes are common.
    { reason: 'person-name', keyOf: personNameKey, isLookedUp: (f) => emailKey(f) === null },
  ],
};

/**
 * The duplicates of each incoming row that has any, by row number. Within the file, the first
 * row with a key is the original: only later rows are reported, pointing back to it.
 *
 * The index is built from the incoming rows (usually the smaller side) and the roster streamed
 * through it once; a rule no incoming row has a key for (say, no website column) costs nothing.
 */
export function findDuplicates(input: DuplicateInput): Map<number, DuplicateMatch[]> {
  const rules = rulesOf[input.kind];
  const { incoming } = input;

  // Keys of the incoming rows per rule (null: no key, or not looked up), and earlier rows.
  const lookupKeys = rules.map(() => new Array<string | null>(incoming.length).fill(null));
  const otherRows = rules.map(() => new Array<number | undefined>(incoming.length));
  const wanted = rules.map(() => new Map<string, string[] | null>());
  rules.forEach((rule, r) => {
    const firstRowOf = new Map<string, number>();
    incoming.forEach(({ rowNumber, fields }, i) => {
      const key = rule.keyOf(fields);
      if (key === null) return;
      const first = firstRowOf.get(key);
      if (first === undefined) firstRowOf.set(key, rowNumber);
      if (rule.isLookedUp?.(fields) === false) return;
      (otherRows[r] ?? [])[i] = first;
      (lookupKeys[r] ?? [])[i] = key;
      wanted[r]?.set(key, null);
    });
  });

  // Roster records whose key some incoming row has, per rule and key.
  const activeRules = rules.flatMap((rule, r) => ((wanted[r]?.size ?? 0) > 0 ? [{ rule, r }] : []));
  for (const record of activeRules.length > 0 ? input.existing : []) {
    if (record.deleted === true) continue;
    for (const { rule, r } of activeRules) {
      const key = rule.keyOf(record);
      const hits = key === null ? undefined : wanted[r];
      if (key === null || hits === undefined || !hits.has(key)) continue;
      const ids = hits.get(key);
      if (ids === null || ids === undefined) hits.set(key, [record.id]);
      else ids.push(record.id);
    }
  }

  const result = new Map<number, DuplicateMatch[]>();
  incoming.forEach(({ rowNumber }, i) => {
    let matches: DuplicateMatch[] | undefined;
    rules.forEach(({ reason }, r) => {
      const key = lookupKeys[r]?.[i];
      if (key === null || key === undefined) return;
      for (const existingId of wanted[r]?.get(key) ?? []) {
        (matches ??= []).push({ rowNumber, existingId, reason });
      }
      const otherRowNumber = otherRows[r]?.[i];
      if (otherRowNumber !== undefined)
        (matches ??= []).push({ rowNumber, otherRowNumber, reason });
    });
    if (matches !== undefined) result.set(rowNumber, matches);
  });
  return result;
}
