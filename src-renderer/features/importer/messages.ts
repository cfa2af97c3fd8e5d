/** Words an import problem for the user: its values may themselves be i18n keys (field names …). */
import type { TFunction } from 'i18next';

type Key = 'importPage.title';

export function messageOf(
  t: TFunction,
  key: string,
  values: Readonly<Record<string, string | number>>,
): string {
  const translated = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' && /^importer\.[\w.-]+$/.test(value) ? t(value as Key) : value,
    ]),
  );
  return t(key as Key, translated);
}
