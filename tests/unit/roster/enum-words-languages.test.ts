/**
 * The importer's choices and yes/no answers in Portuguese, Greek, Turkish, Croatian and Arabic:
 * the app's own labels (locales/<lang>/codes.json, forms.json, lists.json) read back as their
 * codes, as typed and in capitals, so a spreadsheet exported in one of these languages imports
 * again; words typed the usual other ways are read too; and no list holds a word (folded, with or
 * without spaces, as the importer matches) that means two of its values.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicWords } from '../../../src-core/roster/enum-words-ar';
import { greekWords } from '../../../src-core/roster/enum-words-el';
import { croatianWords } from '../../../src-core/roster/enum-words-hr';
import { portugueseWords } from '../../../src-core/roster/enum-words-pt';
import { turkishWords } from '../../../src-core/roster/enum-words-tr';
import { languageWords } from '../../../src-core/roster/enum-words';
import {
  ecosystemVocabulary,
  labelLevelVocabulary,
  legalBasisVocabulary,
  membershipStatusVocabulary,
  organisationTypeVocabulary,
  shareScopeVocabulary,
  type EnumVocabulary,
  type ImportValue,
} from '../../../src-core/roster/import-field-spec';
import { createImportLookups, readCell } from '../../../src-core/roster/import-values';
import { foldText } from '../../../src-core/roster/normalise';

const context = {
  lookups: createImportLookups({ organisations: [], clusters: [] }),
  country: null,
};

/** The value a cell reads as, or undefined when the importer refuses it. */
function read(cell: string, type: Parameters<typeof readCell>[1]): ImportValue | undefined {
  const result = readCell(cell, type, context);
  return result.ok ? result.value : undefined;
}
const readChoice = (cell: string, vocabulary: EnumVocabulary) =>
  read(cell, { kind: 'enum', vocabulary });
const readYesNo = (cell: string) => read(cell, { kind: 'boolean' });

/** The codes.json groups of the enum fields, with the vocabulary the importer reads them by. */
const vocabularies = {
  organisationTypes: organisationTypeVocabulary,
  membershipStatuses: membershipStatusVocabulary,
  legalBases: legalBasisVocabulary,
  shareScopes: shareScopeVocabulary,
  labelLevels: labelLevelVocabulary,
  ecosystems: ecosystemVocabulary,
} as const;
type Group = keyof typeof vocabularies;

const localeFile = (language: string, area: string) =>
  new URL(`../../../src-renderer/i18n/locales/${language}/${area}.json`, import.meta.url);

function uiLabels(language: string, group: Group): [code: string, label: string][] {
  const file = JSON.parse(readFileSync(localeFile(language, 'codes'), 'utf8')) as {
    codes: Record<Group, Record<string, string>>;
  };
  return Object.entries(file.codes[group]);
}

function uiYesNo(language: string): { yes: string; no: string }[] {
  const forms = JSON.parse(readFileSync(localeFile(language, 'forms'), 'utf8')) as {
    forms: { yes: string; no: string };
  };
  const lists = JSON.parse(readFileSync(localeFile(language, 'lists'), 'utf8')) as {
    lists: { table: { yes: string; no: string } };
  };
  return [forms.forms, lists.lists.table];
}

const languages = [
  { language: 'pt', words: portugueseWords },
  { language: 'el', words: greekWords },
  { language: 'tr', words: turkishWords },
  { language: 'hr', words: croatianWords },
  { language: 'ar', words: arabicWords },
];

describe.each(languages)('in $language', ({ language, words }) => {
  it.each(['organisationTypes', 'membershipStatuses'] as const)(
    'reads every UI label of %s back as its code',
    (group) => {
      const labels = uiLabels(language, group);
      expect(labels).toHaveLength(vocabularies[group].values.length);
      for (const [code, label] of labels) {
        expect(readChoice(label, vocabularies[group]), label).toBe(code);
        expect(readChoice(label.toUpperCase(), vocabularies[group]), label).toBe(code);
      }
    },
  );

  it.each(['legalBases', 'shareScopes', 'labelLevels', 'ecosystems'] as const)(
    'reads every UI label of %s back as its code',
    (group) => {
      for (const [code, label] of uiLabels(language, group)) {
        expect(readChoice(label, vocabularies[group]), label).toBe(code);
        expect(readChoice(label.toUpperCase(), vocabularies[group]), label).toBe(code);
      }
    },
  );

  it('reads the yes and no the UI shows', () => {
    for (const { yes, no } of uiYesNo(language)) {
      expect([readYesNo(yes), readYesNo(yes.toUpperCase())], yes).toEqual([true, true]);
      expect([readYesNo(no), readYesNo(no.toUpperCase())], no).toEqual([false, false]);
    }
  });

  it('has words for every value of every list', () => {
    for (const group of Object.keys(vocabularies) as Group[]) {
      const values: Readonly<Record<string, readonly string[]>> = words[group];
      for (const value of vocabularies[group].values) {
        expect(values[value]?.length ?? 0, `${group}.${value}`).toBeGreaterThan(0);
      }
    }
    expect(Object.keys(words.languages).sort()).toEqual(Object.keys(languageWords).sort());
  });
});

