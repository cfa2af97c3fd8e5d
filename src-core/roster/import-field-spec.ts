/**
 * The shape of an importable field: its entity key, how its cells are read, whether it is
 * required, its default, and the (folded) column headers that mean it. The fields themselves are
 * listed in import-fields-organisations.ts and import-fields-people.ts.
 */
import type {
  ClusterFields,
  ContactFields,
  MembershipFields,
  OrganisationFields,
} from '../model/entities';
import {
  clusterLabelLevels,
  industrialEcosystems,
  legalBases,
  membershipStatuses,
  organisationTypes,
  shareScopes,
} from '../model/enums';
import {
  ecosystemWords,
  labelLevelWords,
  legalBasisWords,
  membershipStatusWords,
  organisationTypeWords,
  shareScopeWords,
} from './enum-words';
import { foldText } from './normalise';

export const importKinds = ['clusters', 'organisations', 'memberships', 'contacts'] as const;
export type ImportKind = (typeof importKinds)[number];

/** The complete record an import row becomes, per kind. */
export type ImportFieldsByKind = {
  clusters: ClusterFields;
  organisations: OrganisationFields;
  memberships: MembershipFields;
  contacts: ContactFields;
};

/** A cell's value once read (before the record is checked as a whole). */
export type ImportValue = string | number | boolean | null | readonly string[];

export interface EnumVocabulary {
  readonly values: readonly string[];
  /** Words that also mean a value, per value. */
  readonly words: Readonly<Record<string, readonly string[]>>;
  /** i18n key describing what is accepted. */
  readonly accepted: string;
}

/** How a cell is read. Lists are separated by ";" or "|" (or line breaks). */
export type ImportValueType =
  | { readonly kind: 'text'; readonly max: number }
  | { readonly kind: 'list'; readonly max: number }
  | { readonly kind: 'enum'; readonly vocabulary: EnumVocabulary }
  | { readonly kind: 'enum-list'; readonly vocabulary: EnumVocabulary }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly kind: 'date' }
  | { readonly kind: 'country' }
  | { readonly kind: 'region' }
  | { readonly kind: 'nace' }
  | { readonly kind: 'url' }
  | { readonly kind: 'email' }
  | { readonly kind: 'languages' }
  | { readonly kind: 'reference'; readonly target: 'organisations' | 'clusters' };

export interface ImportField {
  /** The entity field ("label.level" for a nested one; "organisationId" for a reference). */
  readonly key: string;
  readonly type: ImportValueType;
  readonly isRequired: boolean;
  /** The value of a blank cell or of a column that is not in the file. */
  readonly defaultValue: ImportValue;
  /** The user is told when this default is used for a whole file (contacts' legal basis). */
  readonly isDefaultAnnounced: boolean;
  /** i18n key naming the default value, for announced defaults ("codes.legalBases.…"). */
  readonly defaultLabelKey: string | null;
  /** Column headers that mean this field, folded (see `foldText`). */
  readonly synonyms: readonly string[];
}

/** Column index per field key; null for a field no column feeds. */
export type ImportMapping = Readonly<Record<string, number | null>>;

function vocab(
  values: readonly string[],
  words: Readonly<Record<string, readonly string[]>>,
  accepted: string,
): EnumVocabulary {
  return { values, words, accepted: `importer.accepted.${accepted}` };
}

export const organisationTypeVocabulary = vocab(
  organisationTypes,
  organisationTypeWords,
  'organisationType',
);
export const membershipStatusVocabulary = vocab(
  membershipStatuses,
  membershipStatusWords,
  'membershipStatus',
);
export const legalBasisVocabulary = vocab(legalBases, legalBasisWords, 'legalBasis');
export const shareScopeVocabulary = vocab(shareScopes, shareScopeWords, 'shareScope');
export const labelLevelVocabulary = vocab(clusterLabelLevels, labelLevelWords, 'labelLevel');
export const ecosystemVocabulary = vocab(industrialEcosystems, ecosystemWords, 'ecosystem');

interface FieldOptions {
  readonly isRequired?: boolean;
  readonly defaultValue?: ImportValue;
  /** i18n key of the default value: given for defaults the user must be told about. */
  readonly announcedAs?: string;
}

const isListType = (type: ImportValueType): boolean =>
  ['list', 'enum-list', 'nace', 'languages'].includes(type.kind);

export function field(
  key: string,
  type: ImportValueType,
  synonyms: readonly string[],
  options: FieldOptions = {},
): ImportField {
  return {
    key,
    type,
    isRequired: options.isRequired ?? false,
    defaultValue: options.defaultValue ?? (isListType(type) ? [] : null),
    isDefaultAnnounced: options.announcedAs !== undefined,
    defaultLabelKey: options.announcedAs ?? null,
    synonyms: [...new Set(synonyms.map(foldText))],
  };
}
