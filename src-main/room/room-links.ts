/**
 * The room's options and its links to the outside (issue 15): what the server hands the room for
 * each phone and for the facilitator's page, and a joined phone's session. Kept apart from the
 * room's rules (room.ts) so the server and the rules share them without one importing the other's
 * internals.
 */
import type { ServerToHost, ServerToPhone } from '../../src-core/room/protocol';
import type { RateWindow } from './limits';

export interface RoomOptions {
  readonly pin: string;
  readonly now?: () => number;
  /** Per phone (per session once joined, so reconnecting does not reset it). */
  readonly rateLimit?: { readonly messages: number; readonly windowMs: number };
  /** Wrong PINs allowed per network address per minute; then every PIN try is 'tooFast'. */
  readonly pinTriesPerMinute?: number;
  readonly inflightTimeoutMs?: number;
  /** How many answered clientIds are remembered (oldest forgotten first). */
  readonly rememberAnswers?: number;
  /** Sessions kept across a restart of the app, and where each change of them goes (desktop). */
  readonly sessionStore?: SessionStore;
}

/** A joined phone's session as kept on disk: phones resume with their token after a restart. */
export interface SavedSession {
  readonly token: string;
  readonly participantId: string;
  readonly name: string;
}

export interface SessionStore {
  load(): readonly SavedSession[];
  save(sessions: readonly SavedSession[]): void;
}

export interface PhoneLink {
  readonly remoteAddress: string;
  send(message: ServerToPhone): void;
}

export interface HostLink {
  send(message: ServerToHost): void;
  /** Closes a host connection that another one replaced. */
  close(code: number, reason: string): void;
}

export interface Session {
  readonly token: string;
  readonly participantId: string;
  readonly name: string;
  readonly rate: RateWindow;
}

/** One phone connection. */
export interface PhoneConnection {
  readonly link: PhoneLink;
  readonly rate: RateWindow;
  pinOk: boolean;
  session: Session | null;
  walkIn: string | null;
}
