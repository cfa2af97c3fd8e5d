/**
 * Built-in value-chain templates for meta-cluster stage 0/3 (scoping and value-chain mapping): a
 * facilitator picks one and gets an ordered list of segments in the workshop's language instead of
 * typing them on the projector. Templates are data; `valueChainFromTemplate` turns one into the
 * editable `ValueChainFields` of a workspace.
 *
 * Compatibility with the sample workspace (src-core/sample/value-chains.ts): the five templates use
 * the sample's chain keys as ids and exactly the sample's segment keys, in the same order, so
 * organisations tagged "<chainId>/<segmentKey>" by the sample (or by a partner who started from a
 * template) line up segment for segment. Every chain ends with the research and technology segment
 * (`rd-technology`), where knowledge entities sit.
 */
import type { ValueChainFields } from '../model/entities';

export const templateLanguages = ['en', 'es', 'fr', 'it'] as const;
export type TemplateLanguage = (typeof templateLanguages)[number];
export type LocalisedNames = Readonly<Record<TemplateLanguage, string>>;

export interface ValueChainTemplateSegment {
  /** Slug, /^[a-z0-9-]{1,40}$/, stable across versions (organisations are tagged with it). */
  readonly key: string;
  readonly names: LocalisedNames;
}

export interface ValueChainTemplate {
  /** Stable slug. */
  readonly id: string;
  readonly names: LocalisedNames;
  /** In value-chain order (upstream first, research and technology last). */
  readonly segments: readonly ValueChainTemplateSegment[];
}

const rdSegment: ValueChainTemplateSegment = {
  key: 'rd-technology',
  names: {
    en: 'R&D and technology',
    es: 'I+D y tecnología',
    fr: 'R&D et technologie',
    it: 'R&S e tecnologia',
  },
};

