/**
 * Reading one spreadsheet cell as a typed value: booleans in four languages, dates as ISO or
 * day/month/year, decimal commas, country names, region codes checked against the country, NACE
 * codes as Excel mangles them ("1" for "01"). A cell that cannot be read gives an i18n key saying
 * what was wrong and what would be accepted.
 */
import { findNace } from '../codes';
import { contactFieldsSchema } from '../model/entities';
import { readWebsite } from '../model/website';
import { resolveCountry } from './country-names';
import { languageWords } from './enum-words';
import type { EnumVocabulary, ImportValue, ImportValueType } from './import-fields';
import { foldText, normaliseEmail, normaliseName } from './normalise';
import { resolveRegion } from './region-names';
import { mappedCode, type ImportValueMap } from './value-map';

export type MessageValues = Readonly<Record<string, string | number>>;

export type CellResult =
  | {
      readonly ok: true;
      readonly value: ImportValue;
      readonly note?: CellNote;
      /** Not read after all: the field keeps its default and the note says why (the row stays). */
      readonly isDropped?: boolean;
      /** Read through the user's value map (value-map.ts). */
      readonly isMapped?: boolean;
    }
  | { readonly ok: false; readonly key: string; readonly values: MessageValues };

/** A remark about a value that was read but deserves a look (not a problem). */
export interface CellNote {
  readonly key: string;
  readonly values: MessageValues;
}

/** Records a reference may point at. */
export interface ReferenceTarget {
  readonly id: string;
  readonly name: string;
  readonly deleted?: boolean;
  /** `'sample'` on sample rows: a name finds one only when no record of the user's has it. */
  readonly origin?: string;
}

/** Organisations and clusters by id and by normalised name, built once per import. */
export interface ImportLookups {
  readonly organisations: ReferenceIndex;
  readonly clusters: ReferenceIndex;
}

export interface ReferenceIndex {
  readonly ids: ReadonlySet<string>;
  readonly byName: ReadonlyMap<string, readonly string[]>;
}

function indexReferences(records: readonly ReferenceTarget[]): ReferenceIndex {
  const ids = new Set<string>();
  const byName = new Map<string, string[]>();
  const sampleByName = new Map<string, string[]>();
  for (const record of records) {
    if (record.deleted === true) continue;
    ids.add(record.id);
    const names = record.origin === 'sample' ? sampleByName : byName;
    const name = normaliseName(record.name);
    const list = names.get(name);
    if (list === undefined) names.set(name, [record.id]);
    else list.push(record.id);
  }
  // The user's own records first: a sample record of the same name never captures real data.
  for (const [name, list] of sampleByName) if (!byName.has(name)) byName.set(name, list);
  return { ids, byName };
}

/**
 * The lookups references are resolved against: ids, and names normalised like `normaliseName`
 * (so "Oleificio Rossi" finds "Oleificio Rossi S.r.l."). Deleted records are left out; a name
 * shared by one of the user's records and a sample record finds the user's.
 */
export function createImportLookups(records: {
  readonly organisations: readonly ReferenceTarget[];
  readonly clusters: readonly ReferenceTarget[];
}): ImportLookups {
  return {
    organisations: indexReferences(records.organisations),
    clusters: indexReferences(records.clusters),
  };
}

const problem = (key: string, values: MessageValues): CellResult => ({
  ok: false,
  key: `importer.problems.${key}`,
  values,
});
const accepted = (what: string): string => `importer.accepted.${what}`;

const listSeparators = /[;|\r\n]+/;
export function splitList(text: string): string[] {
  const items = text
    .split(listSeparators)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

// Folded like cells ("Não" is "nao", "HAYIR" "hayir"; a capital final "Σ" "σ"), and TRUE/FALSE
// as localised spreadsheets write them ("VERDADEIRO", "DOĞRU", "ISTINA").
const trueWords = new Set(
  [
    ...['yes', 'y', 'true', '1', 'x', 'si', 'oui', 'vrai', 'vero', 'verdadero'],
    ...['sim', 's', 'verdadeiro', 'ναι', 'αληθές', 'ΑΛΗΘΕΣ', 'evet', 'var', 'doğru'], // pt, el, tr
    ...['da', 'istina', 'točno', 'tačno'], // hr, bs, cnr
    ...['نعم', 'صح', 'صحيح'], // ar
  ].map(foldText),
);
const falseWords = new Set(
  [
    ...['no', 'n', 'false', '0', 'non', 'faux', 'falso'],
    ...['não', 'όχι', 'ψευδές', 'ΨΕΥΔΕΣ', 'hayır', 'yok', 'yanlış'], // pt, el, tr
    ...['ne', 'laž', 'netočno', 'netačno'], // hr, bs, cnr
    ...['لا', 'كلا', 'خطأ', 'خاطئ'], // ar
  ].map(foldText),
);

function readBoolean(text: string): CellResult {
  const word = foldText(text);
  if (trueWords.has(word)) return { ok: true, value: true };
  if (falseWords.has(word)) return { ok: true, value: false };
  return problem('invalidBoolean', { value: text, accepted: accepted('boolean') });
}

function readNumber(text: string, min: number, max: number): CellResult {
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned.includes(',') && cleaned.includes('.')) {
    // The last separator is the decimal one: "1.000,5" and "1,000.5".
    cleaned =
      cleaned.lastIndexOf(',') > cleaned.lastIndexOf('.')
        ? cleaned.replace(/\./g, '').replace(',', '.')
        : cleaned.replace(/,/g, '');
  } else {
    cleaned = cleaned.replace(',', '.');
  }
  const value = /^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!Number.isFinite(value)) {
    return problem('invalidNumber', { value: text, accepted: accepted('number') });
  }
  if (value < min || value > max) return problem('numberOutOfRange', { value: text, min, max });
  return { ok: true, value };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** ISO "2026-03-14" (a time after it is ignored) or day first: "14/03/2026", "14.3.2026". */
