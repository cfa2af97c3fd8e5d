/**
 * Helpers of the runner's stage controls (StageNavBar.tsx): clock times as the language writes
 * them (24-hour where it uses them), the gates still holding a stage, and the bar's measured
 * height, which the page keeps clear when a focused field scrolls into view.
 */
import { intlFormatter } from '../../../../src-core/text/intl-cache';
import { useEffect, type RefObject } from 'react';
import type { GateResult } from '../../../../src-core/method';

/** The CSS variable run.css reads for the page's scroll padding under the sticky bar. */
export const STAGE_NAV_BLOCK_SIZE = '--stage-nav-block-size';

/** A time of day ("14:05") in the UI language; `at` is epoch milliseconds or an ISO instant. */
export function formatClockTime(at: number | string, language: string): string {
  const format = intlFormatter(
    'clock',
    language,
    (locale) => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }),
  );
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : format.format(date);
}

/** "A, B and C" in the UI language. */
export function formatList(items: readonly string[], language: string): string {
  return intlFormatter(
    'list',
    language,
    (locale) => new Intl.ListFormat(locale, { type: 'conjunction' }),
  ).format(items);
}

/** The gates that still hold the stage: failed and not overridden. */
export function unmetGates(results: readonly GateResult[]): GateResult[] {
  return results.filter((result) => !result.passed && result.override === null);
}

/** Publishes the element's height as STAGE_NAV_BLOCK_SIZE on the root while it is shown. */
export function usePublishedBlockSize(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const publish = () =>
      root.style.setProperty(
        STAGE_NAV_BLOCK_SIZE,
        `${Math.ceil(element.getBoundingClientRect().height)}px`,
      );
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(STAGE_NAV_BLOCK_SIZE);
    };
  }, [ref]);
}

/** The arrow keys (with Ctrl) to the next and the previous stage: mirrored right to left. */
export function stageArrows(direction: string): { next: string; previous: string } {
  return direction === 'rtl'
    ? { next: 'ArrowLeft', previous: 'ArrowRight' }
    : { next: 'ArrowRight', previous: 'ArrowLeft' };
}
