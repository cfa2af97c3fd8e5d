/**
 * Word lists and templates for fictional organisation names, per naming language. Templates use
 * {W} a value-chain word, {X} a research field, {C} a city, {CL} the city in the case the
 * language needs after "in"/"of" (locative or genitive), {F}/{F2} family names, {B} a brand word.
 */
import type { ChainKey } from './value-chains';

export type OrgKitKey =
  'es' | 'fr' | 'it' | 'pt' | 'el' | 'en' | 'ar' | 'sl' | 'hr' | 'bs' | 'sq' | 'tr';

export type OrgCategory =
  | 'company'
  | 'university'
  | 'rto'
  | 'otherKnowledge'
  | 'publicAuthority'
  | 'businessSupport'
  | 'financial'
  | 'civilSociety'
  | 'cluster';

export interface OrgKit {
  readonly chainWords: Readonly<Record<ChainKey, readonly string[]>>;
  readonly fields: Readonly<Record<ChainKey, string>>;
  readonly brands: readonly string[];
  readonly templates: Readonly<Record<OrgCategory, readonly string[]>>;
  /** Declined city forms ({CL}); a city missing here is used as is. */
  readonly declined?: Readonly<Record<string, string>>;
  /** French elision: "de Oran" → "d'Oran". */
  readonly elides?: boolean;
}

// prettier-ignore
const en: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Olive Oil', 'Olive Groves', 'Agro Foods', 'Organic Farms', 'Food Industries'],
    aquaculture: ['Aquaculture', 'Fish Farms', 'Marine Foods', 'Seafood', 'Blue Harvest'],
    tourism: ['Tours', 'Travel', 'Hospitality', 'Heritage Trails', 'Eco Lodges'],
    'electronics-ict': ['Electronics', 'Software', 'Systems', 'Microsystems', 'Digital Solutions'],
    renewables: ['Solar', 'Renewables', 'Energy Solutions', 'Wind Power', 'Clean Energy'],
  },
  fields: {
    'olive-agrifood': 'Food Technology',
    aquaculture: 'Marine Sciences',
    tourism: 'Tourism and Heritage Studies',
    'electronics-ict': 'Microelectronics',
    renewables: 'Renewable Energy',
  },
  brands: ['Phoenix', 'Horizon', 'Meridian', 'Harbour', 'Coral', 'Lighthouse', 'Citadel', 'Mediterra', 'Carob', 'Sunrise', 'Falcon', 'Blue Coast'],
  templates: {
    company: ['{B} {W}', '{C} {W}', '{F} {W}', '{F} & {F2} {W}', '{B} {W} Group'],
    university: ['University of {C}', '{C} University', '{C} Technical University', '{B} University'],
    rto: ['{C} Institute of {X}', 'National Centre for {X}', '{X} Research Centre', '{B} Research Institute'],
    otherKnowledge: ['{C} Science Park', '{C} Technology Transfer Office', '{B} Innovation Foundation'],
    publicAuthority: ['{C} Municipality', '{C} Regional Development Agency', '{C} Governorate Investment Office'],
    businessSupport: ['{C} Chamber of Commerce and Industry', '{C} Business Incubator', '{B} Business Association', '{C} Export Promotion Centre'],
    financial: ['{B} Development Bank', '{C} Microfinance Fund', '{B} Capital Partners', '{C} Cooperative Bank'],
    civilSociety: ["{C} Women's Cooperative", '{B} Environmental Society', '{C} Youth Innovation Network', 'Friends of {C} Association'],
    cluster: ['{C} {W} Cluster', '{B} {W} Network'],
  },
};

/** Arabic-speaking partner countries that name firms in English (EG, JO, PS). */
// prettier-ignore
const ar: OrgKit = {
  ...en,
  brands: ['Al-Nour', 'Al-Amal', 'Al-Waha', 'Al-Fajr', 'Al-Sharq', 'Al-Hilal', 'Al-Rayan', 'Nile Valley', 'Jasmine', 'Olive Branch', 'Cedar', 'Sinai'],
  templates: {
    ...en.templates,
    company: ['{B} {W}', '{B} for {W}', '{F} {W}', '{F} Brothers {W}', '{C} {W}', '{B} {W} Group'],
  },
};

