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
import { uiLanguages, type UiLanguage } from '../model/workspace';
import ar from './template-names/ar.json' with { type: 'json' };
import el from './template-names/el.json' with { type: 'json' };
import en from './template-names/en.json' with { type: 'json' };
import es from './template-names/es.json' with { type: 'json' };
import fr from './template-names/fr.json' with { type: 'json' };
import hr from './template-names/hr.json' with { type: 'json' };
import it from './template-names/it.json' with { type: 'json' };
import pt from './template-names/pt.json' with { type: 'json' };
import tr from './template-names/tr.json' with { type: 'json' };

/** Templates are named in every UI language. */
export const templateLanguages = uiLanguages;
export type TemplateLanguage = UiLanguage;
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

/**
 * The names, one file per language (template-names/<lang>.json: "<template id>" and
 * "<template id>/<segment key>"), written by the team with each language's glossary
 * (docs/glossary/). A name a language lacks reads in English; a test keeps every file complete.
 */
export const templateNames: Readonly<Record<TemplateLanguage, Readonly<Record<string, string>>>> = {
  en,
  fr,
  ar,
  es,
  it,
  el,
  tr,
  pt,
  hr,
};

function namesOf(key: string): LocalisedNames {
  return Object.fromEntries(
    templateLanguages.map((language) => [
      language,
      templateNames[language][key] ?? templateNames.en[key] ?? key,
    ]),
  ) as Record<TemplateLanguage, string>;
}

/** The chains and their segments, in value-chain order; every chain ends with R&D. */
const structure: readonly { id: string; segments: readonly string[] }[] = [
  {
    id: 'olive-agrifood',
    segments: [
      'inputs',
      'production',
      'processing',
      'packaging-logistics',
      'distribution',
      'end-market',
      'rd-technology',
    ],
  },
  {
    id: 'aquaculture',
    segments: ['inputs', 'production', 'processing', 'logistics', 'distribution', 'rd-technology'],
  },
  {
    id: 'tourism',
    segments: [
      'destination',
      'accommodation',
      'food-experiences',
      'mobility',
      'tour-operators',
      'promotion',
      'rd-technology',
    ],
  },
  {
    id: 'electronics-ict',
    segments: [
      'design',
      'components',
      'software',
      'integration',
      'connectivity',
      'end-market',
      'rd-technology',
    ],
  },
  {
    id: 'renewables',
    segments: [
      'development',
      'equipment',
      'installation',
      'generation',
      'grid-storage',
      'energy-services',
      'rd-technology',
    ],
  },
];

export const valueChainTemplates: readonly ValueChainTemplate[] = structure.map(
  ({ id, segments }) => ({
    id,
    names: namesOf(id),
    segments: segments.map((key) => ({ key, names: namesOf(`${id}/${key}`) })),
  }),
);

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
