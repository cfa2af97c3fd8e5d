/**
 * Searching a picker's options: diacritic- and case-insensitive, every typed word must appear in
 * the code, the label or the keywords. Codes that match exactly or by prefix come first, so typing
 * "26" finds division 26 before labels that merely mention "26".
 */
import { searchKey } from './search-key';

export interface SearchableOption {
  readonly code: string;
  readonly label: string;
  /** Extra words that should match (a native-script name, an English country name …). */
  readonly keywords?: string;
}

/** "Île-de-France" → "ile-de-france"; "İzmir" → "izmir"; "Κρήτη" → "κρητη". */
export const foldText = searchKey;

interface IndexedOption<T> {
  readonly option: T;
  readonly code: string;
  readonly label: string;
  readonly haystack: string;
}

export interface SearchIndex<T extends SearchableOption> {
  readonly entries: readonly IndexedOption<T>[];
}

/** Folds every option once, so each keystroke only compares strings. */
export function buildSearchIndex<T extends SearchableOption>(
  options: readonly T[],
): SearchIndex<T> {
  return {
    entries: options.map((option) => {
      const code = foldText(option.code);
      const label = foldText(option.label);
      return {
        option,
        code,
        label,
        haystack: `${code} ${label} ${foldText(option.keywords ?? '')}`,
      };
    }),
  };
}

function rankOf(entry: IndexedOption<unknown>, query: string): number {
  if (entry.code === query) return 0;
  if (entry.code.startsWith(query)) return 1;
  if (entry.label.startsWith(query)) return 2;
  return 3;
}

/**
 * The options matching `query`, best first, in list order within a rank; at most `limit`.
 * An empty query matches everything, in list order.
 */
export function searchOptions<T extends SearchableOption>(
  index: SearchIndex<T>,
  query: string,
  limit: number = Number.POSITIVE_INFINITY,
): T[] {
  const folded = foldText(query).trim();
  if (folded === '') return index.entries.slice(0, limit).map((entry) => entry.option);
  const words = folded.split(/\s+/);
  const ranked: { entry: IndexedOption<T>; rank: number; order: number }[] = [];
  index.entries.forEach((entry, order) => {
    if (words.every((word) => entry.haystack.includes(word))) {
      ranked.push({ entry, rank: rankOf(entry, folded), order });
    }
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((item) => item.entry.option);
}

/** True when `text` contains every word of `query` (both folded): record search in the database. */
export function matchesQuery(text: string, query: string): boolean {
  const words = foldText(query).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText(text);
  return words.every((word) => haystack.includes(word));
}

/** The text a picker shows for an option: "ES — Spain", or only the label. */
export function optionText(option: SearchableOption, showCode: boolean): string {
  return showCode ? `${option.code} — ${option.label}` : option.label;
}