// prettier-ignore
const es: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Aceites', 'Almazara', 'Olivarera', 'Oleícola', 'Agroalimentaria'],
    aquaculture: ['Acuicultura', 'Piscifactoría', 'Mariscos', 'Pescados', 'Cultivos Marinos'],
    tourism: ['Turismo', 'Viajes', 'Hoteles', 'Rutas', 'Experiencias'],
    'electronics-ict': ['Sistemas', 'Electrónica', 'Software', 'Tecnologías', 'Soluciones Digitales'],
    renewables: ['Energías', 'Solar', 'Eólica', 'Renovables', 'Ingeniería Energética'],
  },
  fields: {
    'olive-agrifood': 'Olivar y Aceite',
    aquaculture: 'Acuicultura Marina',
    tourism: 'Turismo Sostenible',
    'electronics-ict': 'Microelectrónica',
    renewables: 'Energía Solar',
  },
  brands: ['Sol', 'Mar', 'Oliva', 'Nova', 'Ibérica', 'Alba', 'Levante', 'Sierra', 'Brisa', 'Atalaya', 'Aurora', 'Mediterránea'],
  templates: {
    company: ['{W} {B}', '{W} de {C}', '{W} {F}', 'Hermanos {F}', '{W} {F} y {F2}', 'Grupo {B}', '{B} {W}'],
    university: ['Universidad de {C}', 'Universidad Politécnica de {C}', 'Universidad {B}'],
    rto: ['Centro Tecnológico de {X}', 'Instituto de Investigación en {X}', 'Centro Tecnológico {B}'],
    otherKnowledge: ['Parque Científico de {C}', 'Fundación {B} para la Innovación', 'Oficina de Transferencia de {C}'],
    publicAuthority: ['Ayuntamiento de {C}', 'Agencia de Desarrollo Local de {C}', 'Diputación de {C}'],
    businessSupport: ['Cámara de Comercio de {C}', 'Asociación de Empresarios de {C}', 'Incubadora {B}', 'Confederación de Empresarios de {C}'],
    financial: ['Caja Rural de {C}', 'Fondo {B} Capital Riesgo', 'Sociedad de Garantía Recíproca de {C}'],
    civilSociety: ['Asociación {B}', 'Fundación {F}', 'Cooperativa Social {B}', 'Asociación Vecinal de {C}'],
    cluster: ['Clúster {W} de {C}', 'Asociación Clúster {B}'],
  },
};

// prettier-ignore
const fr: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Huilerie', 'Oléicole', 'Oliveraie', 'Agroalimentaire', 'Conserverie'],
    aquaculture: ['Aquaculture', 'Pisciculture', 'Produits de la Mer', 'Conchyliculture', 'Marée'],
    tourism: ['Voyages', 'Tourisme', 'Hôtellerie', 'Séjours', 'Découvertes'],
    'electronics-ict': ['Électronique', 'Systèmes', 'Logiciels', 'Technologies', 'Informatique'],
    renewables: ['Énergies', 'Solaire', 'Éolien', 'Énergies Nouvelles', 'Ingénierie Énergétique'],
  },
  fields: {
    'olive-agrifood': 'Oléiculture',
    aquaculture: 'Aquaculture Marine',
    tourism: 'Tourisme Durable',
    'electronics-ict': 'Microélectronique',
    renewables: 'Énergie Solaire',
  },
  brands: ['Azur', 'Soleil', 'Atlas', 'Jasmin', 'Horizon', 'Méditerranée', 'Oasis', 'Carthage', 'Palmeraie', 'Mistral', 'Étoile', 'Sirocco'],
  templates: {
    company: ['Société {W} de {C}', '{W} {B}', '{W} {F}', '{W} de {C}', '{F} et Fils', 'Groupe {B}', '{B} {W}'],
    university: ['Université de {C}', 'École Nationale d’Ingénieurs de {C}', 'Institut Supérieur des Études Technologiques de {C}'],
    rto: ['Centre Technique de {X}', 'Institut de Recherche en {X}', 'Centre de Recherche {B}', 'Institut National de {X}'],
    otherKnowledge: ['Technopole de {C}', 'Pépinière Scientifique {B}', 'Bureau de Transfert de Technologie de {C}'],
    publicAuthority: ['Commune de {C}', 'Municipalité de {C}', 'Agence Régionale de Développement de {C}'],
    businessSupport: ['Chambre de Commerce et d’Industrie de {C}', 'Centre d’Affaires de {C}', 'Incubateur {B}', 'Union des Entreprises de {C}'],
    financial: ['Banque Régionale de {C}', 'Fonds {B} Capital', 'Caisse de Crédit Mutuel de {C}', 'Microcrédit {B}'],
    civilSociety: ['Association {B}', 'Coopérative Féminine de {C}', 'Association des Jeunes Entrepreneurs de {C}', 'Fondation {F}'],
    cluster: ['Cluster {W} de {C}', 'Pôle {B}'],
  },
  elides: true,
};

