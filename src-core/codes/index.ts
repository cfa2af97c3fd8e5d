/** Code lists shipped offline: countries, regions (NUTS / ISO 3166-2) and NACE Rev. 2.1. */
export type { Country } from './countries';
export {
  COUNTRY_LIST_VERSION,
  countryOfNutsCode,
  findCountry,
  isEuCountry,
  isMediterraneanCountry,
  mediterraneanCountries,
  nutsPrefixOf,
} from './countries';
export type { Region, RegionSystem } from './regions';
export {
  REGION_LIST_VERSIONS,
  allRegions,
  findRegion,
  finestRegionsOf,
  isRegionOf,
  regionListVersionOf,
  regionsOf,
} from './regions';
export type { NaceEntry, NaceLanguage } from './nace';
export {
  NACE_VERSION,
  findNace,
  naceDivisions,
  naceLabel,
  naceLanguages,
  naceSections,
} from './nace';