export const valueChainTemplates: readonly ValueChainTemplate[] = [
  {
    id: 'olive-agrifood',
    names: {
      en: 'Olive oil and Mediterranean agrifood',
      es: 'Aceite de oliva y agroalimentación mediterránea',
      fr: "Huile d'olive et agroalimentaire méditerranéen",
      it: "Olio d'oliva e agroalimentare mediterraneo",
    },
    segments: [
      {
        key: 'inputs',
        names: {
          en: 'Inputs and nurseries',
          es: 'Insumos y viveros',
          fr: 'Intrants et pépinières',
          it: 'Input e vivai',
        },
      },
      {
        key: 'production',
        names: {
          en: 'Olive growing',
          es: 'Olivicultura',
          fr: 'Oléiculture',
          it: 'Olivicoltura',
        },
      },
      {
        key: 'processing',
        names: {
          en: 'Milling and processing',
          es: 'Almazaras y transformación',
          fr: 'Moulins et transformation',
          it: 'Frantoi e trasformazione',
        },
      },
      {
        key: 'packaging-logistics',
        names: {
          en: 'Bottling, packaging and logistics',
          es: 'Envasado, embalaje y logística',
          fr: 'Embouteillage, emballage et logistique',
          it: 'Imbottigliamento, imballaggio e logistica',
        },
      },
      {
        key: 'distribution',
        names: {
          en: 'Distribution and export',
          es: 'Distribución y exportación',
          fr: 'Distribution et export',
          it: 'Distribuzione ed export',
        },
      },
      {
        key: 'end-market',
        names: {
          en: 'Retail and food service',
          es: 'Comercio minorista y restauración',
          fr: 'Commerce de détail et restauration',
          it: 'Dettaglio e ristorazione',
        },
      },
      rdSegment,
    ],
  },
  {
    id: 'aquaculture',
    names: {
      en: 'Aquaculture and blue economy',
      es: 'Acuicultura y economía azul',
      fr: 'Aquaculture et économie bleue',
      it: 'Acquacoltura ed economia blu',
    },
    segments: [
      {
        key: 'inputs',
        names: {
          en: 'Feed, fry and equipment',
          es: 'Piensos, alevines y equipos',
          fr: 'Aliments, alevins et équipements',
          it: 'Mangimi, avannotti e attrezzature',
        },
      },
      {
        key: 'production',
        names: {
          en: 'Fish and shellfish farming',
          es: 'Cría de peces y moluscos',
          fr: 'Élevage de poissons et de coquillages',
          it: 'Allevamento di pesci e molluschi',
        },
      },
      {
        key: 'processing',
        names: {
          en: 'Processing and preservation',
          es: 'Transformación y conservación',
          fr: 'Transformation et conservation',
          it: 'Trasformazione e conservazione',
        },
      },
      {
        key: 'logistics',
        names: {
          en: 'Cold chain and logistics',
          es: 'Cadena de frío y logística',
          fr: 'Chaîne du froid et logistique',
          it: 'Catena del freddo e logistica',
        },
      },
      {
        key: 'distribution',
        names: {
          en: 'Wholesale and export',
          es: 'Venta mayorista y exportación',
          fr: 'Commerce de gros et export',
          it: "Commercio all'ingrosso ed export",
        },
      },
      rdSegment,
    ],
  },
  {
    id: 'tourism',
    names: {
      en: 'Sustainable and cultural tourism',
      es: 'Turismo sostenible y cultural',
      fr: 'Tourisme durable et culturel',
      it: 'Turismo sostenibile e culturale',
    },
    segments: [
      {
        key: 'destination',
        names: {
          en: 'Destination planning and heritage',
          es: 'Planificación del destino y patrimonio',
          fr: 'Aménagement de la destination et patrimoine',
          it: 'Pianificazione della destinazione e patrimonio',
        },
      },
      {
        key: 'accommodation',
        names: {
          en: 'Accommodation',
          es: 'Alojamiento',
          fr: 'Hébergement',
          it: 'Ricettività',
        },
      },
      {
        key: 'food-experiences',
        names: {
          en: 'Food and experiences',
          es: 'Gastronomía y experiencias',
          fr: 'Gastronomie et expériences',
          it: 'Enogastronomia ed esperienze',
        },
      },
      {
        key: 'mobility',
        names: {
          en: 'Transport and mobility',
          es: 'Transporte y movilidad',
          fr: 'Transport et mobilité',
          it: 'Trasporti e mobilità',
        },
      },
      {
        key: 'tour-operators',
        names: {
          en: 'Travel agencies and tour operators',
          es: 'Agencias de viajes y turoperadores',
          fr: 'Agences de voyages et voyagistes',
          it: 'Agenzie di viaggio e tour operator',
        },
      },
      {
        key: 'promotion',
        names: {
          en: 'Marketing and digital promotion',
          es: 'Marketing y promoción digital',
          fr: 'Marketing et promotion numérique',
          it: 'Marketing e promozione digitale',
        },
      },
      rdSegment,
    ],
  },
  {
    id: 'electronics-ict',
    names: {
      en: 'Electronics and ICT',
      es: 'Electrónica y TIC',
      fr: 'Électronique et TIC',
      it: 'Elettronica e ICT',
    },
    segments: [
      {
        key: 'design',
        names: {
          en: 'Design and embedded systems',
          es: 'Diseño y sistemas embebidos',
          fr: 'Conception et systèmes embarqués',
          it: 'Progettazione e sistemi embedded',
        },
      },
      {
        key: 'components',
        names: {
          en: 'Components and manufacturing',
          es: 'Componentes y fabricación',
          fr: 'Composants et fabrication',
          it: 'Componenti e produzione',
        },
      },
      {
        key: 'software',
        names: {
          en: 'Software and services',
          es: 'Software y servicios',
          fr: 'Logiciels et services',
          it: 'Software e servizi',
        },
      },
      {
        key: 'integration',
        names: {
          en: 'Systems integration',
          es: 'Integración de sistemas',
          fr: 'Intégration de systèmes',
          it: 'Integrazione di sistemi',
        },
      },
      {
        key: 'connectivity',
        names: {
          en: 'Networks and telecommunications',
          es: 'Redes y telecomunicaciones',
          fr: 'Réseaux et télécommunications',
          it: 'Reti e telecomunicazioni',
        },
      },
      {
        key: 'end-market',
        names: {
          en: 'Distribution and after-sales',
          es: 'Distribución y posventa',
          fr: 'Distribution et après-vente',
          it: 'Distribuzione e post-vendita',
        },
      },
      rdSegment,
    ],
  },
  {
    id: 'renewables',
    names: {
      en: 'Renewable energy',
      es: 'Energías renovables',
      fr: 'Énergies renouvelables',
      it: 'Energie rinnovabili',
    },
    segments: [
      {
        key: 'development',
        names: {
          en: 'Project development and engineering',
          es: 'Desarrollo de proyectos e ingeniería',
          fr: 'Développement de projets et ingénierie',
          it: 'Sviluppo progetti e ingegneria',
        },
      },
      {
        key: 'equipment',
        names: {
          en: 'Equipment manufacturing',
          es: 'Fabricación de equipos',
          fr: "Fabrication d'équipements",
          it: 'Produzione di apparecchiature',
        },
      },
      {
        key: 'installation',
        names: {
          en: 'Construction and installation',
          es: 'Construcción e instalación',
          fr: 'Construction et installation',
          it: 'Costruzione e installazione',
        },
      },
      {
        key: 'generation',
        names: {
          en: 'Generation and operation',
          es: 'Generación y operación',
          fr: 'Production et exploitation',
          it: 'Generazione ed esercizio',
        },
      },
      {
        key: 'grid-storage',
        names: {
          en: 'Grid, storage and distribution',
          es: 'Red, almacenamiento y distribución',
          fr: 'Réseau, stockage et distribution',
          it: 'Rete, accumulo e distribuzione',
        },
      },
      {
        key: 'energy-services',
        names: {
          en: 'Energy services and efficiency',
          es: 'Servicios energéticos y eficiencia',
          fr: 'Services énergétiques et efficacité',
          it: 'Servizi energetici ed efficienza',
        },
      },
      rdSegment,
    ],
  },
];

/** The template with this id, or undefined. */
export function valueChainTemplateById(id: string): ValueChainTemplate | undefined {
  return valueChainTemplates.find((template) => template.id === id);
}

/**
 * A new value chain from a template, named in `language`: description empty, segments in template
 * order with `order` 0..n-1.
 */
export function valueChainFromTemplate(
  template: ValueChainTemplate,
  language: TemplateLanguage,
): ValueChainFields {
  return {
    name: template.names[language],
    description: '',
    segments: template.segments.map((segment, order) => ({
      key: segment.key,
      name: segment.names[language],
      order,
    })),
  };
}
