/** Translated labels of the closed vocabularies (codes.json), for cells, filters and exports. */
import type { TFunction } from 'i18next';
import type {
  LegalBasis,
  MembershipStatus,
  OrganisationType,
  ShareScope,
} from '../../../../src-core/model/enums';

export function organisationTypeLabel(t: TFunction, value: string): string {
  return t(`codes.organisationTypes.${value as OrganisationType}`);
}

export function membershipStatusLabel(t: TFunction, value: string): string {
  return t(`codes.membershipStatuses.${value as MembershipStatus}`);
}

export function legalBasisLabel(t: TFunction, value: string): string {
  return t(`codes.legalBases.${value as LegalBasis}`);
}

export function shareScopeLabel(t: TFunction, value: string): string {
  return t(`codes.shareScopes.${value as ShareScope}`);
}

export const yesNo = ['yes', 'no'] as const;

export function yesNoLabel(t: TFunction, value: string): string {
  return value === 'yes' ? t('lists.table.yes') : t('lists.table.no');
}