export function readDate(text: string): CellResult {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const parts = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dayFirst
      ? [Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1])]
      : null;
  const [year = 0, month = 0, day = 0] = parts ?? [];
  if (parts === null || !isCalendarDate(year, month, day)) {
    return problem('invalidDate', { value: text, accepted: accepted('date') });
  }
  return { ok: true, value: `${year}-${pad2(month)}-${pad2(day)}` };
}

/** Folded (and space-free) spellings of each vocabulary, built once: imports match per cell. */
const vocabularyIndexes = new WeakMap<
  EnumVocabulary,
  { readonly folded: Map<string, string>; readonly squashed: Map<string, string> }
>();

function vocabularyIndex(vocabulary: EnumVocabulary) {
  let index = vocabularyIndexes.get(vocabulary);
  if (index === undefined) {
    index = { folded: new Map(), squashed: new Map() };
    for (const value of vocabulary.values) {
      for (const word of [value, ...(vocabulary.words[value] ?? [])]) {
        const candidate = foldText(word);
        // The first value to claim a spelling keeps it, as a scan in vocabulary order would.
        if (!index.folded.has(candidate)) index.folded.set(candidate, value);
        const squashed = candidate.replace(/ /g, '');
        if (!index.squashed.has(squashed)) index.squashed.set(squashed, value);
      }
    }
    vocabularyIndexes.set(vocabulary, index);
  }
  return index;
}

function matchVocabulary(text: string, vocabulary: EnumVocabulary): string | undefined {
  const index = vocabularyIndex(vocabulary);
  const folded = foldText(text);
  return index.folded.get(folded) ?? index.squashed.get(folded.replace(/ /g, ''));
}

function readEnum(text: string, vocabulary: EnumVocabulary): CellResult {
  const value = matchVocabulary(text, vocabulary);
  return value === undefined
    ? problem('invalidChoice', { value: text, accepted: vocabulary.accepted })
    : { ok: true, value };
}

function readEach(text: string, read: (item: string) => CellResult): CellResult {
  const values: string[] = [];
  for (const item of splitList(text)) {
    const result = read(item);
    if (!result.ok) return result;
    if (typeof result.value === 'string' && !values.includes(result.value))
      values.push(result.value);
  }
  return { ok: true, value: values };
}

function readCountry(text: string, valueMap: ImportValueMap | undefined): CellResult {
  const mapped = mappedCode(valueMap, 'country', 'country', text, null);
  const match = resolveCountry(mapped ?? text);
  if (match === undefined) {
    return problem('invalidCountry', { value: text, accepted: accepted('country') });
  }
  const note = match.isKnown
    ? undefined
    : { key: 'importer.notes.countryOutsideList', values: { value: match.code } };
  return {
    ok: true,
    value: match.code,
    ...(note ? { note } : {}),
    ...(mapped === undefined ? {} : { isMapped: true }),
  };
}

/**
 * A region of `country` (see region-names.ts). The region is optional: one that is not
 * recognised leaves the field empty, with a note quoting the text, and the row is imported.
 */
function readRegion(
  text: string,
  country: string | null,
  valueMap: ImportValueMap | undefined,
): CellResult {
  if (country === null) return problem('regionWithoutCountry', { value: text });
  const mapped = mappedCode(valueMap, 'region', 'region', text, country);
  if (mapped !== undefined) return { ok: true, value: mapped, isMapped: true };
  const match = resolveRegion(text, country);
  if (match.ok) return { ok: true, value: match.code };
  const value = text.trim();
  const note: CellNote =
    match.otherCountry === undefined
      ? {
          key: 'importer.notes.regionUnmatched',
          values: { value, country, accepted: accepted('region') },
        }
      : {
          key: 'importer.notes.regionOfOtherCountry',
          values: { value, country, other: match.otherCountry },
        };
  return { ok: true, value: null, note, isDropped: true };
}

