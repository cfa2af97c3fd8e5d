/**
 * Commands of a meta-cluster's page: each reads the stored meta-cluster, applies a pure edit from
 * src-core and writes, in one transaction; Undo writes the former values back.
 */
import {
  addAction,
  addSignatory,
  editAction,
  editSignatory,
  leadOf,
  removeAction,
  removeSignatory,
  rolesAgreeingWith,
  withRole,
  type ActionLine,
  type ActionPatch,
  type SignatoryKey,
} from '../../../src-core/edits';
import type { MetaClusterFields } from '../../../src-core/model/entities';
import type { metaClusterRoles } from '../../../src-core/model/enums';
import { changeRecord, type CommandContext } from './context';

type Role = (typeof metaClusterRoles)[number];
type Agreement = MetaClusterFields['agreement'];
type Signatory = Agreement['signatories'][number];

const change = (
  ctx: CommandContext,
  id: string,
  edit: (current: MetaClusterFields) => Partial<MetaClusterFields>,
) => changeRecord(ctx, 'metaClusters', id, edit);

export const metaClusterCommands = {
  /** Profile fields: name, status, value chain, notes. */
  'metaCluster.patch': (
    ctx: CommandContext,
    args: {
      id: string;
      patch: Partial<Pick<MetaClusterFields, 'name' | 'status' | 'valueChainId' | 'notes'>>;
    },
  ) => change(ctx, args.id, () => args.patch),
  /** The member clusters as the composer leaves them (adding or removing one). */
  'metaCluster.setMembers': (
    ctx: CommandContext,
    args: { id: string; add?: readonly string[]; remove?: readonly string[] },
  ) =>
    change(ctx, args.id, (current) => {
      const removed = new Set(args.remove ?? []);
      const kept = current.members.filter((member) => !removed.has(member.clusterId));
      const known = new Set(kept.map((member) => member.clusterId));
      const added = (args.add ?? [])
        .filter((clusterId) => !known.has(clusterId))
        .map((clusterId) => ({ clusterId, role: 'member' as const }));
      const members = [...kept, ...added];
      const lead = current.governance.leadClusterId;
      const governance =
        lead && removed.has(lead) ? { ...current.governance, leadClusterId: null } : undefined;
      return governance ? { members, governance } : { members };
    }),
  /** A suggested composition replaces the members: its first cluster leads. */
  'metaCluster.useComposition': (
    ctx: CommandContext,
    args: { id: string; clusterIds: readonly string[] },
  ) =>
    change(ctx, args.id, (current) => {
      const members = args.clusterIds.map((clusterId, position) => ({
        clusterId,
        role: position === 0 ? ('lead' as const) : ('member' as const),
      }));
      return { members, governance: { ...current.governance, leadClusterId: leadOf(members) } };
    }),
  /** A member's role; the lead role and the governance's lead cluster stay one fact. */
  'metaCluster.setRole': (
    ctx: CommandContext,
    args: { id: string; clusterId: string; role: Role },
  ) =>
    change(ctx, args.id, (current) => {
      const roles = rolesAgreeingWith(current.members, current.governance.leadClusterId);
      const members = withRole(roles, args.clusterId, args.role);
      return { members, governance: { ...current.governance, leadClusterId: leadOf(members) } };
    }),
  'metaCluster.setRule': (ctx: CommandContext, args: { id: string; rule: string }) =>
    change(ctx, args.id, (current) => ({
      governance: { ...current.governance, decisionRule: args.rule },
    })),
  'metaCluster.agreement': (
    ctx: CommandContext,
    args: { id: string; patch: Partial<Pick<Agreement, 'type' | 'status' | 'signedOn'>> },
  ) => change(ctx, args.id, (current) => ({ agreement: { ...current.agreement, ...args.patch } })),
  'metaCluster.addSignatory': (ctx: CommandContext, args: { id: string; person: Signatory }) =>
    change(ctx, args.id, (current) => ({
      agreement: {
        ...current.agreement,
        signatories: addSignatory(current.agreement.signatories, args.person),
      },
    })),
  'metaCluster.editSignatory': (
    ctx: CommandContext,
    args: { id: string; key: SignatoryKey; patch: Partial<Signatory> },
  ) =>
    change(ctx, args.id, (current) => ({
      agreement: {
        ...current.agreement,
        signatories: editSignatory(current.agreement.signatories, args.key, args.patch),
      },
    })),
  'metaCluster.removeSignatory': (ctx: CommandContext, args: { id: string; key: SignatoryKey }) =>
    change(ctx, args.id, (current) => ({
      agreement: {
        ...current.agreement,
        signatories: removeSignatory(current.agreement.signatories, args.key),
      },
    })),
  'metaCluster.addAction': (ctx: CommandContext, args: { id: string; line: ActionLine }) =>
    change(ctx, args.id, (current) => ({ actions: addAction(current.actions, args.line) })),
  'metaCluster.editAction': (
    ctx: CommandContext,
    args: { id: string; actionId: string; patch: ActionPatch },
  ) =>
    change(ctx, args.id, (current) => ({
      actions: editAction(current.actions, args.actionId, args.patch),
    })),
  'metaCluster.removeAction': (ctx: CommandContext, args: { id: string; actionId: string }) =>
    change(ctx, args.id, (current) => ({
      actions: removeAction(current.actions, args.actionId),
    })),
};
