/**
 * Pure edits of the lists users build item by item (action lines, signatories, member roles).
 * Each takes the list as it is stored now and returns the next one; the command layer reads the
 * stored record, applies one of these and writes, in one transaction — never the page's copy.
 */
import type { MetaClusterFields } from '../model/entities';
import type { metaClusterRoles } from '../model/enums';

type MetaClusterRole = (typeof metaClusterRoles)[number];

export class EditError extends Error {
  constructor(
    readonly code: 'edit.notFound' | 'edit.duplicate' | 'edit.kind' | 'edit.changedSince',
  ) {
    super(code);
    this.name = 'EditError';
  }
}

/** An action line of a meta-cluster's pilot (a workshop's action plan has the same fields). */
export type ActionLine = MetaClusterFields['actions'][number];
export type ActionPatch = Partial<Omit<ActionLine, 'id'>>;

export function addAction(actions: readonly ActionLine[], line: ActionLine): ActionLine[] {
  if (actions.some((action) => action.id === line.id)) throw new EditError('edit.duplicate');
  return [...actions, line];
}

export function editAction(
  actions: readonly ActionLine[],
  id: string,
  patch: ActionPatch,
): ActionLine[] {
  if (!actions.some((action) => action.id === id)) throw new EditError('edit.notFound');
  return actions.map((action) => (action.id === id ? { ...action, ...patch } : action));
}

export function removeAction(actions: readonly ActionLine[], id: string): ActionLine[] {
  return actions.filter((action) => action.id !== id);
}

/**
 * Lines brought in from elsewhere (a workshop's action plan) replace the lines with the same id
 * and are added after the others; lines not brought in stay as they are.
 */
export function upsertActions(
  actions: readonly ActionLine[],
  incoming: readonly ActionLine[],
): ActionLine[] {
  const ids = new Set(incoming.map((line) => line.id));
  return [...actions.filter((action) => !ids.has(action.id)), ...incoming];
}

/** A signatory is known by name and organisation (the lists carry no ids). */
export interface SignatoryKey {
  readonly name: string;
  readonly organisation: string;
}

const sameKey = (a: SignatoryKey, b: SignatoryKey) =>
  a.name.trim().toLocaleLowerCase() === b.name.trim().toLocaleLowerCase() &&
  a.organisation.trim().toLocaleLowerCase() === b.organisation.trim().toLocaleLowerCase();

export function addSignatory<S extends SignatoryKey>(list: readonly S[], person: S): S[] {
  if (list.some((other) => sameKey(other, person))) throw new EditError('edit.duplicate');
  return [...list, person];
}

export function editSignatory<S extends SignatoryKey>(
  list: readonly S[],
  key: SignatoryKey,
  patch: Partial<S>,
): S[] {
  if (!list.some((person) => sameKey(person, key))) throw new EditError('edit.notFound');
  return list.map((person) => (sameKey(person, key) ? { ...person, ...patch } : person));
}

export function removeSignatory<S extends SignatoryKey>(
  list: readonly S[],
  key: SignatoryKey,
): S[] {
  return list.filter((person) => !sameKey(person, key));
}

/** A cluster's role in a meta-cluster (or in what a workshop agreed). */
export interface RoleRow {
  readonly clusterId: string;
  readonly role: MetaClusterRole;
}

/**
 * Roles and the lead are one fact: giving a cluster the lead role makes it the lead and the former
 * lead a member; there is never more than one lead. Clusters not listed yet are added.
 */
export function withRole<R extends RoleRow>(
  roles: readonly R[],
  clusterId: string,
  role: MetaClusterRole,
): R[] {
  const demoted = roles.map((row) =>
    role === 'lead' && row.role === 'lead' && row.clusterId !== clusterId
      ? { ...row, role: 'member' as const }
      : row,
  );
  if (!demoted.some((row) => row.clusterId === clusterId))
    return [...demoted, { clusterId, role } as R];
  return demoted.map((row) => (row.clusterId === clusterId ? { ...row, role } : row));
}

/** The lead cluster the roles name (the first, should an old record name several). */
export function leadOf(roles: readonly RoleRow[]): string | null {
  return roles.find((row) => row.role === 'lead')?.clusterId ?? null;
}

/**
 * Roles made to agree with a lead stored apart (records written before roles decided the lead):
 * the stored lead wins when no role says otherwise.
 */
export function rolesAgreeingWith<R extends RoleRow>(
  roles: readonly R[],
  leadClusterId: string | null,
): R[] {
  if (leadOf(roles) !== null || leadClusterId === null) return [...roles];
  if (!roles.some((row) => row.clusterId === leadClusterId)) return [...roles];
  return withRole(roles, leadClusterId, 'lead');
}
