/**
 * NACE Rev. 2.1 sections and divisions with labels in the partnership's EU languages
 * (assets/codes/nace.json, from Eurostat). Labels are as published: section labels are upper case.
 */
import naceJson from '../../assets/codes/nace.json';

export const NACE_VERSION: string = naceJson.version;

export const naceLanguages = ['en', 'es', 'fr', 'it', 'el', 'hr', 'sl', 'pt', 'mt'] as const;
export type NaceLanguage = (typeof naceLanguages)[number];

export interface NaceEntry {
  /** "C" for a section, "26" for a division. */
  readonly code: string;
  readonly level: 1 | 2;
  /** The section of a division; null for a section. */
  readonly parent: string | null;
  readonly section: string;
  readonly labels: Readonly<Record<NaceLanguage, string>>;
}

interface RawNaceEntry {
  readonly code: string;
  readonly level: number;
  readonly parent: string | null;
  readonly section: string;
  readonly labels: Record<NaceLanguage, string>;
}

function toEntry(raw: RawNaceEntry): NaceEntry {
  return {
    code: raw.code,
    level: raw.level === 1 ? 1 : 2,
    parent: raw.parent,
    section: raw.section,
    labels: raw.labels,
  };
}

const sections: readonly NaceEntry[] = naceJson.sections.map(toEntry);
const divisions: readonly NaceEntry[] = naceJson.divisions.map(toEntry);
const byCode = new Map([...sections, ...divisions].map((e) => [e.code, e]));

export function naceSections(): readonly NaceEntry[] {
  return sections;
}

/** All divisions, or those of one section ("C"), in code order. */
export function naceDivisions(section?: string): readonly NaceEntry[] {
  return section === undefined ? divisions : divisions.filter((d) => d.section === section);
}

export function findNace(code: string): NaceEntry | undefined {
  return byCode.get(code);
}

function isNaceLanguage(lang: string): lang is NaceLanguage {
  return (naceLanguages as readonly string[]).includes(lang);
}

/**
 * The label of a section or division in a language ("es", or a tag like "es-ES"), in English when
 * that language is not shipped; undefined for an unknown code.
 */
export function naceLabel(code: string, lang: string): string | undefined {
  const entry = byCode.get(code);
  if (!entry) return undefined;
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return isNaceLanguage(base) ? entry.labels[base] : entry.labels.en;
}
