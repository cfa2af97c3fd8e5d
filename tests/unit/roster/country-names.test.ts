/**
 * Country cells as they come in real lists: codes, English short and official names, UN and
 * World Bank spellings ("Egypt, Arab Rep."), names in every UI language (Intl.DisplayNames, as
 * the app itself writes them), Kosovo and North Macedonia under all their names.
 */
import { describe, expect, it } from 'vitest';
import { mediterraneanCountries } from '../../../src-core/codes';
import {
  COUNTRY_NAME_LANGUAGES,
  allCountryCodes,
  resolveCountry,
} from '../../../src-core/roster/country-names';

const code = (text: string) => resolveCountry(text)?.code;

describe('resolveCountry: codes', () => {
  it.each([
    ['TN', 'TN'],
    ['tn', 'TN'],
    [' TUN ', 'TN'],
    ['EL', 'GR'],
    ['GRC', 'GR'],
    ['UK', 'GB'],
    ['MKD', 'MK'],
    ['XK', 'XK'],
    ['XKX', 'XK'],
    ['PSE', 'PS'],
  ])('%j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('says whether the country is one the app ships', () => {
    expect(resolveCountry('es')).toEqual({ code: 'ES', isKnown: true });
    expect(resolveCountry('de')).toEqual({ code: 'DE', isKnown: false });
    expect(resolveCountry('DEU')).toEqual({ code: 'DE', isKnown: false });
    expect(resolveCountry('Kosovo')).toEqual({ code: 'XK', isKnown: false });
    expect(resolveCountry('North Macedonia')).toEqual({ code: 'MK', isKnown: false });
  });
});

describe('resolveCountry: names', () => {
  it.each([
    // UN and ISO short names, World Bank inversions.
    ['Palestine, State of', 'PS'],
    ['State of Palestine', 'PS'],
    ['Palestinian Territories', 'PS'],
    ['Territoires palestiniens', 'PS'],
    ['Territorios Palestinos', 'PS'],
    ['Occupied Palestinian Territory', 'PS'],
    ['West Bank and Gaza', 'PS'],
    ['Syrian Arab Republic', 'SY'],
    ['Egypt, Arab Rep.', 'EG'],
    ['Arab Republic of Egypt', 'EG'],
    ['Libyan Arab Jamahiriya', 'LY'],
    ['State of Libya', 'LY'],
    ['Iran, Islamic Rep.', 'IR'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Korea, Rep.', 'KR'],
    ["Korea, Dem. People's Rep.", 'KP'],
    ['Congo, Dem. Rep.', 'CD'],
    ['Gambia, The', 'GM'],
    ['Yemen, Rep.', 'YE'],
    ['Micronesia, Fed. Sts.', 'FM'],
    ['St. Lucia', 'LC'],
    ['Turkiye', 'TR'],
    ['Turkey', 'TR'],
    // Official long forms.
    ['Hellenic Republic', 'GR'],
    ['Kingdom of Morocco', 'MA'],
    ['Royaume du Maroc', 'MA'],
    ['Hashemite Kingdom of Jordan', 'JO'],
    ["People's Democratic Republic of Algeria", 'DZ'],
    ['Republic of Türkiye', 'TR'],
    ['Lebanese Republic', 'LB'],
    ['Italian Republic', 'IT'],
    ['Republic of Cyprus', 'CY'],
    ['Principality of Monaco', 'MC'],
    // North Macedonia and Kosovo.
    ['Macedonia', 'MK'],
    ['FYROM', 'MK'],
    ['The former Yugoslav Republic of Macedonia', 'MK'],
    ['Republic of North Macedonia', 'MK'],
    ['Macedonia, FYR', 'MK'],
    ['Macédoine du Nord', 'MK'],
    ['Kosovo*', 'XK'],
    ['Kosovo (under UNSCR 1244/99)', 'XK'],
    ['Kosova', 'XK'],
    // The app's own names and the spellings the old table knew.
    ['Bosnia & Herzegovina', 'BA'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Bosnia y Herzegovina', 'BA'],
    ['Bosnie-Herzégovine', 'BA'],
    ['Bosnia ed Erzegovina', 'BA'],
    ['Bosna i Hercegovina', 'BA'],
    ['Túnez', 'TN'],
    ['TUNISIE', 'TN'],
    ['España', 'ES'],
    ['espagne', 'ES'],
    ['Spagna', 'ES'],
    ['Türkiye', 'TR'],
    ['Turquía', 'TR'],
    ['Grèce', 'GR'],
    ['Ελλάδα', 'GR'],
    ['Marruecos', 'MA'],
    ['Égypte', 'EG'],
    ['مصر', 'EG'],
    ['Giordania', 'JO'],
    ['Líbano', 'LB'],
    ['Palestina', 'PS'],
    ['Crna Gora', 'ME'],
    ['Hrvatska', 'HR'],
    ['Shqipëria', 'AL'],
    ['Tunisia (TN)', 'TN'],
  ])('%j → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('reads every country by the name each UI language gives it, long and short', () => {
    const misses: string[] = [];
    for (const language of COUNTRY_NAME_LANGUAGES) {
      for (const style of ['long', 'short'] as const) {
        const names = new Intl.DisplayNames([language], { type: 'region', style });
        for (const alpha2 of allCountryCodes) {
          const name = names.of(alpha2);
          // Two-letter abbreviations ("UK", Spanish "RU" for the United Kingdom) are read as codes.
          if (name === undefined || name.length <= 2) continue;
          if (code(name) !== alpha2) misses.push(`${language} ${alpha2} ${name} → ${code(name)}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });

  it('reads the Mediterranean countries in every UI language, whatever the case and accents', () => {
    for (const language of COUNTRY_NAME_LANGUAGES) {
      const names = new Intl.DisplayNames([language], { type: 'region' });
      for (const { alpha2 } of mediterraneanCountries) {
        const name = names.of(alpha2) ?? '';
        const plain = name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
        expect(code(plain), `${language} ${name}`).toBe(alpha2);
      }
    }
  });

  it('leaves out names two countries share ("Korea") rather than guess', () => {
    expect(resolveCountry('Korea')).toBeUndefined();
    expect(code('Equatorial Guinea')).toBe('GQ');
    expect(code('Guinea')).toBe('GN');
  });

  it.each(['Tunisie?', 'Atlantis', 'Syrie arabe', 'XYZ', 'ZZ', '', '12'])('rejects %j', (text) => {
    expect(resolveCountry(text)).toBeUndefined();
  });
});

describe('resolveCountry: qualifiers', () => {
  it('reads a qualifier that belongs to the name, and refuses one naming another country', () => {
    expect(resolveCountry('Congo, Dem. Rep.')?.code).toBe('CD');
    expect(resolveCountry('Saint-Martin (French part)')?.code).toBe('MF');
    // The Greek region, not the country: left for the user to map in the preview.
    expect(resolveCountry('Macedonia (Greece)')).toBeUndefined();
    expect(resolveCountry('Macedonia, Greece')).toBeUndefined();
  });
});
