/**
 * Regions of the Mediterranean countries (assets/codes/regions.json): NUTS 2024 levels 1–2 for
 * EU members, ISO 3166-2 first-level subdivisions elsewhere. One shape for both, so pickers and
 * validation need not care which system a country uses.
 */
import regionsJson from '../../assets/codes/regions.json';
import { isEuCountry } from './countries';

export type RegionSystem = 'nuts' | 'iso-3166-2';

export interface Region {
  readonly code: string;
  readonly system: RegionSystem;
  /** ISO 3166-1 alpha-2 of the region's country ("GR" for "EL30"). */
  readonly country: string;
  /** NUTS level (1 or 2); ISO 3166-2 first-level subdivisions are level 1. */
  readonly level: 1 | 2;
  /** NUTS parent code ("ES5" for "ES51", "ES" for "ES5"); null for ISO subdivisions. */
  readonly parent: string | null;
  /** The official label: national language and script for NUTS, as published by ISO otherwise. */
  readonly name: string;
  /** Latin-script label (Eurostat transliteration for EL and CY; same as `name` elsewhere). */
  readonly nameLatin: string;
}

export const REGION_LIST_VERSIONS: { readonly nuts: string; readonly subdivisions: string } =
  regionsJson.versions;

const nutsRegions: readonly Region[] = regionsJson.nuts.map((r) => ({
  code: r.code,
  system: 'nuts',
  country: r.country,
  level: r.level === 1 ? 1 : 2,
  parent: r.parent,
  name: r.label,
  nameLatin: r.labelLatin,
}));

const subdivisions: readonly Region[] = regionsJson.subdivisions.map((s) => ({
  code: s.code,
  system: 'iso-3166-2',
  country: s.country,
  level: 1,
  parent: null,
  name: s.name,
  nameLatin: s.name,
}));

export const allRegions: readonly Region[] = [...nutsRegions, ...subdivisions];

const byCode = new Map(allRegions.map((r) => [r.code, r]));
const byCountry = new Map<string, Region[]>();
for (const region of allRegions) {
  const list = byCountry.get(region.country) ?? [];
  list.push(region);
  byCountry.set(region.country, list);
}

/** Every region of a country (NUTS 1 and 2, or ISO subdivisions), in code order. */
export function regionsOf(country: string): readonly Region[] {
  return byCountry.get(country) ?? [];
}

/**
 * The regions a record should normally point at: NUTS 2 for EU members, ISO 3166-2 subdivisions
 * elsewhere (the finest level shipped).
 */
export function finestRegionsOf(country: string): readonly Region[] {
  const all = regionsOf(country);
  return isEuCountry(country) ? all.filter((r) => r.level === 2) : all;
}

export function findRegion(code: string): Region | undefined {
  return byCode.get(code);
}

/** True when `code` is a known region of `country`. */
export function isRegionOf(code: string, country: string): boolean {
  return byCode.get(code)?.country === country;
}

/** The version of the list a region code comes from ("NUTS 2024", "ISO 3166-2 via iso-3166@…"). */
export function regionListVersionOf(region: Region): string {
  return region.system === 'nuts' ? REGION_LIST_VERSIONS.nuts : REGION_LIST_VERSIONS.subdivisions;
}
