/** Candidate factors in words ("Shares 2 value-chain segments: Olive oil › Pressing, …"). */
import type { TFunction } from 'i18next';
import type { CandidateFactor } from '../../../src-core/reinforcement';
import { countryName } from '../../i18n/format';
import { naceOption } from '../../ui/pickers';

export interface ExplainContext {
  readonly language: string;
  readonly segmentNames: Readonly<Record<string, string>>;
  readonly organisationNames: Readonly<Record<string, string>>;
}

export function explainFactor(t: TFunction, factor: CandidateFactor, ctx: ExplainContext): string {
  const list = (items: readonly string[]) => items.join(', ');
  switch (factor.kind) {
    case 'segments':
      return t('reinforcement.factors.segments', {
        points: factor.points,
        list: list(factor.segments.map((id) => ctx.segmentNames[id] ?? id)),
      });
    case 'nace':
      return t('reinforcement.factors.nace', {
        points: factor.points,
        list: list(factor.divisions.map((code) => naceOption(code, ctx.language).label)),
      });
    case 'partners':
      return t('reinforcement.factors.partners', {
        points: factor.points,
        list: list(factor.companyIds.map((id) => ctx.organisationNames[id] ?? id)),
      });
    case 'place':
      return factor.level === 'region'
        ? t('reinforcement.factors.region', { points: factor.points, code: factor.code })
        : t('reinforcement.factors.country', {
            points: factor.points,
            country: countryName(factor.code, ctx.language),
          });
    case 'languages':
      return t('reinforcement.factors.languages', {
        points: factor.points,
        list: list(factor.languages),
      });
    default: {
      const unknown: never = factor;
      return String(unknown);
    }
  }
}
