/**
 * The presenter's room size and wall pages (issue 16): a projector cannot scroll, so cards that
 * do not fit are shown page by page, and the text scales for the room with + and −.
 */
import { useEffect, useState, type RefObject } from 'react';

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

const SCALES = [0.8, 0.9, 1, 1.15, 1.3, 1.5] as const;
const SCALE_KEY = 'presenter.roomSize';

/** The room size: + and − step the text's scale; kept on this computer for the next workshop. */
export function useRoomScale(): number {
  const [step, setStep] = useState(() => {
    const kept = Number(localStorage.getItem(SCALE_KEY));
    const index = SCALES.findIndex((scale) => scale === kept);
    return index >= 0 ? index : SCALES.indexOf(1);
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const delta = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : 0;
      if (delta === 0) return;
      setStep((current) => {
        const next = Math.min(SCALES.length - 1, Math.max(0, current + delta));
        localStorage.setItem(SCALE_KEY, String(SCALES[next]));
        return next;
      });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return SCALES[step] ?? 1;
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
