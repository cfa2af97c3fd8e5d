/**
 * Per-country profile of the sample: naming traditions, legal forms, the languages contacts
 * speak (BCP 47), and a few real towns with the region code they lie in.
 */
import type { PeopleKitKey } from './names-people';
import type { OrgKitKey } from './names-orgs';

export interface SampleCountry {
  readonly people: PeopleKitKey;
  readonly orgs: OrgKitKey;
  /** Legal forms for small firms, then for large ones. */
  readonly legalSmall: readonly string[];
  readonly legalLarge: readonly string[];
  /** Languages most contacts speak; the first is the main one. */
  readonly languages: readonly string[];
  /** Languages some contacts also speak. */
  readonly extraLanguages: readonly string[];
  /** Towns beyond the clusters' own, as [town, region code]. */
  readonly places: readonly (readonly [string, string])[];
}

// prettier-ignore
export const sampleCountries: Readonly<Record<string, SampleCountry>> = {
  ES: { people: 'es', orgs: 'es', legalSmall: ['S.L.', 'S.L.', 'S.Coop.'], legalLarge: ['S.A.'], languages: ['es'], extraLanguages: ['en', 'fr', 'ca'], places: [['Madrid', 'ES30'], ['Zaragoza', 'ES24'], ['Bilbao', 'ES21'], ['Valladolid', 'ES41'], ['Palma', 'ES53']] },
  FR: { people: 'fr', orgs: 'fr', legalSmall: ['SARL', 'SAS', 'SAS'], legalLarge: ['SA'], languages: ['fr'], extraLanguages: ['en', 'it', 'es'], places: [['Lyon', 'FRK2'], ['Montpellier', 'FRJ1'], ['Bordeaux', 'FRI1'], ['Ajaccio', 'FRM0'], ['Grenoble', 'FRK2']] },
  IT: { people: 'it', orgs: 'it', legalSmall: ['S.r.l.', 'S.r.l.', 'Soc. Coop.'], legalLarge: ['S.p.A.'], languages: ['it'], extraLanguages: ['en', 'fr', 'es'], places: [['Roma', 'ITI4'], ['Milano', 'ITC4'], ['Genova', 'ITC3'], ['Bologna', 'ITH5'], ['Firenze', 'ITI1']] },
  PT: { people: 'pt', orgs: 'pt', legalSmall: ['Lda.', 'Lda.', 'Unipessoal Lda.'], legalLarge: ['S.A.'], languages: ['pt'], extraLanguages: ['en', 'es', 'fr'], places: [['Lisboa', 'PT1A'], ['Porto', 'PT11'], ['Coimbra', 'PT19'], ['Setúbal', 'PT1B']] },
  GR: { people: 'el', orgs: 'el', legalSmall: ['I.K.E.', 'O.E.', 'E.P.E.'], legalLarge: ['A.E.'], languages: ['el'], extraLanguages: ['en', 'de', 'fr'], places: [['Athina', 'EL30'], ['Thessaloniki', 'EL52'], ['Patra', 'EL63'], ['Ioannina', 'EL54']] },
  CY: { people: 'el', orgs: 'en', legalSmall: ['Ltd'], legalLarge: ['Public Ltd'], languages: ['el', 'en'], extraLanguages: ['tr', 'ru'], places: [['Nicosia', 'CY00'], ['Famagusta', 'CY00']] },
  MT: { people: 'mt', orgs: 'en', legalSmall: ['Ltd'], legalLarge: ['p.l.c.'], languages: ['mt', 'en'], extraLanguages: ['it'], places: [['Sliema', 'MT00'], ['Mosta', 'MT00'], ['Victoria', 'MT00']] },
  SI: { people: 'sl', orgs: 'sl', legalSmall: ['d.o.o.', 'd.o.o.', 's.p.'], legalLarge: ['d.d.'], languages: ['sl'], extraLanguages: ['en', 'de', 'it', 'hr'], places: [['Maribor', 'SI03'], ['Celje', 'SI03'], ['Ljubljana', 'SI04']] },
  HR: { people: 'hr', orgs: 'hr', legalSmall: ['d.o.o.', 'j.d.o.o.'], legalLarge: ['d.d.'], languages: ['hr'], extraLanguages: ['en', 'de', 'it'], places: [['Zagreb', 'HR05'], ['Osijek', 'HR02'], ['Varaždin', 'HR06'], ['Split', 'HR03']] },
  BA: { people: 'bs', orgs: 'bs', legalSmall: ['d.o.o.'], legalLarge: ['d.d.'], languages: ['bs'], extraLanguages: ['en', 'de', 'hr', 'sr'], places: [['Sarajevo', 'BA-BIH'], ['Banja Luka', 'BA-SRP'], ['Tuzla', 'BA-BIH'], ['Brčko', 'BA-BRC']] },
  ME: { people: 'bs', orgs: 'bs', legalSmall: ['d.o.o.'], legalLarge: ['a.d.'], languages: ['sr'], extraLanguages: ['en', 'ru', 'it'], places: [['Podgorica', 'ME-16'], ['Bar', 'ME-02'], ['Budva', 'ME-05'], ['Nikšić', 'ME-12'], ['Herceg Novi', 'ME-08']] },
  AL: { people: 'sq', orgs: 'sq', legalSmall: ['sh.p.k.'], legalLarge: ['sh.a.'], languages: ['sq'], extraLanguages: ['en', 'it', 'el'], places: [['Tiranë', 'AL-11'], ['Durrës', 'AL-02'], ['Shkodër', 'AL-10'], ['Korçë', 'AL-06']] },
  TR: { people: 'tr', orgs: 'tr', legalSmall: ['Ltd. Şti.', 'Ltd. Şti.'], legalLarge: ['A.Ş.'], languages: ['tr'], extraLanguages: ['en', 'de'], places: [['Ankara', 'TR-06'], ['Antalya', 'TR-07'], ['Mersin', 'TR-33'], ['Bursa', 'TR-16'], ['Adana', 'TR-01']] },
  TN: { people: 'maghreb', orgs: 'fr', legalSmall: ['SARL', 'SUARL'], legalLarge: ['SA'], languages: ['ar', 'fr'], extraLanguages: ['en', 'it'], places: [['Tunis', 'TN-11'], ['Sousse', 'TN-51'], ['Bizerte', 'TN-23'], ['Gabès', 'TN-81'], ['Nabeul', 'TN-21']] },
  MA: { people: 'maghreb', orgs: 'fr', legalSmall: ['SARL', 'SARL AU'], legalLarge: ['SA'], languages: ['ar', 'fr'], extraLanguages: ['en', 'es', 'zgh'], places: [['Casablanca', 'MA-06'], ['Rabat', 'MA-04'], ['Tanger', 'MA-01'], ['Agadir', 'MA-09'], ['Oujda', 'MA-02']] },
  DZ: { people: 'maghreb', orgs: 'fr', legalSmall: ['SARL', 'EURL'], legalLarge: ['SPA'], languages: ['ar', 'fr'], extraLanguages: ['en', 'kab'], places: [['Alger', 'DZ-16'], ['Constantine', 'DZ-25'], ['Annaba', 'DZ-23'], ['Tlemcen', 'DZ-13'], ['Béjaïa', 'DZ-06']] },
  EG: { people: 'mashriq', orgs: 'ar', legalSmall: ['LLC', 'LLC'], legalLarge: ['S.A.E.'], languages: ['ar'], extraLanguages: ['en', 'fr'], places: [['Cairo', 'EG-C'], ['Alexandria', 'EG-ALX'], ['Giza', 'EG-GZ'], ['Port Said', 'EG-PTS'], ['Mansoura', 'EG-DK']] },
  JO: { people: 'mashriq', orgs: 'ar', legalSmall: ['LLC'], legalLarge: ['PSC'], languages: ['ar'], extraLanguages: ['en'], places: [['Amman', 'JO-AM'], ['Irbid', 'JO-IR'], ['Zarqa', 'JO-AZ'], ['Salt', 'JO-BA']] },
  LB: { people: 'mashriq', orgs: 'fr', legalSmall: ['SARL'], legalLarge: ['SAL'], languages: ['ar', 'fr'], extraLanguages: ['en'], places: [['Beyrouth', 'LB-BA'], ['Tripoli', 'LB-AS'], ['Zahlé', 'LB-BI'], ['Jounieh', 'LB-JL'], ['Saïda', 'LB-JA']] },
  PS: { people: 'mashriq', orgs: 'ar', legalSmall: ['Co. Ltd'], legalLarge: ['PLC'], languages: ['ar'], extraLanguages: ['en'], places: [['Ramallah', 'PS-RBH'], ['Bethlehem', 'PS-BTH'], ['Hebron', 'PS-HBN'], ['Jenin', 'PS-JEN']] },
  IL: { people: 'he', orgs: 'en', legalSmall: ['Ltd.'], legalLarge: ['Ltd.'], languages: ['he'], extraLanguages: ['en', 'ar', 'ru', 'fr'], places: [['Tel Aviv', 'IL-TA'], ['Jerusalem', 'IL-JM'], ['Beersheba', 'IL-D'], ['Rehovot', 'IL-M'], ['Nazareth', 'IL-Z']] },
};

export function sampleCountryOf(code: string): SampleCountry {
  const country = sampleCountries[code];
  if (!country) throw new Error(`No sample profile for country ${code}`);
  return country;
}
