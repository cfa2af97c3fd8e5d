/**
 * Pure edits of what a workshop captured and of what it hands to its meta-cluster. The runner's
 * governance and agreement are one entry each per workshop (the latest counts); the action plan is
 * one entry per line.
 */
import type { MetaClusterFields } from '../model/entities';
import type { EntryOf, WorkshopEntry } from '../model/workshop-run';
import type { OutputKind } from '../method/schema';
import { EditError, leadOf, rolesAgreeingWith, upsertActions, type ActionLine } from './lists';

/** An entry of the expected kind, or an error (a command never edits the wrong kind). */
export function entryOfKind<K extends OutputKind>(entry: WorkshopEntry, kind: K): EntryOf<K> {
  if (entry.kind !== kind) throw new EditError('edit.kind');
  return entry as EntryOf<K>;
}

/** The governance a workshop starts from: the clusters taking part, the first one leading. */
export function initialGovernance(clusterIds: readonly string[]): EntryOf<'governance'> {
  return {
    kind: 'governance',
    leadClusterId: clusterIds[0] ?? null,
    decisionRule: '',
    roles: clusterIds.map((clusterId, index) => ({
      clusterId,
      role: index === 0 ? 'lead' : 'member',
    })),
  };
}

export function initialAgreement(): EntryOf<'agreement'> {
  return { kind: 'agreement', type: 'letter-of-interest', signatories: [] };
}

/** A governance entry whose lead is the cluster its roles name as lead. */
export function governanceWithRoles(
  entry: EntryOf<'governance'>,
  roles: EntryOf<'governance'>['roles'],
): EntryOf<'governance'> {
  return { ...entry, roles, leadClusterId: leadOf(roles) };
}

/** An action-plan entry as a meta-cluster action line (the entry's id is the line's id). */
export function actionLineOf(id: string, entry: EntryOf<'action-plan'>): ActionLine {
  const { text, owner, due, kpi, status } = entry;
  return { id, text, owner, due, kpi, status };
}

/** What applying a workshop's governance and agreement to its meta-cluster writes. */
export function governancePatch(
  current: Pick<MetaClusterFields, 'members' | 'agreement'>,
  governance: EntryOf<'governance'>,
  agreement: EntryOf<'agreement'> | null,
  today: string,
): Pick<MetaClusterFields, 'governance' | 'members' | 'agreement'> {
  const roles = rolesAgreeingWith(governance.roles, governance.leadClusterId);
  const roleOf = new Map(roles.map((row) => [row.clusterId, row.role]));
  const signatories = agreement?.signatories ?? [];
  const allSigned = signatories.length > 0 && signatories.every((s) => s.status === 'signed');
  const signedBefore = new Map(
    current.agreement.signatories.map((s) => [`${s.name}\u0000${s.organisation}`, s.signedOn]),
  );
  return {
    governance: { leadClusterId: leadOf(roles), decisionRule: governance.decisionRule },
    members: current.members.map((member) => ({
      ...member,
      role: roleOf.get(member.clusterId) ?? member.role,
    })),
    agreement: agreement
      ? {
          type: agreement.type,
          status: allSigned ? 'signed' : 'draft',
          // A date already recorded on the meta-cluster is kept; a new signature is dated today.
          signedOn: allSigned ? (current.agreement.signedOn ?? today) : null,
          signatories: signatories.map((s) => ({
            name: s.name,
            organisation: s.organisation,
            signedOn:
              s.status === 'signed'
                ? (signedBefore.get(`${s.name}\u0000${s.organisation}`) ?? today)
                : null,
          })),
        }
      : current.agreement,
  };
}

/** The meta-cluster's action lines with a workshop's action plan brought in (same ids replaced). */
export function actionsWithPlan(
  actions: readonly ActionLine[],
  plan: readonly { id: string; entry: EntryOf<'action-plan'> }[],
): ActionLine[] {
  return upsertActions(
    actions,
    plan.map((row) => actionLineOf(row.id, row.entry)),
  );
}
