/**
 * The room's memory of submissions by clientId (issue 15), so that a retry never counts twice:
 * each clientId is either in flight (forwarded to the facilitator's page, no answer yet) or
 * answered (written, or refused for good). Answers that mean "not now" ('roomClosed', 'tooFast')
 * are not remembered, so the retry goes through later.
 */
import type { RoomRefusal } from '../../src-core/room/protocol';

type Entry =
  | { readonly state: 'inflight'; readonly participantId: string; readonly sentAt: number }
  | {
      readonly state: 'done';
      readonly participantId: string;
      readonly ok: boolean;
      readonly reason: RoomRefusal;
    };

/** What to do with a submission: forward it, wait for the answer on its way, or answer now. */
export type Decision =
  | { readonly kind: 'forward' }
  | { readonly kind: 'wait' }
  | { readonly kind: 'answer'; readonly ok: boolean; readonly reason: RoomRefusal };

const TRANSIENT: ReadonlySet<RoomRefusal> = new Set(['roomClosed', 'tooFast']);

export class Answers {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number,
    /** An in-flight submission older than this is forwarded again (the host's writer is idempotent). */
    private readonly inflightTimeoutMs: number,
    /** How many answered clientIds are remembered (oldest forgotten first). */
    private readonly remember: number,
  ) {}

  /** A submission arrives from `participantId`; `hostConnected` says whether it can be forwarded. */
  decide(clientId: string, participantId: string, hostConnected: boolean): Decision {
    const entry = this.entries.get(clientId);
    // Another participant's clientId (never by chance: they are random): not theirs to retry.
    if (entry && entry.participantId !== participantId) {
      return { kind: 'answer', ok: false, reason: 'badMessage' };
    }
    if (entry?.state === 'done') return { kind: 'answer', ok: entry.ok, reason: entry.reason };
    if (!hostConnected) return { kind: 'answer', ok: false, reason: 'roomClosed' };
    if (entry?.state === 'inflight' && this.now() - entry.sentAt < this.inflightTimeoutMs) {
      return { kind: 'wait' };
    }
    this.entries.set(clientId, { state: 'inflight', participantId, sentAt: this.now() });
    return { kind: 'forward' };
  }

  /** The host's answer; the participant to tell, or null for a clientId not in flight. */
  settle(clientId: string, ok: boolean, reason: RoomRefusal): string | null {
    const entry = this.entries.get(clientId);
    if (!entry) return null;
    // Re-inserted so the Map's order is the order answers came in (oldest forgotten first).
    this.entries.delete(clientId);
    if (ok || !TRANSIENT.has(reason)) {
      this.entries.set(clientId, { state: 'done', participantId: entry.participantId, ok, reason });
      while (this.entries.size > this.remember) {
        const oldest = this.entries.keys().next();
        if (oldest.done) break;
        this.entries.delete(oldest.value);
      }
    }
    return entry.participantId;
  }

  /** Forgets everything in flight (the host left): [clientId, participantId] pairs to tell. */
  abandon(): [string, string][] {
    const dropped: [string, string][] = [];
    for (const [clientId, entry] of this.entries) {
      if (entry.state !== 'inflight') continue;
      this.entries.delete(clientId);
      dropped.push([clientId, entry.participantId]);
    }
    return dropped;
  }
}
