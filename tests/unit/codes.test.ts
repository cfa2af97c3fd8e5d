// The shipped code lists (assets/codes/*.json) and their access functions in src-core/codes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_LIST_VERSION,
  NACE_VERSION,
  REGION_LIST_VERSIONS,
  allRegions,
  countryOfNutsCode,
  findCountry,
  findNace,
  findRegion,
  finestRegionsOf,
  isEuCountry,
  isMediterraneanCountry,
  isRegionOf,
  mediterraneanCountries,
  naceDivisions,
  naceLabel,
  naceLanguages,
  naceSections,
  nutsPrefixOf,
  regionListVersionOf,
  regionsOf,
} from '../../src-core/codes';
import { countryCodeSchema, naceCodeSchema, regionCodeSchema } from '../../src-core/model/entities';

const EU_MED = ['ES', 'FR', 'IT', 'MT', 'SI', 'HR', 'GR', 'CY', 'PT'];
const PARTNER_MED = ['BA', 'ME', 'AL', 'TR', 'TN', 'EG', 'JO', 'LB', 'PS', 'IL', 'MA', 'DZ'];
const isoVersion = (
  JSON.parse(readFileSync('node_modules/iso-3166/package.json', 'utf8')) as { version: string }
).version;

describe('countries', () => {
  it('lists every eligible country of PRODUCT.md, EU membership and NUTS codes right', () => {
    for (const code of [...EU_MED, ...PARTNER_MED]) {
      expect(isMediterraneanCountry(code), code).toBe(true);
      expect(findCountry(code)?.isEligible, code).toBe(true);
      expect(isEuCountry(code), code).toBe(EU_MED.includes(code));
    }
    expect(mediterraneanCountries.every((c) => countryCodeSchema.safeParse(c.alpha2).success)).toBe(
      true,
    );
    expect(findCountry('TN')?.alpha3).toBe('TUN');
    expect(findCountry('GR')).toMatchObject({ alpha3: 'GRC', isEu: true, nutsCode: 'EL' });
    expect(findCountry('LY')?.isEligible).toBe(false);
    expect(isMediterraneanCountry('DE')).toBe(false);
    expect(COUNTRY_LIST_VERSION).toBe(`ISO 3166-1 via iso-3166@${isoVersion}`);
  });

  it('maps ISO codes to NUTS prefixes and back (Greece is EL in NUTS)', () => {
    expect(nutsPrefixOf('GR')).toBe('EL');
    expect(nutsPrefixOf('ES')).toBe('ES');
    expect(nutsPrefixOf('TN')).toBeNull();
    expect(nutsPrefixOf('XX')).toBeNull();
    expect(countryOfNutsCode('EL30')).toBe('GR');
    expect(countryOfNutsCode('PT1A')).toBe('PT');
    expect(countryOfNutsCode('DE11')).toBeUndefined();
  });
});

