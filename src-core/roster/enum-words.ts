/**
 * Words people write in spreadsheets for the app's closed vocabularies, in English, Spanish,
 * French and Italian ("Universidad", "Chambre de commerce", "socio" …), and language names for
 * contacts' languages. Portuguese, Greek, Turkish, Croatian (with Bosnian and Montenegrin) and
 * Arabic words live in enum-words-<language>.ts and are merged in here, list by list. Matched
 * after folding, so case, accents and punctuation do not matter. The codes themselves
 * ("sme-micro", "member") are always accepted too.
 */
import type {
  clusterLabelLevels,
  industrialEcosystems,
  LegalBasis,
  MembershipStatus,
  OrganisationType,
  ShareScope,
} from '../model/enums';
import { arabicWords } from './enum-words-ar';
import { greekWords } from './enum-words-el';
import { croatianWords } from './enum-words-hr';
import { portugueseWords } from './enum-words-pt';
import { turkishWords } from './enum-words-tr';

const baseOrganisationTypeWords: Readonly<Record<OrganisationType, readonly string[]>> = {
  'sme-micro': [
    'micro',
    'micro enterprise',
    'microenterprise',
    'micro company',
    'microempresa',
    'micropyme',
    'micro pyme',
    'micro entreprise',
    'microentreprise',
    'microimpresa',
    'micro impresa',
  ],
  'sme-small': [
    'small',
    'small enterprise',
    'small company',
    'small business',
    'pequeña empresa',
    'pequeña',
    'petite entreprise',
    'petite',
    'piccola impresa',
    'piccola',
  ],
  'sme-medium': [
    'medium',
    'medium enterprise',
    'medium company',
    'medium sized',
    'mediana empresa',
    'mediana',
    'moyenne entreprise',
    'moyenne',
    'media impresa',
    'media',
  ],
  'large-company': [
    'large',
    'large company',
    'large enterprise',
    'gran empresa',
    'grande empresa',
    'grande entreprise',
    'grande impresa',
    'grande azienda',
  ],
  university: ['university', 'universidad', 'université', 'università', 'universitat'],
  rto: [
    'research and technology organisation',
    'research and technology organization',
    'technology centre',
    'technology center',
    'technological centre',
    'centro tecnológico',
    'centre technologique',
    'centre technique',
    'centro tecnologico',
    'centro tecnológico de investigación',
  ],
  'other-knowledge': [
    'other knowledge entity',
    'knowledge entity',
    'research centre',
    'research center',
    'research institute',
    'centro de investigación',
    'instituto de investigación',
    'centre de recherche',
    'institut de recherche',
    'centro di ricerca',
    'istituto di ricerca',
  ],
  'public-authority': [
    'public authority',
    'public administration',
    'government',
    'administración pública',
    'autoridad pública',
    'ayuntamiento',
    'autorité publique',
    'administration publique',
    'collectivité',
    'pubblica amministrazione',
    'autorità pubblica',
    'comune',
  ],
  'business-support': [
    'business support',
    'business support organisation',
    'business support organization',
    'chamber of commerce',
    'chamber',
    'business association',
    'apoyo empresarial',
    'cámara de comercio',
    'asociación empresarial',
    'soutien aux entreprises',
    'chambre de commerce',
    'association professionnelle',
    'supporto alle imprese',
    'camera di commercio',
    'associazione di categoria',
  ],
  financial: [
    'financial',
    'financial actor',
    'finance',
    'bank',
    'investor',
    'financiero',
    'banco',
    'inversor',
    'financier',
    'banque',
    'investisseur',
    'finanziario',
    'banca',
    'investitore',
  ],
  'civil-society': [
    'civil society',
    'ngo',
    'sociedad civil',
    'ong',
    'société civile',
    'società civile',
    'associazione',
    'asociación',
    'association',
  ],
  cluster: ['cluster', 'clúster', 'pôle', 'pôle de compétitivité', 'distretto'],
  other: ['other', 'otro', 'otra', 'autre', 'altro', 'altra'],
};

const baseMembershipStatusWords: Readonly<Record<string, readonly string[]>> = {
  prospect: [
    'prospect',
    'potential',
    'candidate',
    'potencial',
    'candidato',
    'potentiel',
    'potenziale',
  ],
  contacted: ['contacted', 'contactado', 'contactada', 'contacté', 'contactée', 'contattato'],
  engaged: ['engaged', 'involved', 'comprometido', 'implicado', 'engagé', 'impliqué', 'coinvolto'],
  member: [
    'member',
    'miembro',
    'socio',
    'socia',
    'asociado',
    'membre',
    'adhérent',
    'membro',
    'associato',
  ],
  left: [
    'left',
    'former member',
    'former',
    'baja',
    'exmiembro',
    'ex miembro',
    'ancien membre',
    'parti',
    'ex membro',
    'uscito',
  ],
};

const baseLegalBasisWords: Readonly<Record<string, readonly string[]>> = {
  consent: ['consent', 'consentimiento', 'consentement', 'consenso'],
  'legitimate-interest': [
    'legitimate interest',
    'legitimate interests',
    'interés legítimo',
    'intérêt légitime',
    'interesse legittimo',
  ],
  contract: ['contract', 'contrato', 'contrat', 'contratto'],
};

const baseShareScopeWords: Readonly<Record<string, readonly string[]>> = {
  private: ['private', 'privado', 'privada', 'privé', 'privée', 'privato', 'riservato'],
  partners: ['partners', 'partner', 'socios', 'partenaires', 'partenaire'],
  public: ['public', 'público', 'pública', 'publique', 'pubblico'],
};