// prettier-ignore
const it: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Oleificio', 'Olearia', 'Frantoio', 'Agroalimentare', 'Conserve'],
    aquaculture: ['Acquacoltura', 'Ittica', 'Mitilicoltura', 'Prodotti del Mare', 'Allevamenti Marini'],
    tourism: ['Viaggi', 'Turismo', 'Ospitalità', 'Itinerari', 'Esperienze'],
    'electronics-ict': ['Elettronica', 'Sistemi', 'Software', 'Tecnologie', 'Microsistemi'],
    renewables: ['Energia', 'Solare', 'Eolica', 'Rinnovabili', 'Impianti Energetici'],
  },
  fields: {
    'olive-agrifood': 'Olivicoltura',
    aquaculture: 'Biologia Marina',
    tourism: 'Turismo Sostenibile',
    'electronics-ict': 'Microelettronica',
    renewables: 'Energie Rinnovabili',
  },
  brands: ['Sole', 'Mare', 'Aurora', 'Etna', 'Levante', 'Maestrale', 'Adriatica', 'Trinacria', 'Stella', 'Ulivo', 'Corallo', 'Tirrenia'],
  templates: {
    company: ['{W} {B}', '{W} {F}', '{W} di {C}', '{F} & {F2}', 'Fratelli {F}', '{B} {W}', 'Gruppo {B}'],
    university: ['Università degli Studi di {C}', 'Politecnico di {C}', 'Università {B}'],
    rto: ['Centro Ricerche {X}', 'Istituto di {X}', 'Consorzio di Ricerca {B}'],
    otherKnowledge: ['Parco Scientifico di {C}', 'Fondazione {B} per l’Innovazione', 'Ufficio Trasferimento Tecnologico di {C}'],
    publicAuthority: ['Comune di {C}', 'Agenzia di Sviluppo di {C}', 'Provincia di {C}'],
    businessSupport: ['Camera di Commercio di {C}', 'Confartigianato {C}', 'Incubatore {B}', 'Associazione Industriali di {C}'],
    financial: ['Banca di Credito Cooperativo di {C}', 'Fondo {B} Venture', 'Confidi {C}'],
    civilSociety: ['Associazione {B}', 'Cooperativa Sociale {B}', 'Fondazione {F}', 'Legambiente {C}'],
    cluster: ['Distretto {W} di {C}', 'Cluster {B}'],
  },
};

// prettier-ignore
const pt: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Azeites', 'Lagar', 'Olivais', 'Agroalimentar', 'Conservas'],
    aquaculture: ['Aquacultura', 'Pescado', 'Mariscos', 'Viveiros Marinhos', 'Produtos do Mar'],
    tourism: ['Turismo', 'Viagens', 'Hotelaria', 'Rotas', 'Experiências'],
    'electronics-ict': ['Eletrónica', 'Sistemas', 'Software', 'Tecnologias', 'Soluções Digitais'],
    renewables: ['Energia', 'Solar', 'Eólica', 'Renováveis', 'Engenharia Energética'],
  },
  fields: {
    'olive-agrifood': 'Olivicultura',
    aquaculture: 'Ciências do Mar',
    tourism: 'Turismo Sustentável',
    'electronics-ict': 'Microeletrónica',
    renewables: 'Energia Solar',
  },
  brands: ['Sol', 'Mar', 'Atlântico', 'Lusitana', 'Horizonte', 'Montado', 'Aurora', 'Planície', 'Brisa', 'Alvorada', 'Estrela', 'Farol'],
  templates: {
    company: ['{W} {B}', '{W} de {C}', '{W} {F}', '{F} & Filhos', '{B} {W}', 'Grupo {B}'],
    university: ['Universidade de {C}', 'Instituto Politécnico de {C}', 'Universidade {B}'],
    rto: ['Centro de Investigação em {X}', 'Instituto de {X}', 'Centro Tecnológico {B}'],
    otherKnowledge: ['Parque de Ciência e Tecnologia de {C}', 'Fundação {B}', 'Gabinete de Transferência de Tecnologia de {C}'],
    publicAuthority: ['Câmara Municipal de {C}', 'Agência de Desenvolvimento Regional de {C}', 'Comunidade Intermunicipal de {C}'],
    businessSupport: ['Associação Empresarial de {C}', 'Câmara de Comércio de {C}', 'Incubadora {B}'],
    financial: ['Caixa de Crédito Agrícola de {C}', 'Fundo {B} Capital de Risco'],
    civilSociety: ['Associação {B}', 'Cooperativa {B}', 'Fundação {F}'],
    cluster: ['Cluster {W} de {C}', 'Associação Cluster {B}'],
  },
};

