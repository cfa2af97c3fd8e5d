/**
 * The small decisions behind the matchmaking and prioritisation stage editors of the workshop
 * runner, kept pure so they are tested without a database or a screen: which pairs to suggest
 * from the cards captured in the room, what a kept pair records as its reason, when each B2B slot
 * starts, which kept pairs the schedule could not seat, and what one click on a dot button writes.
 */
import {
  suggestPairs,
  type MatchOrganisation,
  type OrganisationPair,
} from '../metacluster/matching';
import { addMinutes } from '../method/agenda';
import type { EntryOf } from '../model/workshop-run';
import { checkVote, type Vote, type VoteRefusal, type VoteSource } from './votes';

/** An offer or a need captured on a card in the room. */
export type RoomCard = Pick<EntryOf<'offers-needs'>, 'organisationId' | 'side' | 'text'>;

/** The virtual "cluster" every organisation in the room belongs to, for `suggestPairs`. */
const ROOM = 'workshop-room';

/**
 * Cross-country pairs among the organisations in the room, matching each organisation's roster
 * offers and needs together with the cards captured for it at the workshop. Everyone in the room
 * counts as a current member (being there is the commitment that matters here).
 */
export function suggestRoomPairs<O extends MatchOrganisation>(
  organisations: readonly O[],
  cards: readonly RoomCard[],
  limit = 60,
): OrganisationPair[] {
  const offers = new Map<string, string[]>();
  const needs = new Map<string, string[]>();
  for (const card of cards) {
    const map = card.side === 'offer' ? offers : needs;
    const list = map.get(card.organisationId);
    if (list === undefined) map.set(card.organisationId, [card.text]);
    else list.push(card.text);
  }
  const inRoom = organisations
    .filter((o) => o.deleted !== true)
    .map((o) => ({
      ...o,
      offers: [...o.offers, ...(offers.get(o.id) ?? [])],
      needs: [...o.needs, ...(needs.get(o.id) ?? [])],
    }));
  return suggestPairs({
    organisations: inRoom,
    memberships: inRoom.map((o) => ({
      organisationId: o.id,
      clusterId: ROOM,
      status: 'member' as const,
      until: null,
      deleted: false,
    })),
    clusterIds: [ROOM],
    today: '1970-01-01',
    limit,
  });
}

const REASON_MAX = 300;

/** What a kept pair records as its reason: who offers what to whom (names are data, not UI text). */
export function pairReasonText(pair: OrganisationPair): string {
  const offeredBy = pair.reason.offeredBy === pair.a.id ? pair.a : pair.b;
  const neededBy = offeredBy === pair.a ? pair.b : pair.a;
  const text = `${offeredBy.name}: ${pair.reason.offer} → ${neededBy.name}: ${pair.reason.need}`;
  return text.length > REASON_MAX ? `${text.slice(0, REASON_MAX - 1)}…` : text;
}

/** A form field's text as a whole number within [min, max], or null when it is not one. */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const value = Number(text);
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}

/** Key of an unordered pair of organisation ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
}

/** The clock time ("HH:MM", wrapping past midnight) at which a 0-based slot starts. */
export function slotStart(startTime: string, slotMinutes: number, slot: number): string {
  return addMinutes(startTime, slot * slotMinutes);
}

/** Kept pairs without a meeting in the schedule, in the order given. */
export function unscheduledPairs<P extends { a: string; b: string }>(
  pairs: readonly P[],
  meetings: readonly { a: string; b: string }[],
): P[] {
  const seated = new Set(meetings.map((m) => pairKey(m.a, m.b)));
  return pairs.filter((p) => p.a !== p.b && !seated.has(pairKey(p.a, p.b)));
}

/** A stored vote with the id of the record that holds it. */
export interface StoredVote extends Vote {
  readonly id: string;
}

/** What one click on an idea's +/− writes for a voter (participant or proxy). */
export type DotChange =
  | { kind: 'add'; vote: Vote }
  | { kind: 'update'; id: string; vote: Vote }
  | { kind: 'remove'; id: string }
  | { kind: 'refused'; refusal: VoteRefusal }
  | { kind: 'none' };

/**
 * Adding a dot raises the voter's entry for the idea (same source) or creates it, if their budget
 * allows; removing one lowers it, and removes the entry at zero. A voter's participant and proxy
 * entries for one idea stay apart, so the tally can show how the dots were cast.
 */
