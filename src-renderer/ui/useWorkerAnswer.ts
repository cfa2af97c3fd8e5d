/**
 * An answer computed in the bulk worker for a page — analyses that read whole tables and would
 * freeze the page at 100,000 organisations. Asked at once; asked again once commits touching
 * `tables` have settled (this page's, the bulk worker's, another window's: `useTablesVersion`);
 * ended when the page is left or the question changes, so an abandoned computation does not keep
 * the cores busy. The last answer about the same `subject` (a record id) stays shown while a newer
 * one is computed — a date typed into the page does not blank it, `updating` says it is not the
 * latest — and never one about another.
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { useTablesVersion } from '../db/live';
import { useWorkspace } from '../db/provider';
import { runWorkerTask } from '../workers/client';
import type { WorkerResults, WorkerTask } from '../workers/protocol';
import { useNotifyError } from './useNotifyError';

/** Commits this close together are one reason to ask again (a bulk tag, a quick series of edits). */
const SETTLE_MS = 250;

export interface WorkerAnswer<V> {
  /** Undefined until the first answer about the subject. */
  readonly answer: V | undefined;
  /** A newer answer is being computed (the data or the question changed since this one). */
  readonly updating: boolean;
}

export function useWorkerAnswer<T extends WorkerTask>(
  task: T,
  tables: readonly string[],
  subject: string,
): WorkerAnswer<WorkerResults[T['kind']]> {
  const { db } = useWorkspace();
  const notifyError = useNotifyError();
  // Said when it happens, without asking again whenever the page renders.
  const onFailure = useEffectEvent((error: unknown) => notifyError(error));
  const version = useTablesVersion(db, tables);
  const question = JSON.stringify(task);
  // What the answer was asked: the question and the data version it was computed from.
  const asked = `${version} ${question}`;
  const [answer, setAnswer] = useState<{
    subject: string;
    asked: string;
    value: WorkerResults[T['kind']];
  }>();

  useEffect(() => {
    let current = true;
    const stop = new AbortController();
    const ask = () =>
      runWorkerTask(JSON.parse(question) as T, undefined, [], undefined, stop.signal).then(
        (value) => {
          if (current) setAnswer({ subject, asked, value });
        },
        (error: unknown) => {
          if (current) onFailure(error);
        },
      );
    // The first answer at once; later ones once a burst of commits has settled.
    const timer = setTimeout(() => void ask(), version === 0 ? 0 : SETTLE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
      stop.abort();
    };
  }, [asked, question, subject, version]);

  if (answer?.subject !== subject) return { answer: undefined, updating: false };
  return { answer: answer.value, updating: answer.asked !== asked };
}
