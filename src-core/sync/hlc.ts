/**
 * Hybrid logical clock (HLC). Every write in a workspace is stamped with one; merge compares them
 * as plain strings, so the text form is fixed-width: wall-clock milliseconds, a counter for
 * events within one millisecond, then the node id that makes every clock unique.
 *
 *   000001741962720000-0000-4f1c2a9d0b7e6c35
 *   └ millis (18 digits) ┘ └ctr┘ └ node id  ┘
 */

export const NODE_ID_PATTERN = /^[0-9a-f]{16}$/;
const MILLIS_WIDTH = 18;
const COUNTER_WIDTH = 4;
const MAX_COUNTER = 0xffff;
const HLC_PATTERN = /^(\d{18})-([0-9a-f]{4})-([0-9a-f]{16})$/;

export interface Hlc {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

export type ClockErrorCode = 'counter-overflow' | 'clock-skew' | 'malformed';

/** A clock problem worth telling a user about (e.g. a partner laptop whose date is wrong). */
export class ClockError extends Error {
  constructor(
    readonly code: ClockErrorCode,
    message: string,
    readonly node?: string,
  ) {
    super(message);
    this.name = 'ClockError';
  }
}

export function isNodeId(value: string): boolean {
  return NODE_ID_PATTERN.test(value);
}

export function formatHlc(clock: Hlc): string {
  return `${clock.millis.toString().padStart(MILLIS_WIDTH, '0')}-${clock.counter
    .toString(16)
    .padStart(COUNTER_WIDTH, '0')}-${clock.node}`;
}

export function parseHlc(text: string): Hlc {
  const match = HLC_PATTERN.exec(text);
  if (!match) throw new ClockError('malformed', `Not a clock value: ${JSON.stringify(text)}`);
  const [, millis, counter, node] = match as unknown as [string, string, string, string];
  return { millis: Number(millis), counter: parseInt(counter, 16), node };
}

export function isHlc(text: string): boolean {
  return HLC_PATTERN.test(text);
}

/** The node that wrote a stamped value: the clock carries it, so it is never stored twice. */
export function nodeOfHlc(text: string): string {
  return parseHlc(text).node;
}

export function initialHlc(node: string): Hlc {
  if (!isNodeId(node)) throw new ClockError('malformed', `Not a node id: ${node}`);
  return { millis: 0, counter: 0, node };
}

function withinCounter(clock: Hlc): Hlc {
  if (clock.counter > MAX_COUNTER) {
    throw new ClockError(
      'counter-overflow',
      'Too many changes within one millisecond.',
      clock.node,
    );
  }
  return clock;
}

/** Advance the local clock for a local event (a write) happening at wall-clock time `now`. */
export function tickHlc(local: Hlc, now: number): Hlc {
  const millis = Math.max(local.millis, Math.floor(now));
  const counter = millis === local.millis ? local.counter + 1 : 0;
  return withinCounter({ millis, counter, node: local.node });
}

export interface ReceiveOptions {
  /** Refuse remote clocks further than this ahead of `now` (ms). Default: one day. */
  readonly maxDriftMs?: number;
}

export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

/** Fold a clock seen from another node into the local one, so later local writes sort after it. */
export function receiveHlc(
  local: Hlc,
  remote: Hlc,
  now: number,
  { maxDriftMs = DEFAULT_MAX_DRIFT_MS }: ReceiveOptions = {},
): Hlc {
  if (remote.millis - now > maxDriftMs) {
    throw new ClockError(
      'clock-skew',
      `A clock from node ${remote.node} is ${Math.round((remote.millis - now) / 3_600_000)} h ahead of this computer.`,
      remote.node,
    );
  }
  const wall = Math.floor(now);
  const millis = Math.max(local.millis, remote.millis, wall);
  let counter: number;
  if (millis === local.millis && millis === remote.millis) {
    counter = Math.max(local.counter, remote.counter) + 1;
  } else if (millis === local.millis) {
    counter = local.counter + 1;
  } else if (millis === remote.millis) {
    counter = remote.counter + 1;
  } else {
    counter = 0;
  }
  return withinCounter({ millis, counter, node: local.node });
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxHlc(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a >= b ? a : b;
}
