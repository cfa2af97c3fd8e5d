/**
 * Merging two idea cards that say the same thing (the facilitator tidying the wall, issue 15):
 * the card merged away is removed, and everything cast on it moves to the card kept — each voter's
 * dots added to their own on the kept card (a voter's total, hence their budget, is unchanged),
 * each person's score moved unless they already scored the kept card (theirs there stays).
 * Pure: the command (src-renderer/db/commands/idea-commands.ts) reads, applies and writes it in
 * one transaction.
 */
import type { EntryOf, WorkshopEntry } from '../model/workshop-run';

/** An entry as stored, with whose own it is (a phone's score) when it is someone's. */
export interface MergeRow {
  readonly id: string;
  readonly entry: WorkshopEntry;
  readonly participantId?: string;
}

export type IdeaMerge =
  | {
      readonly ok: true;
      /** Entries to rewrite (a vote or score moved or raised). */
      readonly updates: readonly { readonly id: string; readonly entry: WorkshopEntry }[];
      /** Entries to remove: the card merged away, and votes or scores folded into others. */
      readonly removals: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'same-card' | 'card-gone' };

const voterKey = (vote: EntryOf<'dot-votes'>) => `${vote.source}|${vote.voterId}|${vote.table}`;
const scorerKey = (row: MergeRow) => row.participantId ?? '';

/** What merging card `fromId` into card `intoId` writes, among the workshop's live entries. */
export function planIdeaMerge(
  rows: readonly MergeRow[],
  fromId: string,
  intoId: string,
): IdeaMerge {
  if (fromId === intoId) return { ok: false, reason: 'same-card' };
  const isCard = (id: string) =>
    rows.some((row) => row.id === id && row.entry.kind === 'idea-cards');
  if (!isCard(fromId) || !isCard(intoId)) return { ok: false, reason: 'card-gone' };

  const updates: { id: string; entry: WorkshopEntry }[] = [];
  const removals: string[] = [fromId];

  const votes = rows.flatMap((row) =>
    row.entry.kind === 'dot-votes' ? [{ id: row.id, vote: row.entry }] : [],
  );
  const keptVotes = new Map(
    votes.filter(({ vote }) => vote.ideaId === intoId).map((v) => [voterKey(v.vote), v]),
  );
  for (const { id, vote } of votes.filter((v) => v.vote.ideaId === fromId)) {
    const kept = keptVotes.get(voterKey(vote));
    if (kept === undefined) {
      updates.push({ id, entry: { ...vote, ideaId: intoId } });
      continue;
    }
    const raised = { ...kept.vote, dots: kept.vote.dots + vote.dots };
    keptVotes.set(voterKey(vote), { id: kept.id, vote: raised });
    removals.push(id);
  }
  for (const { id, vote } of keptVotes.values()) {
    const before = rows.find((row) => row.id === id)?.entry;
    if (before !== undefined && before.kind === 'dot-votes' && before.dots !== vote.dots) {
      updates.push({ id, entry: vote });
    }
  }

  const scores = rows.filter((row) => row.entry.kind === 'impact-feasibility');
  const scoredKept = new Set(
    scores
      .filter((row) => row.entry.kind === 'impact-feasibility' && row.entry.ideaId === intoId)
      .map(scorerKey),
  );
  for (const row of scores) {
    if (row.entry.kind !== 'impact-feasibility' || row.entry.ideaId !== fromId) continue;
    if (scoredKept.has(scorerKey(row))) removals.push(row.id);
    else {
      updates.push({ id: row.id, entry: { ...row.entry, ideaId: intoId } });
      scoredKept.add(scorerKey(row));
    }
  }
  return { ok: true, updates, removals };
}
