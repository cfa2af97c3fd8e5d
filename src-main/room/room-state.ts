/**
 * The room kept on disk while it is open (desktop): its PIN and the joined phones' sessions, so
 * that after the app restarts (a crash, a laptop that ran out of battery) the facilitator opens
 * the room again with the same PIN and every phone resumes with the token it holds, without
 * picking its name again. Written 0600 (tokens let a phone act as its participant), replaced
 * atomically, refused when it is a symbolic link or does not parse, and deleted when the
 * facilitator closes the room.
 */
import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { SavedSession, SessionStore } from './room-links';

const roomStateSchema = z.object({
  /** The workshop whose room it is: another workshop's room starts afresh. */
  workshopId: z.string().min(1).max(64),
  pin: z.string().regex(/^\d{6}$/),
  sessions: z
    .array(
      z.object({
        token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
        participantId: z.string().min(1).max(64),
        name: z.string().max(300),
      }),
    )
    .max(10_000),
});

export type RoomState = z.infer<typeof roomStateSchema>;

/** The room as kept, or null (none, a link, unreadable or not valid: start afresh). */
export function readRoomState(file: string): RoomState | null {
  try {
    if (!lstatSync(file).isFile()) return null;
    const parsed = roomStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function writeRoomState(file: string, state: RoomState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(state), { mode: 0o600, flag: 'w' });
    renameSync(temporary, file);
  } catch {
    // Keeping sessions is a convenience: a full disk must not stop the room.
    rmSync(temporary, { force: true });
  }
}

/** The room kept for `workshopId`, or null (none, or another workshop's). */
export function readRoomStateOf(file: string, workshopId: string): RoomState | null {
  const kept = readRoomState(file);
  return kept !== null && kept.workshopId === workshopId ? kept : null;
}

/**
 * The sessions of `workshopId`'s room whose PIN is `pin()` (known once the server made it): those
 * kept for the same workshop and PIN are loaded, and every change is written.
 */
export function roomStateStore(file: string, workshopId: string, pin: () => string): SessionStore {
  return {
    load: () => {
      const kept = readRoomStateOf(file, workshopId);
      return kept !== null && kept.pin === pin() ? kept.sessions : [];
    },
    save: (sessions: readonly SavedSession[]) =>
      writeRoomState(file, { workshopId, pin: pin(), sessions: [...sessions] }),
  };
}

/** The room is closed: nothing of it stays on disk. */
export function forgetRoomState(file: string): void {
  rmSync(file, { force: true });
}
