/**
 * The readiness review (method stage R1 and meta-cluster stage 1): is a cluster's roster strong
 * enough for the Meta-Cluster method? Checks follow the ECCP / ESCA cluster criteria (≥ 15
 * committed members, ≥ 2 member types, management staff, an English website, a label) plus the
 * initiative's own knowledge-entity share target. Each check carries its figure, its threshold and
 * an i18n reason, so the UI can say why and the workshop report can quote it.
 */
import type { ClusterRecord, MembershipRecord, OrganisationRecord } from '../model/entities';
import { helixOf, isKnowledgeEntity } from '../model/enums';
import { isCommittedMember, type ClusterMember, type Helix } from './helix';

export const readinessThresholds = {
  committedMembers: 15,
  helixTypes: 2,
  managementFte: 0.5,
  /** A label expiring within this many days is a warning. */
  labelWarningDays: 90,
} as const;

export interface ReadinessSettings {
  /** Knowledge entities among committed members, as a share (0–1). */
  readonly knowledgeShareTarget: number;
}

export const defaultReadinessSettings: ReadinessSettings = { knowledgeShareTarget: 0.1 };

export const readinessCheckIds = [
  'committed-members',
  'helix-types',
  'knowledge-share',
  'management-fte',
  'english-website',
  'excellence-label',
] as const;
export type ReadinessCheckId = (typeof readinessCheckIds)[number];

export type ReadinessStatus = 'pass' | 'warn' | 'fail';

export interface ReadinessCheck {
  readonly id: ReadinessCheckId;
  readonly status: ReadinessStatus;
  /** The cluster's figure: a count, a share (0–1), FTE, a label level, a website; null if none. */
  readonly figure: number | string | null;
  readonly threshold: number | string | null;
  /** i18n key under `readiness.reasons.` and its values. */
  readonly reason: {
    readonly key: string;
    readonly values: Readonly<Record<string, string | number>>;
  };
}

export interface ReadinessResult {
  readonly checks: readonly ReadinessCheck[];
  /** Checks with status "pass". */
  readonly passed: number;
  readonly warnings: number;
  readonly total: number;
}

export type ReadinessCluster = Pick<
  ClusterRecord,
  'managementFte' | 'website' | 'hasEnglishWebsite' | 'label'
>;

export interface ReadinessInput {
  readonly cluster: ReadinessCluster;
  readonly members: readonly ClusterMember[];
  readonly settings?: Partial<ReadinessSettings>;
  /** ISO date (YYYY-MM-DD) the review is for. */
  readonly today: string;
}

const reason = (
  key: string,
  values: Readonly<Record<string, string | number>> = {},
): ReadinessCheck['reason'] => ({ key: `readiness.reasons.${key}`, values });

const dayNumber = (isoDate: string): number => {
  const [year = 0, month = 1, day = 1] = isoDate.slice(0, 10).split('-').map(Number);
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
};

function labelCheck(label: ReadinessCluster['label'], today: string): ReadinessCheck {
  const base = { id: 'excellence-label', threshold: 'bronze' } as const;
  if (label === null) return { ...base, status: 'fail', figure: null, reason: reason('labelNone') };
  const days = dayNumber(label.expires) - dayNumber(today);
  const values = { level: `codes.labelLevels.${label.level}`, expires: label.expires, days };
  if (days < 0) {
    return { ...base, status: 'fail', figure: label.level, reason: reason('labelExpired', values) };
  }
  if (days <= readinessThresholds.labelWarningDays) {
    return {
      ...base,
      status: 'warn',
      figure: label.level,
      reason: reason('labelExpiring', values),
    };
  }
  return { ...base, status: 'pass', figure: label.level, reason: reason('labelValid', values) };
}

