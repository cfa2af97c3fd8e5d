/**
 * Intl formatters are costly to build: one per kind and locale, kept. The locale comes from
 * `formatLocale` (UI language + format preferences), so a change of region or digits gets new
 * formatters and never a stale cached one.
 */
import { formatLocale } from '../model/workspace';

const formatters = new Map<string, unknown>();

export function intlFormatter<T>(kind: string, language: string, make: (locale: string) => T): T {
  const locale = formatLocale(language);
  const key = `${kind}|${locale}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make(locale);
    formatters.set(key, formatter);
  }
  return formatter;
}