// prettier-ignore
const el: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Elaiourgia', 'Elaiolado', 'Agrotika Proionta', 'Trofima', 'Elies'],
    aquaculture: ['Ichthyokalliergeies', 'Thalassina', 'Aquaculture', 'Ichthyotrofeia', 'Marine Farms'],
    tourism: ['Touristiki', 'Xenodocheia', 'Travel', 'Periigiseis', 'Hospitality'],
    'electronics-ict': ['Pliroforiki', 'Ilektronika', 'Technologies', 'Systems', 'Software'],
    renewables: ['Energeiaki', 'Solar', 'Ananeosimes Piges', 'Energy', 'Aiolika Parka'],
  },
  fields: en.fields,
  brands: ['Minoiki', 'Aigaio', 'Olympos', 'Ionio', 'Kriti Gi', 'Helios', 'Thalassa', 'Delta', 'Kalliston', 'Elea', 'Aetos', 'Galini'],
  templates: {
    company: ['{W} {F}', '{B} {W}', '{F} {W}', '{F} & {F2}', '{C} {W}'],
    university: ['University of {C}', 'Technical University of {C}', 'Agricultural University of {C}'],
    rto: ['Institute of {X} of {C}', 'Hellenic Centre for {X}', '{B} Research Centre'],
    otherKnowledge: ['Science and Technology Park of {C}', '{B} Innovation Hub', 'Technology Transfer Office of {C}'],
    publicAuthority: ['Municipality of {C}', 'Regional Development Agency of {C}', 'Region of {C} Development Office'],
    businessSupport: ['Chamber of Commerce and Industry of {C}', 'Business Association of {C}', '{B} Incubator'],
    financial: ['Cooperative Bank of {C}', '{B} Venture Capital', '{C} Development Fund'],
    civilSociety: ['{B} Cultural Association', "Women's Agricultural Cooperative of {C}", '{B} Environmental Society'],
    cluster: ['{C} {W} Cluster', '{B} Cluster'],
  },
};

// prettier-ignore
const sl: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Oljčno olje', 'Oljarna', 'Živila', 'Agro', 'Kmetijstvo'],
    aquaculture: ['Ribogojstvo', 'Marikultura', 'Ribe', 'Školjke', 'Morski sadeži'],
    tourism: ['Turizem', 'Potovanja', 'Hoteli', 'Doživetja', 'Glamping'],
    'electronics-ict': ['Elektronika', 'Sistemi', 'Informatika', 'Programska oprema', 'Tehnologije'],
    renewables: ['Energija', 'Sončna energija', 'Obnovljivi viri', 'Energetika', 'Inženiring'],
  },
  fields: {
    'olive-agrifood': 'oljkarstvo',
    aquaculture: 'biologijo morja',
    tourism: 'trajnostni turizem',
    'electronics-ict': 'mikroelektroniko',
    renewables: 'obnovljive vire energije',
  },
  brands: ['Alpe', 'Kras', 'Sonce', 'Triglav', 'Lipa', 'Soča', 'Istra', 'Zvezda', 'Bor', 'Jadran', 'Svetlin', 'Meja'],
  templates: {
    company: ['{B} {W}', '{W} {F}', '{F} in {F2}', '{W} {B}', '{C} {W}'],
    university: ['Univerza v {CL}', 'Visoka tehniška šola {C}', 'Fakulteta za tehnologije {C}'],
    rto: ['Inštitut za {X}', 'Razvojni center {B}', 'Kemijski inštitut {C}'],
    otherKnowledge: ['Tehnološki park {C}', 'Center za prenos tehnologij {B}'],
    publicAuthority: ['Občina {C}', 'Regionalna razvojna agencija {C}'],
    businessSupport: ['Gospodarska zbornica {C}', 'Podjetniški inkubator {B}', 'Obrtna zbornica {C}'],
    financial: ['Hranilnica {B}', 'Sklad {B} Kapital'],
    civilSociety: ['Društvo {B}', 'Zavod {B}', 'Zadruga {B}'],
    cluster: ['Grozd {W} {C}', 'Slovenski grozd {B}'],
  },
  declined: { Ljubljana: 'Ljubljani', Kranj: 'Kranju', 'Nova Gorica': 'Novi Gorici', Koper: 'Kopru', Maribor: 'Mariboru', Celje: 'Celju' },
};

