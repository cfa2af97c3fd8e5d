/**
 * Walk-ins waiting for the facilitator (issue 15): someone not on the checked-in list asks to
 * join with a name and organisation; the facilitator's page admits them (creating the participant
 * record) or turns them away. A phone that asks again with the same name and organisation (after a
 * reload or a lost connection) takes over its earlier request instead of making a second one; if
 * the facilitator admitted someone whose phone had gone, the session waits for that phone.
 */
import { randomToken } from './limits';

export interface WalkInRequest<C> {
  readonly requestId: string;
  readonly name: string;
  readonly organisation: string;
  readonly key: string;
  /** The phone waiting for the answer, or null while it is away. */
  connection: C | null;
}

function keyOf(name: string, organisation: string): string {
  return `${name.trim().toLowerCase()}\u0000${organisation.trim().toLowerCase()}`;
}

export class WalkInDesk<C, S> {
  private readonly waiting = new Map<string, WalkInRequest<C>>();
  private readonly unclaimed = new Map<string, S>();

  /** The session of an admitted walk-in whose phone had gone, handed over once. */
  claim(name: string, organisation: string): S | null {
    const key = keyOf(name, organisation);
    const session = this.unclaimed.get(key);
    if (session === undefined) return null;
    this.unclaimed.delete(key);
    return session;
  }

  /** Files a request (or takes over the same person's earlier one); `isNew` if it is new. */
  ask(
    name: string,
    organisation: string,
    connection: C,
  ): { request: WalkInRequest<C>; isNew: boolean } {
    const key = keyOf(name, organisation);
    const earlier = [...this.waiting.values()].find((request) => request.key === key);
    if (earlier) {
      earlier.connection = connection;
      return { request: earlier, isNew: false };
    }
    const request: WalkInRequest<C> = {
      requestId: randomToken(12),
      name,
      organisation,
      key,
      connection,
    };
    this.waiting.set(request.requestId, request);
    return { request, isNew: true };
  }

  /** The phone of a request left; the request stays for when it comes back. */
  leave(requestId: string, connection: C): void {
    const request = this.waiting.get(requestId);
    if (request?.connection === connection) request.connection = null;
  }

  /** Takes a request off the desk (admitted or turned away); null if it is not there. */
  take(requestId: string): WalkInRequest<C> | null {
    const request = this.waiting.get(requestId);
    if (!request) return null;
    this.waiting.delete(requestId);
    return request;
  }

  /** Keeps the session of an admitted walk-in whose phone is away. */
  park(request: WalkInRequest<C>, session: S): void {
    this.unclaimed.set(request.key, session);
  }

  all(): IterableIterator<WalkInRequest<C>> {
    return this.waiting.values();
  }
}