describe('yes and no', () => {
  const answers: [language: string, yes: readonly string[], no: readonly string[]][] = [
    ['pt', ['sim', 'Sim', 'SIM', 'S', 'verdadeiro', 'VERDADEIRO'], ['não', 'Não', 'NÃO', 'nao']],
    ['el', ['ναι', 'Ναι', 'ΝΑΙ', 'ΑΛΗΘΕΣ'], ['όχι', 'Όχι', 'ΟΧΙ', 'ΌΧΙ', 'ψευδές']],
    ['tr', ['evet', 'Evet', 'EVET', 'var', 'DOĞRU'], ['hayır', 'Hayır', 'HAYIR', 'hayir', 'yok']],
    ['hr', ['da', 'Da', 'DA', 'istina', 'točno', 'TAČNO'], ['ne', 'Ne', 'NE', 'laž', 'netačno']],
    ['ar', ['نعم', 'صح', 'صحيح'], ['لا', 'ﻻ', 'كلا', 'خطأ', 'خطا']],
    ['en', ['yes', 'Y', 'true', '1', 'x'], ['no', 'N', 'false', '0']],
    ['es, fr, it', ['sí', 'oui', 'sì', 'vrai', 'vero', 'verdadero'], ['non', 'faux', 'falso']],
  ];
  it.each(answers)('reads yes and no in %s', (_language, yes, no) => {
    for (const word of yes) expect(readYesNo(word), word).toBe(true);
    for (const word of no) expect(readYesNo(word), word).toBe(false);
  });

  it('refuses what is neither', () => {
    for (const word of ['maybe', 'talvez', 'ίσως', 'belki', 'možda', 'ربما', 'e', 'h']) {
      expect(readYesNo(word), word).toBeUndefined();
    }
  });
});

describe('words as people type them', () => {
  it.each([
    ['ΜΕΛΟΣ', membershipStatusVocabulary, 'member'],
    ['ΠΡΩΗΝ ΜΕΛΟΣ', membershipStatusVocabulary, 'left'],
    ['ΑΛΛΟΣ ΦΟΡΕΑΣ ΓΝΩΣΗΣ', organisationTypeVocabulary, 'other-knowledge'],
    ['Επιμελητήριο', organisationTypeVocabulary, 'business-support'],
    ['KOBİ MİKRO', organisationTypeVocabulary, 'sme-micro'],
    ['kobi kucuk', organisationTypeVocabulary, 'sme-small'],
    ['İLETİŞİME GEÇİLDİ', membershipStatusVocabulary, 'contacted'],
    ['Ticaret ve Sanayi Odası', organisationTypeVocabulary, 'business-support'],
    ['AÇIK RIZA', legalBasisVocabulary, 'consent'],
    ['Câmara Municipal', organisationTypeVocabulary, 'public-authority'],
    ['Câmara de Comércio', organisationTypeVocabulary, 'business-support'],
    ['ex-membro', membershipStatusVocabulary, 'left'],
    ['Ouro', labelLevelVocabulary, 'gold'],
    ['mikro preduzeće', organisationTypeVocabulary, 'sme-micro'],
    ['Univerzitet', organisationTypeVocabulary, 'university'],
    ['Privredna komora', organisationTypeVocabulary, 'business-support'],
    ['BIVSI CLAN', membershipStatusVocabulary, 'left'],
    ['saglasnost', legalBasisVocabulary, 'consent'],
    ['جامعه', organisationTypeVocabulary, 'university'],
    ['موسسه صغيره', organisationTypeVocabulary, 'sme-small'],
    ['غرفة التجارة والصناعة', organisationTypeVocabulary, 'business-support'],
    ['اخري', organisationTypeVocabulary, 'other'],
    ['الطاقة المتجددة', ecosystemVocabulary, 'energy-renewables'],
    ['Κλωστοϋφαντουργία', ecosystemVocabulary, 'textile'],
  ] as const)('reads “%s”', (cell, vocabulary, code) => {
    expect(readChoice(cell, vocabulary)).toBe(code);
  });

  it('leaves out words that mean more than one value', () => {
    // An SME of no given size, "energy" alone, a "câmara" that may be the town hall's.
    for (const word of ['PME', 'ΜΜΕ', 'KOBİ', 'MSP', 'مؤسسة صغيرة أو متوسطة']) {
      expect(readChoice(word, organisationTypeVocabulary), word).toBeUndefined();
    }
    expect(readChoice('câmara', organisationTypeVocabulary)).toBeUndefined();
    for (const word of ['energia', 'ενέργεια', 'enerji', 'energija', 'الطاقة']) {
      expect(readChoice(word, ecosystemVocabulary), word).toBeUndefined();
    }
  });

  it('reads language names', () => {
    const cell = 'αγγλικά; Türkçe; HIRVATÇA; hrvatski; bosanski; الفرنسية; português; ΕΛΛΗΝΙΚΑ';
    expect(read(cell, { kind: 'languages' })).toEqual(['en', 'tr', 'hr', 'bs', 'fr', 'pt', 'el']);
  });
});

describe('no word means two values of one list', () => {
  const lists = [
    ...Object.entries(vocabularies).map(
      ([name, { values, words }]) => [name, values, words] as const,
    ),
    ['languages', Object.keys(languageWords), languageWords] as const,
  ];
  it.each(lists)('in %s', (_name, values, words) => {
    const meaning = new Map<string, string>();
    const clashes: string[] = [];
    for (const value of values) {
      for (const word of [value, ...(words[value] ?? [])]) {
        const folded = foldText(word);
        // The importer also matches without spaces ("micro enterprise", "microenterprise").
        for (const spelling of new Set([folded, folded.replace(/ /g, '')])) {
          const other = meaning.get(spelling);
          if (other !== undefined && other !== value) clashes.push(`${word}: ${other}, ${value}`);
          meaning.set(spelling, value);
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});
