/**
 * Sorting in the UI language: Intl.Collator, numeric-aware ("Cluster 2" before "Cluster 10"),
 * accent- and case-insensitive at the first level. Empty values go last in either direction.
 */
import type { SortingFn } from '@tanstack/react-table';

const collators = new Map<string, Intl.Collator>();

export function collatorFor(language: string): Intl.Collator {
  let collator = collators.get(language);
  if (!collator) {
    collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/** Builds the `localeText` sorting function for a language (TanStack's sortingFns option). */
export function localeTextSorting(language: string): SortingFn<unknown> {
  const collator = collatorFor(language);
  return (a, b, columnId) =>
    collator.compare(String(a.getValue(columnId) ?? ''), String(b.getValue(columnId) ?? ''));
}

export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Ascending comparison of two cell values; text through the collator when one is given. */
export function compareValues(a: unknown, b: unknown, collator: Intl.Collator | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const left = String(a);
  const right = String(b);
  if (collator) return collator.compare(left, right);
  return left < right ? -1 : left > right ? 1 : 0;
}
