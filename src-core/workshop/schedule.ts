/**
 * B2B meeting schedule for a workshop matchmaking session: organisations ask to meet each other,
 * the room has a number of tables, and the session a number of time slots. Each table hosts one
 * meeting per slot.
 *
 * Why a greedy, slot-by-slot fill rather than an optimiser: the facilitator must be able to
 * explain to any participant why they got the meetings they got, the schedule must come out the
 * same on every partner's machine (offline, no server), and a session has at most a few hundred
 * requests, so an exact matching solver buys little. The algorithm:
 *
 * 1. Clean the requests. Self-pairs (a === b) are dropped. Requests for the same unordered pair
 *    (duplicates, or a→b and b→a) collapse into one, keeping the higher score; on equal scores the
 *    first one given wins, so its a/b orientation is the one reported.
 * 2. Fill slot 0, then slot 1, and so on. At the start of each slot, order the pending requests by
 *    - the sum of meetings its two organisations already have (fewest first), then
 *    - the larger of the two counts (fewest first), then
 *    - score (highest first), then
 *    - the pair's ids in code-unit order (smaller id first, then larger id),
 *    and take them in that order whenever both organisations are still free in this slot, until
 *    every table is used. Putting "meetings so far" ahead of score is the fairness rule: an
 *    organisation that many others want (a "star") cannot take every slot while a less-served
 *    organisation's request waits, yet within equally served pairs the most wanted meeting wins.
 * 3. Within a slot, meetings sorted by score (highest first, then the same id tie-break) sit at
 *    tables 0, 1, 2…, so the best-wanted meetings get the lowest table numbers.
 * 4. Whatever is still pending after the last slot is `unscheduled`, in the same priority order.
 *
 * Every pending request that ends up unscheduled was refused in every slot because the slot was
 * full or one of its organisations was already busy: the schedule is maximal. Ordering is total
 * (pairs are unique after step 1), so the output depends only on the input, never on sort
 * stability or locale. Non-integer table and slot counts are rounded down; zero, negative or NaN
 * counts give no meetings and every request unscheduled. A NaN score ranks below every number.
 */

export interface MeetingRequest {
  readonly a: string;
  readonly b: string;
  readonly score: number;
}

export interface ScheduleOptions {
  readonly tables: number;
  readonly slots: number;
}

export interface Meeting {
  readonly slot: number;
  readonly table: number;
  readonly a: string;
  readonly b: string;
}

export interface Schedule {
  readonly meetings: Meeting[];
  readonly unscheduled: MeetingRequest[];
}

export type ScheduleProblem =
  | { kind: 'double-booked'; slot: number; organisationId: string }
  | { kind: 'table-overbooked'; slot: number; table: number }
  | { kind: 'table-out-of-range'; table: number }
  | { kind: 'slot-out-of-range'; slot: number }
  | { kind: 'repeat-pair'; a: string; b: string }
  | { kind: 'self-meeting'; organisationId: string };

interface PendingRequest {
  readonly request: MeetingRequest;
  readonly lo: string;
  readonly hi: string;
  readonly score: number;
}

