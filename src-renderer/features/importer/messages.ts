/** Words an import problem for the user; nested keys in its values are expanded by i18next. */
import type { TFunction } from 'i18next';

export function messageOf(
  t: TFunction,
  key: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return t(key as 'importPage.title', values);
}
