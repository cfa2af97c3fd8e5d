// The pseudo-locale (issue 16): 40 % longer, accented, placeholders kept — so a layout run finds
// what a long translation would cut, and i18next still fills every value.
import { describe, expect, it } from 'vitest';
import { pseudoString, pseudoTranslation } from '../../src-renderer/i18n/pseudo';
import { english } from '../../src-renderer/i18n/resources';

describe('pseudo-locale', () => {
  it('accents and lengthens words by 40 %, bracketed', () => {
    expect(pseudoString('Save')).toBe('[Šàvé ~~]');
    const long = 'Open presenter view';
    const pseudo = pseudoString(long);
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.ceil(long.length * 1.4));
    expect(pseudo).toBe('[Öpéñ préšéñtér vîéw ~~~~~~~~]');
  });

  it('keeps interpolations, nestings and tags as they are', () => {
    expect(pseudoString('Removed {{count, number}} records from {{name}}.')).toContain(
      '{{count, number}}',
    );
    expect(pseudoString('See $t(common.help) <b>now</b>')).toContain('$t(common.help)');
    expect(pseudoString('See $t(common.help) <b>now</b>')).toContain('<b>');
  });

  it('turns every English string and keeps every key', () => {
    const pseudo = pseudoTranslation(english);
    const walk = (en: unknown, ps: unknown, path: string): void => {
      if (typeof en === 'string') {
        expect(typeof ps, path).toBe('string');
        expect(ps as string, path).toMatch(/^\[.*\]$/s);
        for (const placeholder of en.match(/\{\{[^}]*\}\}/g) ?? [])
          expect(ps as string, path).toContain(placeholder);
        return;
      }
      for (const [key, value] of Object.entries(en as object))
        walk(value, (ps as Record<string, unknown>)[key], `${path}.${key}`);
    };
    walk(english, pseudo, '');
  });
});