// prettier-ignore
const hr: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Maslinarstvo', 'Uljara', 'Agro', 'Prehrana', 'Maslinovo ulje'],
    aquaculture: ['Marikultura', 'Ribogojilište', 'Školjke', 'Riba', 'Plavi ulov'],
    tourism: ['Turizam', 'Putovanja', 'Hoteli', 'Doživljaji', 'Kamp'],
    'electronics-ict': ['Elektronika', 'Sustavi', 'Informatika', 'Softver', 'Tehnologije'],
    renewables: ['Energija', 'Solar', 'Obnovljivi izvori', 'Energetika', 'Vjetroelektrane'],
  },
  fields: {
    'olive-agrifood': 'poljoprivredu i maslinarstvo',
    aquaculture: 'oceanografiju i ribarstvo',
    tourism: 'turizam',
    'electronics-ict': 'elektroniku',
    renewables: 'obnovljive izvore energije',
  },
  brands: ['Jadran', 'Dalmacija', 'Sunce', 'Galeb', 'Lastavica', 'Kvarner', 'Bura', 'Maestral', 'Zvijezda', 'Lavanda', 'Školjka', 'Velebit'],
  templates: {
    company: ['{B} {W}', '{W} {F}', '{F} i {F2}', '{C} {W}', '{W} {B}'],
    university: ['Sveučilište u {CL}', 'Veleučilište u {CL}'],
    rto: ['Institut za {X}', 'Razvojni centar {B}', 'Centar izvrsnosti {B}'],
    otherKnowledge: ['Tehnološki park {C}', 'Znanstveni park {B}'],
    publicAuthority: ['Grad {C}', 'Razvojna agencija {C}', 'Turistička zajednica {C}'],
    businessSupport: ['Hrvatska gospodarska komora {C}', 'Poduzetnički inkubator {B}', 'Obrtnička komora {C}'],
    financial: ['Štedna banka {B}', 'Fond rizičnog kapitala {B}'],
    civilSociety: ['Udruga {B}', 'Zadruga {B}', 'Zaklada {F}'],
    cluster: ['Klaster {W} {C}', 'Hrvatski klaster {B}'],
  },
  declined: {
    Split: 'Splitu', Zadar: 'Zadru', Šibenik: 'Šibeniku', Ston: 'Stonu', Pula: 'Puli', Rovinj: 'Rovinju', Rijeka: 'Rijeci',
    Poreč: 'Poreču', Zagreb: 'Zagrebu', Osijek: 'Osijeku', Varaždin: 'Varaždinu',
  },
};

// prettier-ignore
const bs: OrgKit = {
  ...hr,
  brands: ['Neretva', 'Hercegovina', 'Stari Most', 'Bosna', 'Una', 'Lovćen', 'Sunce', 'Boka', 'Orjen', 'Zvijezda', 'Lipa', 'Jadran'],
  templates: {
    ...hr.templates,
    university: ['Univerzitet u {CL}', 'Visoka škola za turizam {C}'],
    businessSupport: ['Privredna komora {C}', 'Poslovni inkubator {B}', 'Udruženje poslodavaca {C}'],
    publicAuthority: ['Opština {C}', 'Razvojna agencija {C}', 'Turistička organizacija {C}'],
    cluster: ['Klaster {W} {C}', 'Klaster {B}'],
  },
  declined: {
    Mostar: 'Mostaru', Neum: 'Neumu', Konjic: 'Konjicu', Čapljina: 'Čapljini', Sarajevo: 'Sarajevu', 'Banja Luka': 'Banjoj Luci',
    Tuzla: 'Tuzli', Brčko: 'Brčkom', Kotor: 'Kotoru', Dobrota: 'Dobroti', Perast: 'Perastu', Risan: 'Risnu',
    Podgorica: 'Podgorici', Bar: 'Baru', Budva: 'Budvi', Nikšić: 'Nikšiću', 'Herceg Novi': 'Herceg Novom',
  },
};