/** One NACE code: "26", "26.11", "C", and "C26" or "1" (Excel drops the zero of "01"). */
function readNaceCode(item: string): CellResult {
  let code = item.trim().toUpperCase();
  const withSection = /^([A-V])(\d{1,2}(?:\.\d{1,2})?)$/.exec(code);
  if (withSection?.[2] !== undefined) code = withSection[2];
  if (/^\d(\.\d{1,2})?$/.test(code)) code = `0${code}`;
  const division = code.slice(0, 2);
  const isKnown = /^\d{2}(\.\d{1,2})?$/.test(code)
    ? findNace(division) !== undefined &&
      (withSection === null || findNace(division)?.section === withSection[1])
    : /^[A-V]$/.test(code) && findNace(code) !== undefined;
  return isKnown
    ? { ok: true, value: code }
    : problem('invalidNace', { value: item, accepted: accepted('nace') });
}

/** An http(s) address; a bare domain ("www.foo.tn") gets https:// in front, with a note. */
function readUrl(text: string): CellResult {
  const reading = readWebsite(text);
  if (reading.ok) {
    return reading.isSchemeAdded
      ? {
          ok: true,
          value: reading.value,
          note: {
            key: 'importer.notes.websiteSchemeAdded',
            values: { value: text.trim(), stored: reading.value },
          },
        }
      : { ok: true, value: reading.value };
  }
  return reading.reason === 'credentials'
    ? problem('websiteCredentials', { value: text })
    : problem('invalidWebsite', { value: text, accepted: accepted('website') });
}

const emailSchema = contactFieldsSchema.shape.email;
function readEmail(text: string): CellResult {
  const email = normaliseEmail(text).replace(/^mailto:/, '');
  return emailSchema.safeParse(email).success
    ? { ok: true, value: email }
    : problem('invalidEmail', { value: text, accepted: accepted('email') });
}

const languageByName = new Map<string, string>();
for (const [tag, names] of Object.entries(languageWords)) {
  for (const name of names) languageByName.set(foldText(name), tag);
}
function readLanguage(item: string): CellResult {
  const trimmed = item.trim();
  if (/^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/i.test(trimmed)) {
    const [primary = '', ...rest] = trimmed.split(/[-_]/);
    return { ok: true, value: [primary.toLowerCase(), ...rest].join('-') };
  }
  const tag = languageByName.get(foldText(trimmed));
  return tag === undefined
    ? problem('invalidLanguage', { value: item, accepted: accepted('language') })
    : { ok: true, value: tag };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function readReference(text: string, index: ReferenceIndex, target: string): CellResult {
  const trimmed = text.trim();
  if (uuidPattern.test(trimmed) && index.ids.has(trimmed.toLowerCase())) {
    return { ok: true, value: trimmed.toLowerCase() };
  }
  const ids = index.byName.get(normaliseName(trimmed)) ?? [];
  if (ids.length === 1 && ids[0] !== undefined) return { ok: true, value: ids[0] };
  const kind = `importer.targets.${target}`;
  return ids.length === 0
    ? problem('unknownReference', { value: text, target: kind })
    : problem('ambiguousReference', { value: text, target: kind, count: ids.length });
}

export interface CellContext {
  readonly lookups: ImportLookups;
  /** The row's country once read (regions are checked against it). */
  readonly country: string | null;
  /** Codes the user chose for values that were not recognised, by field key ('country', 'region'). */
  readonly valueMap?: ImportValueMap;
}

/**
 * The cell as typed before an export escaped it: `escapeSpreadsheetCell` (spreadsheet.ts) puts an
 * apostrophe before a leading = + - @, so "+216 74 000 000" comes back as "'+216 74 000 000".
 */
const escapedFormulaStart = /^'(?=[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20])/;

/** Reads a non-blank cell as `type`. */
export function readCell(cell: string, type: ImportValueType, context: CellContext): CellResult {
  const text = cell.startsWith("'") ? cell.replace(escapedFormulaStart, '') : cell;
  switch (type.kind) {
    case 'text': {
      const value = text.trim();
      return value.length > type.max
        ? problem('tooLong', { value, max: type.max })
        : { ok: true, value };
    }
    case 'list':
      return readEach(text, (item) =>
        item.length > type.max
          ? problem('tooLong', { value: item, max: type.max })
          : { ok: true, value: item },
      );
    case 'enum':
      return readEnum(text, type.vocabulary);
    case 'enum-list':
      return readEach(text, (item) => readEnum(item, type.vocabulary));
    case 'boolean':
      return readBoolean(text);
    case 'number':
      return readNumber(text, type.min, type.max);
    case 'date':
      return readDate(text);
    case 'country':
      return readCountry(text, context.valueMap);
    case 'region':
      return readRegion(text, context.country, context.valueMap);
    case 'nace':
      return readEach(text, readNaceCode);
    case 'url':
      return readUrl(text);
    case 'email':
      return readEmail(text);
    case 'languages':
      return readEach(text, readLanguage);
    case 'reference':
      return readReference(text, context.lookups[type.target], type.target);
  }
}