export function dotChange(
  votes: readonly StoredVote[],
  voter: { voterId: string | null; source: Exclude<VoteSource, 'table'> },
  ideaId: string,
  delta: 1 | -1,
  ideaIds: ReadonlySet<string>,
  dotsPerParticipant: number,
): DotChange {
  const own = votes.find(
    (v) => v.ideaId === ideaId && v.source === voter.source && v.voterId === voter.voterId,
  );
  if (delta === -1) {
    if (own === undefined) return { kind: 'none' };
    return own.dots > 1
      ? { kind: 'update', id: own.id, vote: withDots(own, own.dots - 1) }
      : { kind: 'remove', id: own.id };
  }
  const vote: Vote = {
    ideaId,
    dots: 1,
    source: voter.source,
    voterId: voter.voterId,
    table: null,
  };
  const refusal = checkVote(vote, votes, ideaIds, dotsPerParticipant);
  if (refusal !== null) return { kind: 'refused', refusal };
  return own === undefined
    ? { kind: 'add', vote }
    : { kind: 'update', id: own.id, vote: withDots(own, own.dots + 1) };
}

/** The vote alone (not the id of the record holding it), with a new number of dots. */
function withDots(own: StoredVote, dots: number): Vote {
  return { ideaId: own.ideaId, dots, source: own.source, voterId: own.voterId, table: own.table };
}

/** Ideas grouped by theme (themes in text order, the unthemed group last), ideas in given order. */
export function groupByTheme<I extends { theme: string }>(
  ideas: readonly I[],
): { theme: string; ideas: I[] }[] {
  const groups = new Map<string, I[]>();
  for (const idea of ideas) {
    const theme = idea.theme.trim();
    const list = groups.get(theme);
    if (list === undefined) groups.set(theme, [idea]);
    else list.push(idea);
  }
  return [...groups.entries()]
    .map(([theme, list]) => ({ theme, ideas: list }))
    .sort((x, y) =>
      x.theme === '' ? 1 : y.theme === '' ? -1 : x.theme.localeCompare(y.theme) || 0,
    );
}

/** One click of a voter on an idea's + or −. */
export interface DotClick {
  readonly voter: { voterId: string | null; source: Exclude<VoteSource, 'table'> };
  readonly ideaId: string;
  readonly delta: 1 | -1;
}

/** What a run of clicks writes, per vote record: its final vote, or its removal. */
export type VoteWrite =
  | { readonly kind: 'create'; readonly id: string; readonly vote: Vote }
  | { readonly kind: 'update'; readonly id: string; readonly vote: Vote }
  | { readonly kind: 'remove'; readonly id: string };

/**
 * Several clicks (a room voting at once) applied in turn, each to the votes as the ones before
 * left them — exactly as `dotChange` one after another on what is stored — with one write per vote
 * record touched (its last state) instead of one per click. A vote created by a click gets its id
 * from `newId`; one created and taken back within the run writes nothing.
 */
export function dotChanges(
  stored: readonly StoredVote[],
  clicks: readonly DotClick[],
  ideaIds: ReadonlySet<string>,
  dotsPerParticipant: number,
  newId: () => string,
): { changes: DotChange[]; writes: VoteWrite[] } {
  let votes = stored;
  const created = new Set<string>();
  const last = new Map<string, Vote | null>();
  const changes = clicks.map(({ voter, ideaId, delta }) => {
    const change = dotChange(votes, voter, ideaId, delta, ideaIds, dotsPerParticipant);
    if (change.kind === 'add') {
      const id = newId();
      created.add(id);
      last.set(id, change.vote);
      votes = [...votes, { id, ...change.vote }];
    } else if (change.kind === 'update') {
      const next = { id: change.id, ...change.vote };
      last.set(change.id, change.vote);
      votes = votes.map((v) => (v.id === change.id ? next : v));
    } else if (change.kind === 'remove') {
      last.set(change.id, null);
      votes = votes.filter((v) => v.id !== change.id);
    }
    return change;
  });
  const writes: VoteWrite[] = [];
  for (const [id, vote] of last) {
    if (vote !== null) writes.push({ kind: created.has(id) ? 'create' : 'update', id, vote });
    else if (!created.has(id)) writes.push({ kind: 'remove', id });
  }
  return { changes, writes };
}