describe('regions', () => {
  it('holds NUTS 2024 levels 1 and 2, with labels as Eurostat publishes them', () => {
    expect(findRegion('ES51')).toMatchObject({
      system: 'nuts',
      country: 'ES',
      level: 2,
      parent: 'ES5',
      name: 'Cataluña',
    });
    expect(findRegion('ES5')).toMatchObject({ level: 1, parent: 'ES' });
    expect(findRegion('EL30')).toMatchObject({ country: 'GR', level: 2, nameLatin: 'Attiki' });
    expect(findRegion('FRL0')?.name).toBe('Provence-Alpes-Côte d’Azur');
    expect(findRegion('HR05')?.name).toBe('Grad Zagreb');
    expect(findRegion('PT1A')?.name).toBe('Grande Lisboa');
    expect(findRegion('PT17')).toBeUndefined(); // NUTS 2021 only
    const es51 = findRegion('ES51');
    expect(es51 && regionListVersionOf(es51)).toBe('NUTS 2024');
    const tunis = findRegion('TN-11');
    expect(tunis && regionListVersionOf(tunis)).toMatch(/^ISO 3166-2 via iso-3166@/);
    expect(REGION_LIST_VERSIONS.nuts).toBe('NUTS 2024');
  });

  it('leaves out Extra-Regio codes and level 3', () => {
    const nuts = allRegions.filter((r) => r.system === 'nuts');
    expect(nuts.some((r) => /Z+$/.test(r.code))).toBe(false);
    expect(nuts.every((r) => r.level === 1 || r.level === 2)).toBe(true);
    expect(findRegion('ITC4')?.level).toBe(2);
    expect(findRegion('ITC41')).toBeUndefined();
  });

  it('uses ISO 3166-2 first-level subdivisions outside the EU', () => {
    expect(findRegion('TN-11')).toMatchObject({
      system: 'iso-3166-2',
      country: 'TN',
      name: 'Tunis',
      level: 1,
      parent: null,
    });
    expect(findRegion('MA-03')?.country).toBe('MA');
    expect(findRegion('BA-BIH')?.country).toBe('BA');
    expect(regionsOf('MA').length).toBe(12); // regions, not the provinces below them
    expect(REGION_LIST_VERSIONS.subdivisions).toBe(`ISO 3166-2 via iso-3166@${isoVersion}`);
  });

  it('gives every EU Mediterranean country NUTS 2 regions and every partner country subdivisions', () => {
    for (const code of EU_MED) {
      const finest = finestRegionsOf(code);
      expect(finest.length, code).toBeGreaterThanOrEqual(1);
      expect(finest.every((r) => r.level === 2 && r.system === 'nuts' && r.country === code)).toBe(
        true,
      );
    }
    for (const code of PARTNER_MED) {
      const finest = finestRegionsOf(code);
      expect(finest.length, code).toBeGreaterThanOrEqual(1);
      expect(finest.every((r) => r.system === 'iso-3166-2' && r.code.startsWith(`${code}-`))).toBe(
        true,
      );
    }
    expect(finestRegionsOf('ES').length).toBe(19);
    expect(finestRegionsOf('EL')).toEqual([]);
  });

  it('has codes the record schema accepts, each unique and in its own country', () => {
    expect(allRegions.every((r) => regionCodeSchema.safeParse(r.code).success)).toBe(true);
    expect(new Set(allRegions.map((r) => r.code)).size).toBe(allRegions.length);
    expect(isRegionOf('ES51', 'ES')).toBe(true);
    expect(isRegionOf('ES51', 'FR')).toBe(false);
    expect(isRegionOf('EL43', 'GR')).toBe(true);
    expect(isRegionOf('NOPE', 'ES')).toBe(false);
  });
});

describe('NACE Rev. 2.1', () => {
  it('has the 22 sections and 87 divisions, versioned', () => {
    expect(NACE_VERSION).toBe('NACE Rev. 2.1');
    expect(
      naceSections()
        .map((s) => s.code)
        .join(''),
    ).toBe('ABCDEFGHIJKLMNOPQRSTUV');
    expect(naceDivisions()).toHaveLength(87);
    expect(naceDivisions('C')).toHaveLength(24);
    expect(naceDivisions('C').every((d) => d.parent === 'C' && d.section === 'C')).toBe(true);
    expect(findNace('26')).toMatchObject({ level: 2, parent: 'C', section: 'C' });
    expect(findNace('K')).toMatchObject({ level: 1, parent: null });
    expect(
      [...naceSections(), ...naceDivisions()].every(
        (e) => naceCodeSchema.safeParse(e.code).success,
      ),
    ).toBe(true);
  });

  it('labels division 26 in English and Spanish, keeping quoted commas intact', () => {
    expect(naceLabel('26', 'en')).toBe('Manufacture of computer, electronic and optical products');
    expect(naceLabel('26', 'es')).toBe(
      'Fabricación de productos informáticos, electrónicos y ópticos',
    );
    expect(naceLabel('26', 'fr')).toBe(
      'Fabrication de produits informatiques, électroniques et optiques',
    );
    expect(naceLabel('A', 'en')).toBe('AGRICULTURE, FORESTRY AND FISHING');
    expect(naceLabel('62', 'en')).toMatch(/^Computer programming/);
  });

  it('falls back to English for a language it does not ship, and accepts regional tags', () => {
    expect(naceLabel('26', 'de')).toBe(naceLabel('26', 'en'));
    expect(naceLabel('26', 'ar')).toBe(naceLabel('26', 'en'));
    expect(naceLabel('26', 'es-ES')).toBe(naceLabel('26', 'es'));
    expect(naceLabel('26', 'EL')).toBe(findNace('26')?.labels.el);
    expect(naceLabel('26.11', 'en')).toBeUndefined();
  });

  it('has a non-empty label in every shipped language', () => {
    for (const entry of [...naceSections(), ...naceDivisions()]) {
      for (const lang of naceLanguages)
        expect(entry.labels[lang].length, `${entry.code} ${lang}`).toBeGreaterThan(0);
    }
  });
});