// prettier-ignore
const sq: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Vaj Ulliri', 'Agro', 'Ushqime', 'Ullishtja', 'Fermat'],
    aquaculture: ['Akuakultura', 'Peshku', 'Midhjet', 'Fryti i Detit', 'Rritja e Peshkut'],
    tourism: ['Turizëm', 'Udhëtime', 'Hotel', 'Resort', 'Eksperienca'],
    'electronics-ict': ['Elektronikë', 'Sisteme', 'Software', 'Teknologji', 'Digital'],
    renewables: ['Energji', 'Solar', 'Energji e Rinovueshme', 'Diellore', 'Inxhinieri Energjie'],
  },
  fields: en.fields,
  brands: ['Adriatik', 'Jon', 'Shqiponja', 'Dielli', 'Riviera', 'Llogara', 'Butrint', 'Apollonia', 'Ylli', 'Kalaja', 'Drini', 'Vjosa'],
  templates: {
    company: ['{B} {W}', '{W} {F}', '{W} {B}', '{F} & {F2}'],
    university: ['Universiteti i {CL}', 'Universiteti Politeknik i {CL}'],
    rto: ['Instituti i Kërkimeve {B}', 'Qendra Kërkimore {B}', '{C} Institute of {X}'],
    otherKnowledge: ['Parku Teknologjik {B}', 'Qendra e Inovacionit {B}'],
    publicAuthority: ['Bashkia {C}', 'Agjencia e Zhvillimit Rajonal {B}'],
    businessSupport: ['Dhoma e Tregtisë dhe Industrisë {B}', 'Inkubatori {B}'],
    financial: ['Banka {B}', 'Fondi {B} Mikrokredi'],
    civilSociety: ['Shoqata {B}', 'Fondacioni {F}', 'Kooperativa {B}'],
    cluster: ['Klasteri {W} {B}', 'Klasteri {B}'],
  },
  declined: {
    Vlorë: 'Vlorës', Himarë: 'Himarës', Orikum: 'Orikumit', Sarandë: 'Sarandës', Tiranë: 'Tiranës', Durrës: 'Durrësit',
    Shkodër: 'Shkodrës', Korçë: 'Korçës',
  },
};

// prettier-ignore
const tr: OrgKit = {
  chainWords: {
    'olive-agrifood': ['Zeytinyağı', 'Zeytincilik', 'Gıda', 'Tarım Ürünleri', 'Zeytin'],
    aquaculture: ['Su Ürünleri', 'Balıkçılık', 'Deniz Ürünleri', 'Yetiştiricilik', 'Midye'],
    tourism: ['Turizm', 'Seyahat', 'Otelcilik', 'Tur', 'Butik Otel'],
    'electronics-ict': ['Elektronik', 'Yazılım', 'Bilişim', 'Teknoloji', 'Sistem'],
    renewables: ['Enerji', 'Güneş Enerjisi', 'Yenilenebilir Enerji', 'Rüzgar Enerjisi', 'Elektrik'],
  },
  fields: {
    'olive-agrifood': 'Zeytincilik',
    aquaculture: 'Su Ürünleri',
    tourism: 'Turizm',
    'electronics-ict': 'Mikroelektronik',
    renewables: 'Yenilenebilir Enerji',
  },
  brands: ['Ege', 'Anadolu', 'Akdeniz', 'Yıldız', 'Deniz', 'Güneş', 'Marmara', 'Efes', 'Toros', 'Mavi', 'Liman', 'Kartal'],
  templates: {
    company: ['{B} {W}', '{F} {W}', '{C} {W}', '{F} ve {F2} {W}', '{B} {W} Grup'],
    university: ['{C} Üniversitesi', '{C} Teknik Üniversitesi', '{B} Üniversitesi'],
    rto: ['{X} Araştırma Enstitüsü', '{C} Teknoloji Merkezi', '{B} Ar-Ge Merkezi'],
    otherKnowledge: ['{C} Teknopark', '{B} Teknoloji Transfer Ofisi'],
    publicAuthority: ['{C} Belediyesi', '{C} Kalkınma Ajansı', '{C} Valiliği Yatırım Destek Ofisi'],
    businessSupport: ['{C} Ticaret ve Sanayi Odası', '{C} İhracatçılar Birliği', '{B} İş Geliştirme Merkezi'],
    financial: ['{B} Katılım Bankası', '{B} Girişim Sermayesi', '{C} Kredi Kooperatifi'],
    civilSociety: ['{B} Derneği', '{C} Kadın Kooperatifi', '{B} Vakfı'],
    cluster: ['{C} {W} Kümesi', '{B} Kümelenme Derneği'],
  },
};

export const orgKits: Readonly<Record<OrgKitKey, OrgKit>> = {
  es,
  fr,
  it,
  pt,
  el,
  en,
  ar,
  sl,
  hr,
  bs,
  sq,
  tr,
};
