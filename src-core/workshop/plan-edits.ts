/**
 * Editing a workshop after it was planned, kept pure so it is tested without a screen: which of
 * its details (name, date, venue, facilitators, languages) a save changes, when a stage of its
 * agenda is planned to start (the B2B schedule starts there), durations and clock times written as
 * the language writes them, and which country a walk-in most likely comes from.
 */
import { intlFormatter } from '../text/intl-cache';
import type { z } from 'zod';
import { mediterraneanCountries } from '../codes/countries';
import { planAgenda, type AgendaItem } from '../method/agenda';
import type { Stage } from '../method/schema';
import { workshopFieldsSchema } from '../model/entities';
import { searchKey } from '../text/search-key';

/**
 * The details a facilitator edits on the plan (name, date, venue, who facilitates, the room's
 * languages): validated with the workshop's own schema, so the form says what a save would refuse.
 */
export const workshopDetailsSchema = workshopFieldsSchema.pick({
  name: true,
  date: true,
  venue: true,
  facilitators: true,
  languages: true,
});
export type WorkshopDetails = z.output<typeof workshopDetailsSchema>;

/** "Ana Ruiz, Karim B." → ["Ana Ruiz", "Karim B."]: blanks dropped. */
export function parseNameList(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** "EN, fr ar" → ["en", "fr", "ar"]: the language subtag lower-cased, the rest kept for the schema. */
export function parseLanguageList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((tag) => tag.replace(/^[A-Za-z]+/, (language) => language.toLowerCase()));
}

/** The details as stored on a workshop record. */
export function detailsOf(workshop: WorkshopDetails): WorkshopDetails {
  const { name, date, venue, facilitators, languages } = workshop;
  return { name, date, venue, facilitators, languages };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/** The details that differ from the stored ones: a save writes (and clocks) only these. */
export function changedDetails(
  stored: WorkshopDetails,
  edited: WorkshopDetails,
): Partial<WorkshopDetails> {
  const patch: Partial<WorkshopDetails> = {};
  if (edited.name !== stored.name) patch.name = edited.name;
  if (edited.date !== stored.date) patch.date = edited.date;
  if (edited.venue !== stored.venue) patch.venue = edited.venue;
  if (!sameList(edited.facilitators, stored.facilitators)) patch.facilitators = edited.facilitators;
  if (!sameList(edited.languages, stored.languages)) patch.languages = edited.languages;
  return patch;
}

/** "HH:MM" at which the agenda plans `stageId` to start; null when the agenda does not list it. */
export function plannedStartOf(
  stages: readonly Stage[],
  agenda: readonly AgendaItem[],
  startTime: string,
  stageId: string,
): string | null {
  return (
    planAgenda(stages, agenda, startTime).stages.find((s) => s.stage.id === stageId)?.start ?? null
  );
}

/** A duration in the language's short units: "2 hr 15 min", "2 h 15 min". */
export function durationText(minutes: number, language: string): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    intlFormatter(
      `unit-${name}`,
      language,
      (locale) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }),
    ).format(value);
  return hours > 0
    ? `${unit(hours, 'hour')} ${rest > 0 ? unit(rest, 'minute') : ''}`.trim()
    : unit(rest, 'minute');
}

/**
 * A planned clock time ("HH:MM") on a calendar day ("2026-03-14"), as the language writes it:
 * "09:30" in British English and Spanish, "09:30 AM" in American English. Both are wall-clock
 * values of the room, so they are read and written in one time zone (UTC) and never shift.
 */
export function formatClockTime(date: string, time: string, language: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '2000-01-01';
  const instant = new Date(`${day}T${time}:00Z`);
  if (Number.isNaN(instant.getTime())) return time;
  const format = intlFormatter(
    'clock-utc',
    language,
    (locale) =>
      new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }),
  );
  return format.format(instant);
}

/** The languages country names are looked for in a venue (the initiative's working languages). */
const VENUE_LANGUAGES = ['en', 'es', 'fr', 'it'] as const;
/** Names people write that Intl does not give ("Palestinian Territories", "Bosnia & …"). */
const EXTRA_NAMES: readonly { alpha2: string; name: string }[] = [
  { alpha2: 'PS', name: 'Palestine' },
  { alpha2: 'PS', name: 'Palestina' },
  { alpha2: 'BA', name: 'Bosnia and Herzegovina' },
];

let countryNamePatterns: readonly { alpha2: string; pattern: RegExp }[] | null = null;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Folded country names, longest first (so "Bosnia and Herzegovina" wins over a shorter name). */
function namePatterns(): readonly { alpha2: string; pattern: RegExp }[] {
  if (countryNamePatterns) return countryNamePatterns;
  const named = EXTRA_NAMES.map(({ alpha2, name }) => ({ alpha2, name: searchKey(name) }));
  for (const language of VENUE_LANGUAGES) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    for (const country of mediterraneanCountries) {
      const name = names.of(country.alpha2);
      if (name) named.push({ alpha2: country.alpha2, name: searchKey(name) });
    }
  }
  named.sort((a, b) => b.name.length - a.name.length);
  countryNamePatterns = named.map(({ alpha2, name }) => ({
    alpha2,
    // A whole name, not part of a word ("Oman" is not in "Romania").
    pattern: new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, 'u'),
  }));
  return countryNamePatterns;
}

/** The country a venue names ("Palacio de Congresos, Valencia, España" → "ES"), if any. */
export function countryNamedIn(venue: string): string | null {
  const folded = searchKey(venue);
  if (folded.trim() === '') return null;
  return namePatterns().find(({ pattern }) => pattern.test(folded))?.alpha2 ?? null;
}

export interface WorkshopPlace {
  readonly kind: 'reinforcement' | 'meta-cluster';
  readonly venue: string;
  readonly clusterId: string | null;
  /** The meta-cluster it is held for, if any: its members (in order) and its lead cluster. */
  readonly metaCluster: {
    readonly members: readonly { readonly clusterId: string; readonly role: string }[];
    readonly leadClusterId: string | null;
  } | null;
}

/**
 * The country a walk-in most likely comes from: a reinforcement workshop's cluster's; for a
 * meta-cluster workshop the country the venue names, else the host (the lead cluster's country),
 * else the first member cluster's. Null when none of these is known.
 */
export function workshopCountry(
  place: WorkshopPlace,
  countryOfCluster: (clusterId: string) => string | null | undefined,
): string | null {
  const of = (id: string | null | undefined) => (id ? (countryOfCluster(id) ?? null) : null);
  if (place.kind === 'reinforcement') return of(place.clusterId) ?? countryNamedIn(place.venue);
  const members = place.metaCluster?.members ?? [];
  const lead =
    place.metaCluster?.leadClusterId ?? members.find((m) => m.role === 'lead')?.clusterId ?? null;
  return (
    countryNamedIn(place.venue) ??
    of(lead) ??
    members.map((m) => of(m.clusterId)).find((country) => country !== null) ??
    null
  );
}