/** The readiness checks of one cluster, from its memberships and their organisations. */
export function evaluateReadiness(input: ReadinessInput): ReadinessResult {
  const { cluster, today } = input;
  const target =
    input.settings?.knowledgeShareTarget ?? defaultReadinessSettings.knowledgeShareTarget;
  const committed = input.members.filter((m) => isCommittedMember(m, today));
  const count = committed.length;
  const knowledge = committed.filter((m) => isKnowledgeEntity(m.organisation.type)).length;
  const helixSet = new Set<Helix>(committed.map((m) => helixOf[m.organisation.type]));
  // "other" (clusters, other) is not a helix: it does not make a roster more diverse.
  helixSet.delete('other');
  const t = readinessThresholds;

  const checks: ReadinessCheck[] = [
    {
      id: 'committed-members',
      status: count >= t.committedMembers ? 'pass' : 'fail',
      figure: count,
      threshold: t.committedMembers,
      reason: reason(count >= t.committedMembers ? 'membersEnough' : 'membersTooFew', {
        count,
        threshold: t.committedMembers,
      }),
    },
    {
      id: 'helix-types',
      status: helixSet.size >= t.helixTypes ? 'pass' : 'fail',
      figure: helixSet.size,
      threshold: t.helixTypes,
      reason: reason(helixSet.size >= t.helixTypes ? 'helixEnough' : 'helixTooFew', {
        count: helixSet.size,
        threshold: t.helixTypes,
      }),
    },
    count === 0
      ? {
          id: 'knowledge-share',
          status: 'fail',
          figure: null,
          threshold: target,
          reason: reason('knowledgeNoMembers', { target }),
        }
      : {
          id: 'knowledge-share',
          status: knowledge / count >= target ? 'pass' : 'fail',
          figure: knowledge / count,
          threshold: target,
          reason: reason(knowledge / count >= target ? 'knowledgeEnough' : 'knowledgeTooLow', {
            share: knowledge / count,
            knowledge,
            count,
            target,
          }),
        },
    cluster.managementFte === null
      ? {
          id: 'management-fte',
          status: 'fail',
          figure: null,
          threshold: t.managementFte,
          reason: reason('fteNotRecorded', { threshold: t.managementFte }),
        }
      : {
          id: 'management-fte',
          status: cluster.managementFte >= t.managementFte ? 'pass' : 'fail',
          figure: cluster.managementFte,
          threshold: t.managementFte,
          reason: reason(cluster.managementFte >= t.managementFte ? 'fteEnough' : 'fteTooLow', {
            fte: cluster.managementFte,
            threshold: t.managementFte,
          }),
        },
    {
      id: 'english-website',
      status: cluster.hasEnglishWebsite ? 'pass' : 'fail',
      figure: cluster.website,
      threshold: null,
      reason: reason(
        cluster.hasEnglishWebsite
          ? 'websiteEnglish'
          : cluster.website === null
            ? 'websiteNone'
            : 'websiteNotEnglish',
      ),
    },
    labelCheck(cluster.label, today),
  ];
  return {
    checks,
    passed: checks.filter((c) => c.status === 'pass').length,
    warnings: checks.filter((c) => c.status === 'warn').length,
    total: checks.length,
  };
}

export interface ClusterReadiness extends ReadinessResult {
  readonly clusterId: string;
}

/**
 * Readiness of every cluster (not deleted), in the order given. Memberships are grouped by
 * cluster and organisations indexed by id once, so the whole workspace is one linear pass.
 */
export function readinessOverview(
  clusters: readonly (ReadinessCluster & Pick<ClusterRecord, 'id' | 'deleted'>)[],
  memberships: readonly Pick<
    MembershipRecord,
    'organisationId' | 'clusterId' | 'status' | 'until' | 'deleted'
  >[],
  organisations: readonly Pick<OrganisationRecord, 'id' | 'type' | 'deleted'>[],
  settings: Partial<ReadinessSettings>,
  today: string,
): ClusterReadiness[] {
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const membersByCluster = new Map<string, ClusterMember[]>();
  for (const membership of memberships) {
    const organisation = organisationById.get(membership.organisationId);
    if (organisation === undefined) continue;
    const list = membersByCluster.get(membership.clusterId);
    if (list === undefined)
      membersByCluster.set(membership.clusterId, [{ organisation, membership }]);
    else list.push({ organisation, membership });
  }
  return clusters
    .filter((cluster) => !cluster.deleted)
    .map((cluster) => ({
      clusterId: cluster.id,
      ...evaluateReadiness({
        cluster,
        members: membersByCluster.get(cluster.id) ?? [],
        settings,
        today,
      }),
    }));
}
