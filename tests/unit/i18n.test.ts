import { describe, expect, it } from 'vitest';
import { english as en, spanish as es } from '../../src-renderer/i18n/resources';

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

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const english = flatten(en as Tree);
  const spanish = flatten(es as Tree);

  it('Spanish has every English key and no others', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('every Spanish string keeps the placeholders of its English original', () => {
    for (const [key, text] of english) {
      expect(placeholders(spanish.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('no string is empty', () => {
    for (const [key, text] of [...english, ...spanish]) expect(text.trim(), key).not.toBe('');
  });
});