/** Key of an unordered pair; JSON keeps ids with any characters apart. */
function pairKey(a: string, b: string): string {
  return a < b ? JSON.stringify([a, b]) : JSON.stringify([b, a]);
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function comparableScore(score: number): number {
  return Number.isNaN(score) ? -Infinity : score;
}

function byScoreThenIds(x: PendingRequest, y: PendingRequest): number {
  if (x.score !== y.score) return x.score > y.score ? -1 : 1;
  return compareStrings(x.lo, y.lo) || compareStrings(x.hi, y.hi);
}

function usableCount(n: number): number {
  return n >= 1 ? Math.floor(n) : 0;
}

function collapseRequests(requests: readonly MeetingRequest[]): PendingRequest[] {
  const byPair = new Map<string, PendingRequest>();
  for (const request of requests) {
    if (request.a === request.b) continue;
    const key = pairKey(request.a, request.b);
    const score = comparableScore(request.score);
    const existing = byPair.get(key);
    if (existing !== undefined && existing.score >= score) continue;
    const [lo, hi] = request.a < request.b ? [request.a, request.b] : [request.b, request.a];
    byPair.set(key, { request, lo, hi, score });
  }
  return [...byPair.values()];
}

export function generateSchedule(
  requests: readonly MeetingRequest[],
  options: ScheduleOptions,
): Schedule {
  const tables = usableCount(options.tables);
  const slots = usableCount(options.slots);
  let pending = collapseRequests(requests);
  const meetingCount = new Map<string, number>();
  const countOf = (id: string): number => meetingCount.get(id) ?? 0;
  const meetings: Meeting[] = [];

  const priority = (x: PendingRequest, y: PendingRequest): number => {
    const [xa, xb, ya, yb] = [countOf(x.lo), countOf(x.hi), countOf(y.lo), countOf(y.hi)];
    return xa + xb - (ya + yb) || Math.max(xa, xb) - Math.max(ya, yb) || byScoreThenIds(x, y);
  };

  for (let slot = 0; slot < slots && tables > 0 && pending.length > 0; slot++) {
    pending.sort(priority);
    const busy = new Set<string>();
    const chosen: PendingRequest[] = [];
    const left: PendingRequest[] = [];
    for (const candidate of pending) {
      if (chosen.length < tables && !busy.has(candidate.lo) && !busy.has(candidate.hi)) {
        busy.add(candidate.lo);
        busy.add(candidate.hi);
        chosen.push(candidate);
      } else {
        left.push(candidate);
      }
    }
    chosen.sort(byScoreThenIds);
    chosen.forEach((c, table) => {
      meetings.push({ slot, table, a: c.request.a, b: c.request.b });
      meetingCount.set(c.lo, countOf(c.lo) + 1);
      meetingCount.set(c.hi, countOf(c.hi) + 1);
    });
    pending = left;
  }

  pending.sort(priority);
  return { meetings, unscheduled: pending.map((p) => p.request) };
}

/**
 * Everything wrong with a (possibly hand-edited) list of meetings. Each problem is reported once,
 * in the order it is first met.
 */
export function scheduleProblems(
  meetings: readonly Meeting[],
  options: ScheduleOptions,
): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  const seenProblems = new Set<string>();
  const report = (problem: ScheduleProblem): void => {
    const key = JSON.stringify(problem);
    if (seenProblems.has(key)) return;
    seenProblems.add(key);
    problems.push(problem);
  };
  const tables = usableCount(options.tables);
  const slots = usableCount(options.slots);
  const orgsInSlot = new Set<string>();
  const tablesInSlot = new Set<string>();
  const pairs = new Set<string>();

  for (const m of meetings) {
    if (!Number.isInteger(m.slot) || m.slot < 0 || m.slot >= slots) {
      report({ kind: 'slot-out-of-range', slot: m.slot });
    }
    if (!Number.isInteger(m.table) || m.table < 0 || m.table >= tables) {
      report({ kind: 'table-out-of-range', table: m.table });
    }
    const tableKey = JSON.stringify([m.slot, m.table]);
    if (tablesInSlot.has(tableKey)) {
      report({ kind: 'table-overbooked', slot: m.slot, table: m.table });
    }
    tablesInSlot.add(tableKey);
    for (const id of m.a === m.b ? [m.a] : [m.a, m.b]) {
      const orgKey = JSON.stringify([m.slot, id]);
      if (orgsInSlot.has(orgKey)) {
        report({ kind: 'double-booked', slot: m.slot, organisationId: id });
      }
      orgsInSlot.add(orgKey);
    }
    if (m.a === m.b) {
      report({ kind: 'self-meeting', organisationId: m.a });
      continue;
    }
    const key = pairKey(m.a, m.b);
    if (pairs.has(key)) {
      const [a, b] = m.a < m.b ? [m.a, m.b] : [m.b, m.a];
      report({ kind: 'repeat-pair', a, b });
    }
    pairs.add(key);
  }
  return problems;
}

function bySlotThenTable(x: Meeting, y: Meeting): number {
  return x.slot - y.slot || x.table - y.table;
}

/** Each table's meetings, sorted by slot. Tables without meetings are absent. */
export function meetingsByTable(meetings: readonly Meeting[]): Map<number, Meeting[]> {
  const result = new Map<number, Meeting[]>();
  for (const m of meetings) {
    const list = result.get(m.table);
    if (list === undefined) result.set(m.table, [m]);
    else list.push(m);
  }
  for (const list of result.values()) list.sort(bySlotThenTable);
  return result;
}

/** Each organisation's meetings (as a or as b), sorted by slot. */
export function meetingsByOrganisation(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const result = new Map<string, Meeting[]>();
  for (const m of meetings) {
    for (const id of m.a === m.b ? [m.a] : [m.a, m.b]) {
      const list = result.get(id);
      if (list === undefined) result.set(id, [m]);
      else list.push(m);
    }
  }
  for (const list of result.values()) list.sort(bySlotThenTable);
  return result;
}
