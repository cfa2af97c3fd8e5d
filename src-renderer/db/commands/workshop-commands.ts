/**
 * Commands of the workshop runner: each reads what is stored, applies a pure edit from src-core
 * and writes, in one transaction. A stage's governance and agreement are one entry per workshop,
 * created by the first edit (two quick first edits still make one entry).
 */
import { newRecordId } from '../../../src-core/model/ids';
import {
  actionTextsFromTopIdeas,
  actionsWithPlan,
  ideaTextsFromPairs,
  talliesOf,
  addSignatory,
  editSignatory,
  entryOfKind,
  governancePatch,
  governanceWithRoles,
  initialAgreement,
  initialGovernance,
  removeSignatory,
  withRole,
  type SignatoryKey,
} from '../../../src-core/edits';
import type { WorkshopEntryRecord } from '../../../src-core/model/entities';
import type { metaClusterRoles } from '../../../src-core/model/enums';
import {
  entriesOfKind,
  type EntryOf,
  type WorkshopEntry,
} from '../../../src-core/model/workshop-run';
import type { OutputKind } from '../../../src-core/method/schema';
import { changeRecord, type CommandContext, type CommandOutcome } from './context';

type Role = (typeof metaClusterRoles)[number];
type Signatory = EntryOf<'agreement'>['signatories'][number];

export interface StageTarget {
  readonly workshopId: string;
  readonly stageId: string;
}

