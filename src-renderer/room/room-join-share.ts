/**
 * How phones join, handed from the Run view to the presenter view (issue 15): the Run view, while
 * it hosts an open room, shares the join address and PIN (and whether the facilitator wants them
 * on the projector) in this browser profile's local storage; the presenter window or tab reads
 * them and follows every change through the `storage` event. Nothing of it is workshop data: it
 * lives as long as the room is hosted here and never travels in packages.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { z } from 'zod';

const keyOf = (workshopId: string) => `room.join.${workshopId}`;
/** Same-window changes (the `storage` event reaches other windows only). */
const LOCAL_EVENT = 'mcs-room-join';

const sharedJoinSchema = z.object({
  joinUrl: z.url({ protocol: /^https?$/ }),
  pin: z.string().regex(/^\d{6}$/),
  onProjector: z.boolean(),
});

export type SharedJoin = z.infer<typeof sharedJoinSchema>;

/** Shares how to join (or, with null, says the room is no longer hosted here). */
export function shareJoin(workshopId: string, join: SharedJoin | null): void {
  const key = keyOf(workshopId);
  if (join === null) localStorage.removeItem(key);
  else localStorage.setItem(key, JSON.stringify(join));
  window.dispatchEvent(new Event(LOCAL_EVENT));
}

function read(workshopId: string): string | null {
  return localStorage.getItem(keyOf(workshopId));
}

function parse(raw: string | null): SharedJoin | null {
  if (raw === null) return null;
  try {
    const parsed = sharedJoinSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  window.addEventListener(LOCAL_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(LOCAL_EVENT, onChange);
  };
}

const projectorKey = (workshopId: string) => `room.projector.${workshopId}`;

/** Whether the facilitator wants the join details on the projector (yes unless they said no). */
export function projectorChoice(workshopId: string): boolean {
  return localStorage.getItem(projectorKey(workshopId)) !== 'no';
}

export function setProjectorChoice(workshopId: string, shown: boolean): void {
  localStorage.setItem(projectorKey(workshopId), shown ? 'yes' : 'no');
}

/**
 * The Run view's side: shares `join` while the component using it is mounted (the room hosted by
 * this page), and withdraws it when it goes (room closed, page left, tab or window closed).
 */
export function useShareJoin(workshopId: string, join: SharedJoin): void {
  const { joinUrl, pin, onProjector } = join;
  useEffect(() => {
    shareJoin(workshopId, { joinUrl, pin, onProjector });
  }, [workshopId, joinUrl, pin, onProjector]);
  useEffect(() => {
    const withdraw = () => shareJoin(workshopId, null);
    window.addEventListener('pagehide', withdraw);
    return () => {
      window.removeEventListener('pagehide', withdraw);
      withdraw();
    };
  }, [workshopId]);
}

/** How to join the room of a workshop, as the Run view shares it now (null: no room hosted). */
export function useSharedJoin(workshopId: string): SharedJoin | null {
  // The raw string is the snapshot (stable between changes); parsed on every render is cheap.
  const raw = useSyncExternalStore(subscribe, () => read(workshopId));
  return parse(raw);
}
