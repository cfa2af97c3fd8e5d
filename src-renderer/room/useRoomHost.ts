/**
 * The room's host session (room-host.ts) for the Run view: open while the room is, fed with the
 * run's live data, so what phones see follows the workspace — a write, a stage move, a reveal, a
 * check-in — and showing its status, counts and walk-ins.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Stage } from '../../src-core/method';
import type { PhoneMode } from '../../src-core/room/phone-modes';
import { useWorkspace } from '../db/provider';
import type { RunData } from '../db/workshop-run';
import { todayIso } from '../ui/today';
import type { RoomConfig } from './room-client';
import {
  RoomHostSession,
  roomMessages,
  type RoomHostSnapshot,
  type WalkInRequest,
} from './room-host';

export type { WalkInRequest } from './room-host';

export interface RoomHost extends RoomHostSnapshot {
  admit(request: WalkInRequest, participantId: string, name: string): void;
  turnAway(request: WalkInRequest): void;
}

const CLOSED: RoomHostSnapshot = {
  status: 'closed',
  connected: 0,
  joined: 0,
  walkIns: [],
  invalid: 0,
};

export function useRoomHost(
  config: RoomConfig | null,
  data: RunData,
  stage: Stage | null,
  mode: PhoneMode,
  language: string,
): RoomHost {
  const { db, repositories } = useWorkspace();
  const [snapshot, setSnapshot] = useState<RoomHostSnapshot>(CLOSED);
  const messages = useMemo(
    () => roomMessages(data, stage, mode, language),
    [data, stage, mode, language],
  );
  // The latest state, read by the session (set up once per room).
  const latest = useRef({ messages, db, repositories });
  useEffect(() => {
    latest.current = { messages, db, repositories };
  });
  const session = useRef<RoomHostSession | null>(null);

  const server = config?.server ?? null;
  const hostKey = config?.hostKey ?? null;
  useEffect(() => {
    if (server === null || hostKey === null) return;
    const opened = new RoomHostSession(
      { server, hostKey },
      {
        context: () => ({
          db: latest.current.db,
          repositories: latest.current.repositories,
          today: todayIso(),
        }),
        messages: () => latest.current.messages,
        onChange: setSnapshot,
      },
    );
    session.current = opened;
    return () => {
      opened.close();
      session.current = null;
      setSnapshot(CLOSED);
    };
  }, [server, hostKey]);

  useEffect(() => {
    session.current?.sync();
  }, [messages]);

  return {
    ...snapshot,
    admit: (request, participantId, name) => session.current?.admit(request, participantId, name),
    turnAway: (request) => session.current?.turnAway(request),
  };
}