/** The workshop's entries not removed, oldest first. */
export async function liveEntries(ctx: CommandContext, workshopId: string) {
  const rows = await ctx.db.workshopEntries.where('workshopId').equals(workshopId).toArray();
  return rows.filter((row) => !row.deleted).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Edits the workshop's one entry of `kind` (the latest, should a merge have brought two), or
 * creates it from `initial` — reading and writing in one transaction.
 */
async function editSingleton<K extends OutputKind>(
  ctx: CommandContext,
  target: StageTarget,
  kind: K,
  initial: () => EntryOf<K>,
  edit: (entry: EntryOf<K>) => EntryOf<K>,
): Promise<CommandOutcome> {
  return ctx.db.transaction('rw', ['workshopEntries', 'settings'], async () => {
    const existing = entriesOfKind(await liveEntries(ctx, target.workshopId), kind).at(-1);
    if (existing) return editEntry(ctx, existing.id, kind, edit);
    const created = await ctx.repositories.workshopEntries.create({
      ...target,
      entry: edit(initial()) as WorkshopEntry,
    });
    return { undo: () => ctx.repositories.workshopEntries.remove(created.id) };
  });
}

/** Captures several entries at once; Undo removes them all. Nothing to add: nothing to undo. */
async function createAll(
  ctx: CommandContext,
  target: StageTarget,
  entries: readonly WorkshopEntry[],
): Promise<CommandOutcome> {
  const ids: string[] = [];
  for (const entry of entries) {
    ids.push((await ctx.repositories.workshopEntries.create({ ...target, entry })).id);
  }
  if (ids.length === 0) return {};
  return {
    undo: () =>
      ctx.db.transaction('rw', ['workshopEntries', 'settings'], async () => {
        for (const id of ids) await ctx.repositories.workshopEntries.remove(id);
      }),
  };
}

/** Edits one entry as stored now (never a page's copy of it). */
export function editEntry<K extends OutputKind>(
  ctx: CommandContext,
  id: string,
  kind: K,
  edit: (entry: EntryOf<K>) => EntryOf<K>,
): Promise<CommandOutcome> {
  return changeRecord(ctx, 'workshopEntries', id, (current) => ({
    entry: edit(entryOfKind(current.entry, kind)) as WorkshopEntry,
  }));
}

export const workshopCommands = {
  /** Captures an entry; Undo removes it. */
  'entry.add': async (ctx: CommandContext, args: StageTarget & { entry: WorkshopEntry }) => {
    const { entry, ...target } = args;
    const created: WorkshopEntryRecord = await ctx.repositories.workshopEntries.create({
      ...target,
      entry,
    });
    return { undo: () => ctx.repositories.workshopEntries.remove(created.id) };
  },
  /** Captures several entries at once (a room's burst of cards) in one bulk write; Undo removes them. */
  'entries.addMany': async (
    ctx: CommandContext,
    args: { entries: readonly (StageTarget & { entry: WorkshopEntry })[] },
  ) => {
    const { workshopEntries } = ctx.repositories;
    const ids = args.entries.map(() => newRecordId());
    await workshopEntries.writeMany(
      args.entries.map(({ entry, ...target }, at) => ({
        kind: 'create' as const,
        id: ids[at] as string,
        fields: { ...target, entry },
      })),
    );
    return {
      undo: () =>
        workshopEntries.writeMany(
          ids.map((id) => ({ kind: 'change' as const, id, patch: { deleted: true } })),
        ),
    };
  },
  /** Removes an entry (a soft delete); Undo restores it. */
  'entry.remove': async (ctx: CommandContext, args: { id: string }) => {
    await ctx.repositories.workshopEntries.remove(args.id);
    return { undo: () => ctx.repositories.workshopEntries.restore(args.id) };
  },
  /**
   * The one entry of a kind that `match` names (a map cell by segment and cluster, an idea's
   * scores) — one participant's own when `participantId` is given (a score from a phone), else
   * the facilitator's: its `patch` fields set when it exists, else `entry` created — read and
   * written in one transaction, so two quick first edits make one entry, not two.
   */
  'entry.upsert': <K extends OutputKind>(
    ctx: CommandContext,
    args: StageTarget & {
      kind: K;
      match: Partial<EntryOf<K>>;
      entry: EntryOf<K>;
      patch: Partial<Omit<EntryOf<K>, 'kind'>>;
      participantId?: string;
    },
  ) =>
    ctx.db.transaction('rw', ['workshopEntries', 'settings'], async () => {
      const matching = entriesOfKind(await liveEntries(ctx, args.workshopId), args.kind).filter(
        (row) =>
          row.participantId === args.participantId &&
          Object.entries(args.match).every(
            ([key, value]) => (row.entry as Record<string, unknown>)[key] === value,
          ),
      );
      const existing = matching.at(-1);
      if (existing) return editEntry(ctx, existing.id, args.kind, (e) => ({ ...e, ...args.patch }));
      const created = await ctx.repositories.workshopEntries.create({
        workshopId: args.workshopId,
        stageId: args.stageId,
        entry: { ...args.entry, ...args.patch } as WorkshopEntry,
        ...(args.participantId === undefined ? {} : { participantId: args.participantId }),
      });
      return { undo: () => ctx.repositories.workshopEntries.remove(created.id) };
    }),
  /** Sets some fields of an entry of a known kind (the others stay as stored). */
  'entry.patch': <K extends OutputKind>(
    ctx: CommandContext,
    args: { id: string; kind: K; patch: Partial<Omit<EntryOf<K>, 'kind'>> },
  ) => editEntry(ctx, args.id, args.kind, (entry) => ({ ...entry, ...args.patch })),

  'governance.setRole': (
    ctx: CommandContext,
    args: StageTarget & { clusterIds: readonly string[]; clusterId: string; role: Role },
  ) =>
    editSingleton(
      ctx,
      args,
      'governance',
      () => initialGovernance(args.clusterIds),
      (entry) => governanceWithRoles(entry, withRole(entry.roles, args.clusterId, args.role)),
    ),
  'governance.setRule': (
    ctx: CommandContext,
    args: StageTarget & { clusterIds: readonly string[]; rule: string },
  ) =>
    editSingleton(
      ctx,
      args,
      'governance',
      () => initialGovernance(args.clusterIds),
      (entry) => ({ ...entry, decisionRule: args.rule }),
    ),
  'agreement.setType': (
    ctx: CommandContext,
    args: StageTarget & { type: EntryOf<'agreement'>['type'] },
  ) => editSingleton(ctx, args, 'agreement', initialAgreement, (e) => ({ ...e, type: args.type })),
  'agreement.addSignatory': (ctx: CommandContext, args: StageTarget & { person: Signatory }) =>
    editSingleton(ctx, args, 'agreement', initialAgreement, (entry) => ({
      ...entry,
      signatories: addSignatory(entry.signatories, args.person),
    })),
  'agreement.editSignatory': (
    ctx: CommandContext,
    args: StageTarget & { key: SignatoryKey; patch: Partial<Signatory> },
  ) =>
    editSingleton(ctx, args, 'agreement', initialAgreement, (entry) => ({
      ...entry,
      signatories: editSignatory(entry.signatories, args.key, args.patch),
    })),
  'agreement.removeSignatory': (ctx: CommandContext, args: StageTarget & { key: SignatoryKey }) =>
    editSingleton(ctx, args, 'agreement', initialAgreement, (entry) => ({
      ...entry,
      signatories: removeSignatory(entry.signatories, args.key),
    })),

  /** The kept pairs of matchmaking as idea cards (those not yet there); Undo removes them. */
  'ideas.fromKeptPairs': (ctx: CommandContext, args: StageTarget) =>
    ctx.db.transaction('rw', ['workshopEntries', 'organisations', 'settings'], async () => {
      const rows = await liveEntries(ctx, args.workshopId);
      const pairs = entriesOfKind(rows, 'organisation-pairs').map((row) => row.entry);
      const ids = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))];
      const organisations = await ctx.db.organisations.bulkGet(ids);
      const names = new Map(organisations.flatMap((o) => (o ? [[o.id, o.name] as const] : [])));
      const texts = ideaTextsFromPairs(
        pairs,
        (id) => names.get(id) ?? id,
        entriesOfKind(rows, 'idea-cards').map((row) => row.entry.text),
      );
      return createAll(
        ctx,
        args,
        texts.map((text) => ({ kind: 'idea-cards', text, theme: '' })),
      );
    }),
  /** The best-voted ideas as action lines (those not yet there); Undo removes them. */
  'actions.fromTopIdeas': (ctx: CommandContext, args: StageTarget & { count: number }) =>
    ctx.db.transaction('rw', ['workshopEntries', 'settings'], async () => {
      const rows = await liveEntries(ctx, args.workshopId);
      const texts = actionTextsFromTopIdeas(
        talliesOf(rows),
        args.count,
        entriesOfKind(rows, 'action-plan').map((row) => row.entry.text),
      );
      return createAll(
        ctx,
        args,
        texts.map((text) => ({
          kind: 'action-plan',
          text,
          owner: '',
          due: null,
          kpi: '',
          status: 'planned',
        })),
      );
    }),

  /** Writes the workshop's governance and agreement onto its meta-cluster; Undo puts it back. */
  'workshop.applyGovernance': (
    ctx: CommandContext,
    args: { workshopId: string; metaClusterId: string },
  ) =>
    ctx.db.transaction('rw', ['workshopEntries', 'metaClusters', 'settings'], async () => {
      const rows = await liveEntries(ctx, args.workshopId);
      const governance = entriesOfKind(rows, 'governance').at(-1)?.entry;
      const agreement = entriesOfKind(rows, 'agreement').at(-1)?.entry ?? null;
      return changeRecord(ctx, 'metaClusters', args.metaClusterId, (current) =>
        governancePatch(
          current,
          governance ?? initialGovernance(current.members.map((member) => member.clusterId)),
          agreement,
          ctx.today,
        ),
      );
    }),
  /** Brings the workshop's action plan into its meta-cluster's action lines; Undo puts them back. */
  'workshop.copyActions': (
    ctx: CommandContext,
    args: { workshopId: string; metaClusterId: string },
  ) =>
    ctx.db.transaction('rw', ['workshopEntries', 'metaClusters', 'settings'], async () => {
      const plan = entriesOfKind(await liveEntries(ctx, args.workshopId), 'action-plan');
      return changeRecord(ctx, 'metaClusters', args.metaClusterId, (current) => ({
        actions: actionsWithPlan(current.actions, plan),
      }));
    }),
};
