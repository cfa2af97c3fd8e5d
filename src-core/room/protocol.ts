/**
 * The workshop room's wire protocol (issue 15): phones on the venue's LAN talk to the room server
 * in the facilitator's desktop app (or beside the web host), and the facilitator's page talks to
 * the same server as the "host". The facilitator's workspace is the single source of truth: the
 * server only relays, checks and de-duplicates; the host writes every submission through the
 * command layer and tells the server what phones may see.
 *
 * Every message is JSON text on a WebSocket, validated here with zod before anything acts on it.
 * Nothing of the rosters is ever sent to phones beyond the names of checked-in participants and
 * the current stage's content (`PhoneStageView`).
 */
import { z } from 'zod';

/** Larger messages are refused unread (a card is ≤ 280 characters). */
export const ROOM_MAX_MESSAGE_BYTES = 4096;
/** A phone may send at most this many messages per window; more are refused (a flood). */
export const ROOM_RATE_LIMIT = { messages: 20, windowMs: 5_000 } as const;
export const ROOM_PIN_LENGTH = 6;
export const ROOM_MAX_TEXT = 280;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A phone's own id for one submission: a retry sends the same id, and counts once. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const text = z.string().trim().min(1).max(ROOM_MAX_TEXT);
const name = z.string().trim().min(1).max(120);
const pin = z.string().regex(/^\d{6}$/);
const token = z.string().regex(/^[A-Za-z0-9_-]{20,128}$/);

/** What a phone asks the room to record, at the current stage. */
export const phoneActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('card'), text, theme: z.string().trim().max(80).default('') }),
  z.object({ kind: z.literal('offer'), text }),
  z.object({ kind: z.literal('need'), text }),
  z.object({ kind: z.literal('dot'), ideaId: id, delta: z.union([z.literal(1), z.literal(-1)]) }),
  z.object({
    kind: z.literal('score'),
    ideaId: id,
    impact: z.number().int().min(1).max(5),
    feasibility: z.number().int().min(1).max(5),
  }),
]);
export type PhoneAction = z.infer<typeof phoneActionSchema>;

/** Phone → server. */
export const phoneMessageSchema = z.discriminatedUnion('type', [
  /**
   * Ask for the names to pick from: the room answers `participants` only to a phone that knows
   * the PIN (and keeps it up to date until the phone joins), so nobody off the room sees them.
   */
  z.object({ type: z.literal('names'), pin }),
  /** Join as a checked-in participant (picked from the names the room lists). */
  z.object({ type: z.literal('join'), pin, participantId: id }),
  /** Ask to join as a walk-in; the facilitator approves. */
  z.object({
    type: z.literal('walk-in'),
    pin,
    name,
    organisation: z.string().trim().max(160).default(''),
  }),
  /** Come back after a lost connection or a reload, with the token the room gave. */
  z.object({ type: z.literal('resume'), token }),
  z.object({
    type: z.literal('submit'),
    clientId: clientIdSchema,
    stageId: id,
    action: phoneActionSchema,
  }),
]);
export type PhoneMessage = z.infer<typeof phoneMessageSchema>;

/** What a phone sees of the current stage: never roster data beyond what the stage shows. */
export const phoneStageViewSchema = z.object({
  stageId: id.nullable(),
  /** What the phone can do now; 'wait' between stages or when the stage takes nothing from phones. */
  mode: z.enum(['wait', 'cards', 'offers-needs', 'dots', 'scores', 'schedule']),
  title: z.string().max(200),
  /** Ideas to vote on or score (dots, scores). */
  ideas: z.array(z.object({ id, text: z.string().max(400) })).max(500),
  /** Dots each participant may place (dots). */
  dotsPerParticipant: z.number().int().min(0).max(100),
  /** Dot totals per idea, only once the facilitator reveals them. */
  revealed: z.record(z.string(), z.number().int().min(0)).nullable(),
});
export type PhoneStageView = z.infer<typeof phoneStageViewSchema>;

/** What one participant sees of their own: their dots placed, their B2B meetings. */
export const phonePersonalViewSchema = z.object({
  dots: z.record(z.string(), z.number().int().min(0)),
  meetings: z
    .array(z.object({ time: z.string().max(5), table: z.number().int(), withName: z.string() }))
    .max(48),
});
export type PhonePersonalView = z.infer<typeof phonePersonalViewSchema>;

/** Server → phone. */
export type ServerToPhone =
  | {
      readonly type: 'welcome';
      readonly token: string;
      readonly participantId: string;
      readonly name: string;
    }
  | { readonly type: 'pending' }
  | { readonly type: 'participants'; readonly list: readonly { id: string; name: string }[] }
  | { readonly type: 'stage'; readonly view: PhoneStageView; readonly mine: PhonePersonalView }
  | { readonly type: 'ack'; readonly clientId: string }
  | { readonly type: 'refused'; readonly clientId: string | null; readonly reason: RoomRefusal };

/** Why the room said no, as a code the phone page words in its language. */
export const roomRefusals = [
  'badMessage',
  'tooLarge',
  'tooFast',
  'badPin',
  'badToken',
  'notJoined',
  'unknownParticipant',
  'wrongStage',
  'budgetSpent',
  'refusedByHost',
  'roomClosed',
] as const;
export type RoomRefusal = (typeof roomRefusals)[number];

/** Host (the facilitator's page) → server. */
export const hostMessageSchema = z.discriminatedUnion('type', [
  /** The checked-in participants phones may pick from (names only). */
  z.object({
    type: z.literal('participants'),
    list: z.array(z.object({ id, name })).max(2000),
  }),
  /** The current stage as phones see it, and each participant's own view. */
  z.object({
    type: z.literal('stage'),
    view: phoneStageViewSchema,
    mine: z.record(z.string(), phonePersonalViewSchema),
  }),
  /** A submission was written (or refused): the server tells the phone. */
  z.object({
    type: z.literal('result'),
    clientId: clientIdSchema,
    ok: z.boolean(),
    reason: z.enum(roomRefusals).optional(),
  }),
  /** The facilitator let a walk-in in, as the participant record it created. */
  z.object({ type: z.literal('admit'), requestId: id, participantId: id, name }),
  z.object({ type: z.literal('turn-away'), requestId: id }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

/** Server → host. */
export type ServerToHost =
  | {
      readonly type: 'submission';
      readonly participantId: string;
      readonly clientId: string;
      readonly stageId: string;
      readonly action: PhoneAction;
    }
  | {
      readonly type: 'walk-in';
      readonly requestId: string;
      readonly name: string;
      readonly organisation: string;
    }
  | { readonly type: 'presence'; readonly connected: number; readonly joined: number };

/**
 * Server → host, as a schema: the facilitator's page checks every message before acting on it
 * (the server is trusted, but a message that does not parse is dropped, never half-applied).
 */
export const serverToHostSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('submission'),
    participantId: id,
    clientId: clientIdSchema,
    stageId: id,
    action: phoneActionSchema,
  }),
  z.object({
    type: z.literal('walk-in'),
    requestId: id,
    name,
    organisation: z.string().trim().max(160),
  }),
  z.object({
    type: z.literal('presence'),
    connected: z.number().int().min(0),
    joined: z.number().int().min(0),
  }),
]);