const baseLabelLevelWords: Readonly<Record<string, readonly string[]>> = {
  gold: ['gold', 'oro', 'or', 'esca gold'],
  silver: ['silver', 'plata', 'argent', 'argento', 'esca silver'],
  bronze: ['bronze', 'bronce', 'bronzo', 'esca bronze'],
};

const baseEcosystemWords: Readonly<Record<string, readonly string[]>> = {
  'aerospace-defence': ['aerospace and defence', 'aerospace & defence', 'aerospace'],
  'agri-food': ['agrifood', 'agri food', 'agroalimentario', 'agroalimentaire', 'agroalimentare'],
  construction: ['construcción', 'costruzioni'],
  'cultural-creative': ['cultural and creative industries', 'cultural and creative'],
  digital: ['digital', 'digitale', 'numérique'],
  electronics: ['electrónica', 'électronique', 'elettronica'],
  'energy-intensive': ['energy intensive industries', 'energy intensive'],
  'energy-renewables': ['renewable energy', 'energy renewables', 'renewables'],
  health: ['salud', 'santé', 'salute'],
  'mobility-transport-automotive': ['mobility transport automotive', 'mobility'],
  'proximity-social-economy': ['proximity social economy and civil security', 'social economy'],
  retail: ['comercio minorista', 'commerce de détail', 'commercio al dettaglio'],
  textile: ['textil', 'tessile'],
  tourism: ['turismo', 'tourisme'],
};

/** Language names to BCP 47 tags (the languages contacts speak around the Mediterranean). */
const baseLanguageWords: Readonly<Record<string, readonly string[]>> = {
  en: ['english', 'inglés', 'anglais', 'inglese'],
  es: ['spanish', 'castilian', 'español', 'castellano', 'espagnol', 'spagnolo'],
  fr: ['french', 'francés', 'français', 'francese'],
  it: ['italian', 'italiano', 'italien'],
  ca: ['catalan', 'catalán', 'català', 'catalano'],
  pt: ['portuguese', 'portugués', 'português', 'portugais', 'portoghese'],
  ar: ['arabic', 'árabe', 'arabe', 'arabo', 'العربية'],
  el: ['greek', 'griego', 'grec', 'greco', 'ελληνικά'],
  tr: ['turkish', 'turco', 'turc', 'türkçe'],
  he: ['hebrew', 'hebreo', 'hébreu', 'ebraico', 'עברית'],
  hr: ['croatian', 'croata', 'croate', 'hrvatski'],
  sl: ['slovenian', 'slovene', 'esloveno', 'slovène', 'sloveno', 'slovenščina'],
  sq: ['albanian', 'albanés', 'albanais', 'albanese', 'shqip'],
  bs: ['bosnian', 'bosnio', 'bosniaque', 'bosniaco', 'bosanski'],
  sr: ['serbian', 'serbio', 'serbe', 'serbo', 'srpski'],
  cnr: ['montenegrin', 'montenegrino', 'monténégrin', 'crnogorski'],
  mt: ['maltese', 'maltés', 'maltais', 'malti'],
  de: ['german', 'alemán', 'allemand', 'tedesco', 'deutsch'],
};

type Words<K extends string> = Readonly<Record<K, readonly string[]>>;

/** One language's words for every list (its enum-words-<language>.ts); a value may have none. */
interface LanguageWords {
  readonly organisationTypes: Words<OrganisationType>;
  readonly membershipStatuses: Words<MembershipStatus>;
  readonly legalBases: Words<LegalBasis>;
  readonly shareScopes: Words<ShareScope>;
  readonly labelLevels: Words<(typeof clusterLabelLevels)[number]>;
  readonly ecosystems: Words<(typeof industrialEcosystems)[number]>;
  readonly languages: Words<string>;
}

/**
 * The languages merged in, each with the other spelling its words are typed in, if any: Greek in
 * capitals folds a final "Σ" to "σ", not "ς" ("ΜΕΛΟΣ" is "μελοσ"); Arabic is often typed with
 * "ه" for a final "ة" and "ي" for "ى".
 */
const moreLanguages: readonly {
  readonly words: LanguageWords;
  readonly variant?: (word: string) => string;
}[] = [
  { words: portugueseWords },
  { words: greekWords, variant: (word) => word.replaceAll('ς', 'σ') },
  { words: turkishWords },
  { words: croatianWords },
  { words: arabicWords, variant: (word) => word.replaceAll('ة', 'ه').replaceAll('ى', 'ي') },
];

/** A list with the words of `moreLanguages` added to each value's own. */
function withMoreLanguages<T extends Words<string>>(list: keyof LanguageWords, own: T): T {
  const merged: Record<string, readonly string[]> = { ...own };
  for (const { words, variant } of moreLanguages) {
    for (const [value, more] of Object.entries<readonly string[]>(words[list])) {
      const variants = variant === undefined ? [] : more.map(variant);
      const added = [...more, ...variants.filter((word) => !more.includes(word))];
      merged[value] = [...(merged[value] ?? []), ...added];
    }
  }
  return merged as T;
}

export const organisationTypeWords = withMoreLanguages(
  'organisationTypes',
  baseOrganisationTypeWords,
);
export const membershipStatusWords = withMoreLanguages(
  'membershipStatuses',
  baseMembershipStatusWords,
);
export const legalBasisWords = withMoreLanguages('legalBases', baseLegalBasisWords);
export const shareScopeWords = withMoreLanguages('shareScopes', baseShareScopeWords);
export const labelLevelWords = withMoreLanguages('labelLevels', baseLabelLevelWords);
export const ecosystemWords = withMoreLanguages('ecosystems', baseEcosystemWords);
export const languageWords = withMoreLanguages('languages', baseLanguageWords);
