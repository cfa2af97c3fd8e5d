/**
 * Region cells as they come in real lists of Mediterranean organisations: English names
 * ("Attica", "Tuscany"), local and official names with or without accents, provinces and
 * departments standing in their NUTS 2 region ("A Coruña" → Galicia), codes with or without the
 * country prefix, and the app's own export (the Latin-script name).
 */
import { describe, expect, it } from 'vitest';
import { allRegions, isRegionOf } from '../../../src-core/codes';
import { resolveRegion } from '../../../src-core/roster/region-names';
import aliases from '../../../assets/codes/region-aliases.json';

const region = (text: string, country: string) => {
  const match = resolveRegion(text, country);
  return match.ok ? match.code : undefined;
};

describe('resolveRegion', () => {
  it.each([
    // The spellings of the issue.
    ['Attica', 'GR', 'EL30'],
    ['Attiki', 'GR', 'EL30'],
    ['Αττική', 'GR', 'EL30'],
    ['Crete', 'GR', 'EL43'],
    ['Kriti', 'GR', 'EL43'],
    ['ΚΡΗΤΗ', 'GR', 'EL43'],
    ['Central Macedonia', 'GR', 'EL52'],
    ['A Coruña', 'ES', 'ES11'],
    ['La Coruña', 'ES', 'ES11'],
    ['A CORUNA', 'ES', 'ES11'],
    ['Pontevedra', 'ES', 'ES11'],
    ['Provincia de Pontevedra', 'ES', 'ES11'],
    ['Burgundy-Franche-Comté', 'FR', 'FRC'],
    ['Bourgogne-Franche-Comté', 'FR', 'FRC'],
    ['Île-de-France', 'FR', 'FR10'],
    ['ILE DE FRANCE', 'FR', 'FR10'],
    ['Catalonia', 'ES', 'ES51'],
    ['Catalunya', 'ES', 'ES51'],
    ['Cataluña', 'ES', 'ES51'],
    ['Andalusia', 'ES', 'ES61'],
    ['Comunidad Autónoma de Andalucía', 'ES', 'ES61'],
    ['Lombardy', 'IT', 'ITC4'],
    ['Sicily', 'IT', 'ITG1'],
    ['Tuscany', 'IT', 'ITI1'],
    ['Dalmatia', 'HR', 'HR03'],
    ['Splitsko-dalmatinska županija', 'HR', 'HR03'],
    ['Tunis governorate', 'TN', 'TN-11'],
    ['Gouvernorat de Tunis', 'TN', 'TN-11'],
    ['Casablanca-Settat', 'MA', 'MA-06'],
    ['Grand Casablanca', 'MA', 'MA-06'],
    ['Provence-Alpes-Côte d’Azur', 'FR', 'FRL0'],
    ["Provence-Alpes-Côte d'Azur", 'FR', 'FRL0'],
    ['Provence Alpes Cote d Azur', 'FR', 'FRL0'],
    ['Région Provence-Alpes-Côte d’Azur', 'FR', 'FRL0'],
    ['PACA', 'FR', 'FRL0'],
    ['Bouches-du-Rhône', 'FR', 'FRL0'],
    ['Comunidad de Madrid', 'ES', 'ES30'],
    ['Madrid', 'ES', 'ES30'],
    ['Cairo', 'EG', 'EG-C'],
    ['Al Qāhirah', 'EG', 'EG-C'],
    ['Le Kef', 'TN', 'TN-33'],
    ['Mount Lebanon', 'LB', 'LB-JL'],
    ['Republika Srpska', 'BA', 'BA-SRP'],
    ['Istanbul', 'TR', 'TR-34'],
    ['Bolzano/Bozen', 'IT', 'ITH1'],
    ["Valle d'Aosta", 'IT', 'ITC2'],
    ['Lisbon', 'PT', 'PT1A'],
    // Codes: NUTS, NUTS 3 (the NUTS 2 region that holds it), ISO 3166-2 with or without prefix.
    ['ES51', 'ES', 'ES51'],
    ['es 51', 'ES', 'ES51'],
    ['GR30', 'GR', 'EL30'],
    ['ES111', 'ES', 'ES11'],
    ['ES-GA', 'ES', 'ES11'],
    ['GA', 'ES', 'ES11'],
    ['ES-C', 'ES', 'ES11'],
    ['FR-PAC', 'FR', 'FRL0'],
    ['13', 'FR', 'FRL0'],
    ['2A', 'FR', 'FRM0'],
    ['RM', 'IT', 'ITI4'],
    ['GR-I', 'GR', 'EL30'],
    ['TN-61', 'TN', 'TN-61'],
    ['61', 'TN', 'TN-61'],
  ])('%j in %s → %s', (text, country, expected) => {
    expect(region(text, country)).toBe(expected);
  });

  it('records Macedonia in Greece as Northern Greece (EL5), which holds its three regions', () => {
    expect(region('Macedonia', 'GR')).toBe('EL5');
    expect(region('Μακεδονία', 'GR')).toBe('EL5');
  });

  it('reads every shipped region by its code, its name and its Latin-script name', () => {
    for (const shipped of allRegions) {
      for (const text of [shipped.code, shipped.name, shipped.nameLatin]) {
        const code = region(text, shipped.country);
        // A level-1 region named like its only level-2 region ("Malta") reads as the finer one.
        const sameName = allRegions.find((r) => r.code === code);
        expect(
          code === shipped.code || sameName?.parent === shipped.code,
          `${text} → ${code} (${shipped.code})`,
        ).toBe(true);
      }
    }
  });

  it('points every alias at a shipped region of its country, and reads it back there', () => {
    for (const table of [aliases.aliases, aliases.broader]) {
      for (const [country, targets] of Object.entries(table)) {
        for (const [code, names] of Object.entries(targets as Record<string, string[]>)) {
          expect(isRegionOf(code, country), `${country} ${code}`).toBe(true);
          for (const name of names) expect(region(name, country), `${country} ${name}`).toBe(code);
        }
      }
    }
  });

  it('does not take a region of another country, and says whose it is', () => {
    expect(resolveRegion('ES51', 'TN')).toEqual({ ok: false, otherCountry: 'ES' });
    expect(resolveRegion('Attica', 'TN')).toEqual({ ok: false });
    expect(resolveRegion('Nowhere', 'ES')).toEqual({ ok: false });
    expect(resolveRegion('Tunis', 'XK')).toEqual({ ok: false });
  });
});

describe('resolveRegion: placeholders', () => {
  it.each(['NA', 'N/A', 'n.a.', 'n / a'])('reads %j as no region, not as a code', (text) => {
    expect(resolveRegion(text, 'IT')).toEqual({ ok: false });
    expect(resolveRegion(text, 'ES')).toEqual({ ok: false });
  });
});
