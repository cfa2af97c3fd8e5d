/**
 * Importable fields of clusters and organisations, with the column headers that mean them in
 * English, Spanish, French and Italian.
 */
import {
  ecosystemVocabulary,
  field,
  labelLevelVocabulary,
  organisationTypeVocabulary,
  type ImportField,
} from './import-field-spec';

const countryWords = ['country', 'country code', 'país', 'código de país', 'pays', 'code pays'];
const countryWordsIt = ['paese', 'nazione', 'stato', 'codice paese'];
const regionWords = [
  'region',
  'nuts',
  'nuts code',
  'nuts region',
  'nuts 2',
  'subdivision',
  'state/province',
  'province',
  'county',
];
const regionWordsRomance = [
  'región',
  'comunidad autónoma',
  'région',
  'gouvernorat',
  'wilaya',
  'regione',
  'governorate',
  'provincia',
  'comunidad',
];
const naceWords = ['nace', 'nace code', 'nace codes', 'nace rev 2', 'sector code', 'código nace'];
const naceWordsRomance = ['códigos nace', 'cnae', 'code nace', 'code naf', 'codice nace', 'ateco'];
const websiteWords = ['website', 'web', 'web site', 'url', 'homepage', 'sitio web', 'página web'];
const websiteWordsRomance = ['site web', 'site internet', 'sito web', 'sito internet', 'sito'];

const orgNameWords = [
  'name',
  'organisation name',
  'organization name',
  'company name',
  'nombre',
  'razón social',
  'nombre de la organización',
  'nombre de la entidad',
  'nom',
  'raison sociale',
  "nom de l'organisation",
  "nom de l'entreprise",
  'nome',
  'ragione sociale',
  "nome dell'organizzazione",
  'denominazione',
];

export const clusterFields: readonly ImportField[] = [
  field(
    'name',
    { kind: 'text', max: 200 },
    [
      'name',
      'cluster name',
      'nombre',
      'nombre del clúster',
      'nom',
      'nom du cluster',
      'nom du pôle',
      'nome',
      'nome del cluster',
      'denominazione',
    ],
    { isRequired: true },
  ),
  field('country', { kind: 'country' }, [...countryWords, ...countryWordsIt], { isRequired: true }),
  field('region', { kind: 'region' }, [...regionWords, ...regionWordsRomance]),
  field('ecosystems', { kind: 'enum-list', vocabulary: ecosystemVocabulary }, [
    'ecosystems',
    'ecosystem',
    'industrial ecosystems',
    'ecosistemas',
    'ecosistema',
    'écosystèmes',
    'écosystème',
    'ecosistemi',
  ]),
  field('naceCodes', { kind: 'nace' }, [...naceWords, ...naceWordsRomance], { defaultValue: [] }),
  field('managementFte', { kind: 'number', min: 0, max: 1000 }, [
    'management fte',
    'fte',
    'management staff fte',
    'personal de gestión',
    'equipo de gestión',
    'etp',
    'etp de gestion',
    'personnel de gestion',
    'personale di gestione',
    'ula',
  ]),
  field('website', { kind: 'url' }, [...websiteWords, ...websiteWordsRomance]),
  field(
    'hasEnglishWebsite',
    { kind: 'boolean' },
    [
      'english website',
      'website in english',
      'web en inglés',
      'sitio web en inglés',
      'site en anglais',
      'site web en anglais',
      'sito in inglese',
      'sito web in inglese',
    ],
    { defaultValue: false },
  ),
  field('label.level', { kind: 'enum', vocabulary: labelLevelVocabulary }, [
    'label',
    'esca label',
    'cluster label',
    'label level',
    'sello',
    'sello esca',
    'etiqueta',
    'label esca',
    'niveau du label',
    'marchio',
    'livello label',
  ]),
  field('label.expires', { kind: 'date' }, [
    'label expiry',
    'label expires',
    'label valid until',
    'label expiry date',
    'caducidad del sello',
    'sello válido hasta',
    'vencimiento del sello',
    'expiration du label',
    "label valable jusqu'au",
    'scadenza label',
    'scadenza del label',
  ]),
];

export const organisationFields: readonly ImportField[] = [
  field('name', { kind: 'text', max: 200 }, orgNameWords, { isRequired: true }),
  field(
    'type',
    { kind: 'enum', vocabulary: organisationTypeVocabulary },
    [
      'type',
      'organisation type',
      'organization type',
      'type of organisation',
      'category',
      'tipo',
      'tipo de organización',
      'tipo de entidad',
      'categoría',
      "type d'organisation",
      'type de structure',
      'catégorie',
      'tipologia',
      'tipo di organizzazione',
      'categoria',
    ],
    { isRequired: true },
  ),
  field('country', { kind: 'country' }, [...countryWords, ...countryWordsIt], { isRequired: true }),
  field('region', { kind: 'region' }, [...regionWords, ...regionWordsRomance]),
  field('naceCodes', { kind: 'nace' }, [...naceWords, ...naceWordsRomance], { defaultValue: [] }),
  field('website', { kind: 'url' }, [...websiteWords, ...websiteWordsRomance]),
  field(
    'offers',
    { kind: 'list', max: 200 },
    ['offers', 'offer', 'ofertas', 'oferta', 'ofrece', 'offres', 'offre', 'offerte', 'offerta'],
    { defaultValue: [] },
  ),
  field(
    'needs',
    { kind: 'list', max: 200 },
    ['needs', 'need', 'necesidades', 'necesidad', 'besoins', 'besoin', 'bisogni', 'esigenze'],
    { defaultValue: [] },
  ),
];
