/**
 * The presenter's room size and wall pages (issue 16): a projector cannot scroll, so cards that
 * do not fit are shown page by page, and the text scales for the room with + and −.
 */
import { useEffect, useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/** How long a page of cards stays on the wall. */
export const PAGE_MS = 12_000;

/**
 * Which cards the wall shows: from `start`, as many as fit. The cards past the list's bottom edge
 * are hidden (data-overflow: never half-drawn) and counted; every PAGE_MS the next page starts with the first card that did not
 * fit, then the wall starts over.
 */
export function useWallPages(count: number, list: RefObject<HTMLUListElement | null>) {
  const [start, setStart] = useState(0);
  const [fit, setFit] = useState(count);
  const from = start < count ? start : 0;

  useEffect(() => {
    const element = list.current;
    if (element === null) return;
    const measure = () => {
      const items = Array.from(element.children) as HTMLElement[];
      const bottom = element.getBoundingClientRect().bottom + 1;
      let fitting = items.length;
      items.forEach((item, index) => {
        const overflows =
          index > 0 && (index >= fitting || item.getBoundingClientRect().bottom > bottom);
        if (overflows && index < fitting) fitting = index;
        item.dataset.overflow = String(overflows);
      });
      setFit(fitting);
    };
    // Measured when the wall's size or its cards change (a new card, the next page, + or −).
    const frame = requestAnimationFrame(measure);
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    const changed = new MutationObserver(measure);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      cancelAnimationFrame(frame);
      resized.disconnect();
      changed.disconnect();
    };
  }, [list]);

  const isPaged = from > 0 || from + fit < count;
  useEffect(() => {
    if (!isPaged) return;
    const timer = setTimeout(() => setStart(from + fit >= count ? 0 : from + fit), PAGE_MS);
    return () => clearTimeout(timer);
  }, [isPaged, from, fit, count]);

  return { from, fit: Math.min(fit, count - from), isPaged };
}

/** Room sizes: the text's scale on the presenter screen (1 = 40 px at 1080 p, a 15 m room). */
export const ROOM_SIZES = [0.8, 0.9, 1, 1.15, 1.3, 1.5] as const;
const SCALE_KEY = 'presenter.roomSize';
const listeners = new Set<() => void>();

/** The room size kept on this computer (shared by the run view and the presenter window). */
export function roomSize(): number {
  const kept = Number(localStorage.getItem(SCALE_KEY));
  return ROOM_SIZES.find((scale) => scale === kept) ?? 1;
}

export function setRoomSize(scale: number): void {
  const known = ROOM_SIZES.find((size) => size === scale);
  if (known === undefined) return;
  localStorage.setItem(SCALE_KEY, String(known));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  // Another window (the run view beside the presenter) changes it through storage events.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SCALE_KEY) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useRoomSize(): number {
  return useSyncExternalStore(subscribe, roomSize);
}

/**
 * The presenter's room size: set in the run view, or stepped with + and − on the presenter
 * screen; kept on this computer for the next workshop.
 */
export function useRoomScale(): number {
  const scale = useRoomSize();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const delta = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : 0;
      if (delta === 0) return;
      const step = ROOM_SIZES.findIndex((size) => size === roomSize());
      const next = ROOM_SIZES[Math.min(ROOM_SIZES.length - 1, Math.max(0, step + delta))];
      if (next !== undefined) setRoomSize(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return scale;
}

/**
 * How much a presenter page can leave out: the stage's purpose, then the workshop and the size
 * hint, then the voting message (the facilitator says it aloud).
 */
export const COMPACT_LEVELS = 3;

/** Whether the page is taller than the screen, or the wall's first card is cut. */
function overflows(page: HTMLElement): boolean {
  if (page.scrollHeight > page.clientHeight + 1) return true;
  const first = page.querySelector('.presenter-cards > li');
  const list = first?.parentElement;
  return (
    first != null &&
    list != null &&
    first.getBoundingClientRect().bottom > list.getBoundingClientRect().bottom + 1
  );
}

/**
 * A large room size on a small screen makes the fixed parts (title, purpose, footer) taller than
 * the screen, and a projector cannot scroll: while the page overflows or leaves no room for one
 * card, it leaves out one more part, least needed first (CSS reads data-compact). Starts over
 * for each `key` (stage, size).
 */
export function useCompaction(page: RefObject<HTMLElement | null>, key: string): number {
  const [state, setState] = useState({ key, level: 0, height: window.innerHeight });
  const level = state.key === key ? state.level : 0;
  useLayoutEffect(() => {
    const element = page.current;
    if (element === null) return;
    const check = () => {
      // A taller screen (the window moved to the projector, full screen) may fit it all again.
      if (window.innerHeight > state.height) {
        setState({ key, level: 0, height: window.innerHeight });
      } else if (level < COMPACT_LEVELS && overflows(element)) {
        setState({ key, level: level + 1, height: window.innerHeight });
      }
    };
    check();
    const resized = new ResizeObserver(check);
    resized.observe(element);
    // Content that arrives later (a card, the voting message) is measured too.
    const changed = new MutationObserver(check);
    changed.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, [page, key, level, state.height]);
  return level;
}

/** Rows of a chart shown `perPage` at a time, the next page every PAGE_MS (the ranking's bars). */
export function useChartPages(count: number, perPage: number) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(count / perPage));
  const current = page < pages ? page : 0;
  useEffect(() => {
    if (pages <= 1) return;
    const timer = setTimeout(() => setPage((current + 1) % pages), PAGE_MS);
    return () => clearTimeout(timer);
  }, [current, pages]);
  return {
    from: current * perPage,
    to: Math.min(count, (current + 1) * perPage),
    isPaged: pages > 1,
  };
}
