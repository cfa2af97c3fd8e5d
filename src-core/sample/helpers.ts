/** Small helpers of the sample generator: ids and clocks from a fixed base date, dates, slugs. */
import { v7 as uuidv7 } from 'uuid';
import type { SyncMeta } from '../model/sync-meta';
import { formatHlc } from '../sync/hlc';
import { stampNew } from '../sync/stamp';
import type { Prng } from './prng';

/** The node that "wrote" the sample: fixed, so sample records are the same everywhere. */
export const SAMPLE_NODE_ID = '5a301e5a301e2026';
/** Every sample clock counts from here (2026-01-15T09:00:00Z), never from the real time. */
export const SAMPLE_BASE_MILLIS = Date.UTC(2026, 0, 15, 9, 0, 0);

const DAY_MS = 86_400_000;

export type SampleRecord<Fields extends object> = Fields & SyncMeta & { origin: 'sample' };

/** Stamps records one millisecond apart; ids are UUIDv7 at the same millisecond. */
export interface Stamper {
  stamp<Fields extends object>(fields: Fields): SampleRecord<Fields>;
}

export function createStamper(idPrng: Prng): Stamper {
  let tick = 0;
  return {
    stamp(fields) {
      const millis = SAMPLE_BASE_MILLIS + tick++;
      const id = uuidv7({ msecs: millis, random: idPrng.bytes16() });
      const clock = formatHlc({ millis, counter: 0, node: SAMPLE_NODE_ID });
      // Assign rather than spread: at 100k organisations a second copy of every record shows up.
      return Object.assign(stampNew(id, fields, clock), { origin: 'sample' as const });
    },
  };
}

// Day numbers (days since 1970-01-01) and ISO dates, cached: the sample asks for the same few
// thousand dates hundreds of thousands of times.
const dayOfDate = new Map<string, number>();
const dateOfDay = new Map<number, string>();

function dayNumber(date: string): number {
  let day = dayOfDate.get(date);
  if (day === undefined) {
    day = Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
    dayOfDate.set(date, day);
  }
  return day;
}

function isoDate(day: number): string {
  let date = dateOfDay.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dateOfDay.set(day, date);
  }
  return date;
}

/** An ISO date ("2024-05-02") uniformly between two ISO dates, both included. */
export function randomDate(prng: Prng, from: string, to: string): string {
  const start = dayNumber(from);
  return isoDate(start + prng.int(0, dayNumber(to) - start));
}

export function addDays(date: string, days: number): string {
  return isoDate(dayNumber(date) + days);
}

/** ASCII, lower case, words joined by `joiner`: for host names and e-mail local parts. */
export function slugify(text: string, joiner: '-' | '.' = '-'): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/ħ/gi, 'h')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ascii.split(' ').join(joiner);
}

/** Hands out unique host names: a second "aceites-de-jaen" in .es becomes "aceites-de-jaen-2". */
export function createHostRegistry(): (name: string, zone: string) => string {
  const seen = new Map<string, number>();
  return (name, zone) => {
    const key = `${name}.${zone}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${name}-${count}.${zone}`;
  };
}
