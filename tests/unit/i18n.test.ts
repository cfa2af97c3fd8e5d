// Every language the app speaks, checked against English: every key (a plural key in each of the
// language's own plural categories), no key English lacks, the same {{placeholders}}, no empty
// string. A language missing here fails the build rather than showing English to its users.
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../src-core/model/workspace';
import { english, loadTranslation } from '../../src-renderer/i18n/resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [k, v] of flatten(value, path)) result.set(k, v);
  }
  return result;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1] ?? '').sort();
const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
const en = flatten(english as Tree);

/**
 * The keys a language must have — English's, each plural in the language's own categories — with
 * the placeholders each must keep: a plural form keeps those every English form has, except the
 * count ("un seul membre"); the placeholders it may use are those of any English form.
 */
function expectedKeys(language: string, keys: Iterable<string>) {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const forms = new Map<string, string[]>();
  for (const key of keys) {
    const plural = PLURAL.exec(key);
    const names = placeholders(en.get(key) ?? '');
    if (plural === null) forms.set(key, names);
    else
      for (const category of categories) {
        const key = `${plural[1]}_${category}`;
        forms.set(key, [...(forms.get(key) ?? []), ...names]);
      }
  }
  const expected = new Map<string, { needed: string[]; allowed: Set<string> }>();
  for (const [key, names] of forms) {
    if (!PLURAL.test(key)) {
      expected.set(key, { needed: names, allowed: new Set(names) });
      continue;
    }
    const base = PLURAL.exec(key)![1]!;
    const english = [...en.keys()].filter((k) => PLURAL.exec(k)?.[1] === base);
    const needed = names.filter(
      (name) =>
        name !== 'count' && english.every((k) => placeholders(en.get(k) ?? '').includes(name)),
    );
    expected.set(key, { needed: [...new Set(needed)], allowed: new Set(names) });
  }
  return expected;
}

describe.each(uiLanguages.filter((language) => language !== 'en'))('%s', (language) => {
  it('has every English key, in its own plural forms, and no other', async () => {
    const strings = flatten((await loadTranslation(language)) as Tree);
    const expected = expectedKeys(language, en.keys());
    expect(
      [...strings.keys()].filter((key) => !expected.has(key)),
      'extra',
    ).toEqual([]);
    expect(
      [...expected.keys()].filter((key) => !strings.has(key)),
      'missing',
    ).toEqual([]);
  });

  it('keeps the placeholders of each English original, and leaves nothing empty', async () => {
    const strings = flatten((await loadTranslation(language)) as Tree);
    for (const [key, { needed, allowed }] of expectedKeys(language, en.keys())) {
      const text = strings.get(key) ?? '';
      expect(text.trim(), key).not.toBe('');
      for (const name of needed) expect(placeholders(text), key).toContain(name);
      for (const name of placeholders(text)) expect([...allowed], key).toContain(name);
    }
  });
});
