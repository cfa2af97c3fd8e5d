/** Searchable pickers over the bundled code lists and the workspace's records. */
export {
  CodePicker,
  type CodeOption,
  type CodePickerProps,
  type MultiCodePickerProps,
  type SingleCodePickerProps,
} from './CodePicker';
export { CountryPicker, type CountryPickerProps } from './CountryPicker';
export { EcosystemPicker, type EcosystemPickerProps } from './EcosystemPicker';
export { LanguagePicker, type LanguagePickerProps } from './LanguagePicker';
export { NacePicker, type NacePickerProps } from './NacePicker';
export { OrganisationTypePicker, type OrganisationTypePickerProps } from './OrganisationTypePicker';
export { ClusterPicker, OrganisationPicker, type RecordPickerProps } from './RecordPickers';
export { RegionPicker, type RegionPickerProps } from './RegionPicker';
export {
  SegmentPicker,
  ValueChainPicker,
  segmentCode,
  segmentOptions,
  type ValueChainPickerProps,
} from './ValueChainPickers';
export {
  countryOptions,
  languageName,
  naceOption,
  naceOptions,
  regionOption,
  regionOptions,
} from './code-options';
export {
  buildSearchIndex,
  foldText,
  matchesQuery,
  optionText,
  searchOptions,
} from '../../../src-core/text/option-search';
