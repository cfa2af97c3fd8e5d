// The phone page's words (src-main/room/phone/strings/<lang>.js) in every language the app speaks: the
// same keys as English and the same {placeholders}, nothing empty — a phone in the room never
// falls back to English for a language the app offers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { uiLanguages } from '../../src-core/model/workspace';
import { PHONE_DIR } from './room-sim';

type Dictionary = Record<string, string>;

/** The words as the page has them once every script index.html names has run. */
function phoneStrings(): Record<string, Dictionary> {
  const holder: { MCS_ROOM_STRINGS?: Record<string, Dictionary> } = {};
  const html = readFileSync(`${PHONE_DIR}index.html`, 'utf8');
  // Each strings/<lang>.js adds its language to window.MCS_ROOM_STRINGS and does nothing else.
  for (const [, file] of html.matchAll(/<script src="(strings\/[a-z]+\.js)"/g)) {
    new Function('window', readFileSync(`${PHONE_DIR}${file}`, 'utf8'))(holder);
  }
  return holder.MCS_ROOM_STRINGS ?? {};
}

const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the phone page speaks every UI language', () => {
  const strings = phoneStrings();
  const english = strings.en ?? {};

  it.each(uiLanguages.filter((language) => language !== 'en'))('%s', (language) => {
    const dictionary = strings[language];
    expect(dictionary, language).toBeDefined();
    expect(Object.keys(dictionary ?? {}).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      const translated = dictionary?.[key] ?? '';
      expect(translated.trim(), key).not.toBe('');
      expect(holes(translated), key).toEqual(holes(text));
    }
  });
});
