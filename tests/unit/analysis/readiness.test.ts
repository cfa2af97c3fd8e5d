import { describe, expect, it } from 'vitest';
import type { OrganisationType } from '../../../src-core/model/enums';
import type { ClusterMember } from '../../../src-core/analysis/helix';
import {
  evaluateReadiness,
  readinessOverview,
  type ReadinessCheck,
  type ReadinessCluster,
} from '../../../src-core/analysis/readiness';

const today = '2026-11-28';

let nextId = 0;
function member(
  type: OrganisationType,
  status: ClusterMember['membership']['status'] = 'member',
  until: string | null = null,
): ClusterMember {
  nextId++;
  return { organisation: { id: `o${nextId}`, type }, membership: { status, until } };
}

const strongCluster: ReadinessCluster = {
  managementFte: 2,
  website: 'https://cluster.example',
  hasEnglishWebsite: true,
  label: { level: 'silver', expires: '2028-01-31' },
};

/** 13 companies, 2 universities, 1 public authority: 16 committed members. */
const strongRoster = [
  ...Array.from({ length: 13 }, () => member('sme-small')),
  member('university'),
  member('rto'),
  member('public-authority'),
];

const byId = (checks: readonly ReadinessCheck[]) =>
  Object.fromEntries(checks.map((c) => [c.id, c]));

describe('evaluateReadiness', () => {
  it('passes a cluster that meets every criterion', () => {
    const result = evaluateReadiness({ cluster: strongCluster, members: strongRoster, today });
    expect(result.passed).toBe(6);
    expect(result.total).toBe(6);
    const checks = byId(result.checks);
    expect(checks['committed-members']).toMatchObject({
      status: 'pass',
      figure: 16,
      threshold: 15,
    });
    expect(checks['helix-types']).toMatchObject({ status: 'pass', figure: 3, threshold: 2 });
    expect(checks['knowledge-share']).toMatchObject({
      status: 'pass',
      figure: 2 / 16,
      threshold: 0.1,
    });
    expect(checks['knowledge-share']?.reason).toEqual({
      key: 'readiness.reasons.knowledgeEnough',
      values: { share: 2 / 16, knowledge: 2, count: 16, target: 0.1 },
    });
    expect(checks['management-fte']).toMatchObject({ status: 'pass', figure: 2 });
    expect(checks['english-website']).toMatchObject({
      status: 'pass',
      figure: 'https://cluster.example',
    });
    expect(checks['excellence-label']).toMatchObject({ status: 'pass', figure: 'silver' });
  });

  it('counts only committed members: prospects, leavers and ended memberships do not count', () => {
    const members = [
      ...Array.from({ length: 12 }, () => member('sme-micro')),
      member('university', 'engaged'),
      member('rto', 'prospect'),
      member('large-company', 'left'),
      member('sme-medium', 'member', '2026-06-30'),
      member('cluster'),
      {
        ...member('sme-small'),
        membership: { status: 'member' as const, until: null, deleted: true },
      },
    ];
    const checks = byId(evaluateReadiness({ cluster: strongCluster, members, today }).checks);
    expect(checks['committed-members']).toMatchObject({
      status: 'fail',
      figure: 13,
      reason: { key: 'readiness.reasons.membersTooFew', values: { count: 13, threshold: 15 } },
    });
    // Industry only: "other" (a cluster member) is no helix.
    expect(checks['helix-types']).toMatchObject({ status: 'fail', figure: 1 });
    expect(checks['knowledge-share']).toMatchObject({ status: 'fail', figure: 0 });
  });

  it('uses the knowledge-share target from the settings', () => {
    const result = evaluateReadiness({
      cluster: strongCluster,
      members: strongRoster,
      settings: { knowledgeShareTarget: 0.2 },
      today,
    });
    expect(byId(result.checks)['knowledge-share']).toMatchObject({
      status: 'fail',
      threshold: 0.2,
    });
    expect(result.passed).toBe(5);
  });

  it('fails management FTE when it is not recorded or too low', () => {
    const notRecorded = evaluateReadiness({
      cluster: { ...strongCluster, managementFte: null },
      members: strongRoster,
      today,
    });
    expect(byId(notRecorded.checks)['management-fte']).toMatchObject({
      status: 'fail',
      figure: null,
      reason: { key: 'readiness.reasons.fteNotRecorded' },
    });
    const low = evaluateReadiness({
      cluster: { ...strongCluster, managementFte: 0.4 },
      members: [],
      today,
    });
    expect(byId(low.checks)['management-fte']).toMatchObject({ status: 'fail', figure: 0.4 });
    const exact = evaluateReadiness({
      cluster: { ...strongCluster, managementFte: 0.5 },
      members: [],
      today,
    });
    expect(byId(exact.checks)['management-fte']?.status).toBe('pass');
  });

  it('tells a missing website from one without English', () => {
    const none = evaluateReadiness({
      cluster: { ...strongCluster, website: null, hasEnglishWebsite: false },
      members: [],
      today,
    });
    expect(byId(none.checks)['english-website']?.reason.key).toBe('readiness.reasons.websiteNone');
    const local = evaluateReadiness({
      cluster: { ...strongCluster, hasEnglishWebsite: false },
      members: [],
      today,
    });
    expect(byId(local.checks)['english-website']).toMatchObject({
      status: 'fail',
      reason: { key: 'readiness.reasons.websiteNotEnglish' },
    });
  });

  it('fails knowledge share for an empty roster without dividing by zero', () => {
    const result = evaluateReadiness({ cluster: strongCluster, members: [], today });
    expect(byId(result.checks)['knowledge-share']).toMatchObject({
      status: 'fail',
      figure: null,
      reason: { key: 'readiness.reasons.knowledgeNoMembers' },
    });
  });

  it.each([
    [null, 'fail', 'labelNone', undefined],
    [{ level: 'gold', expires: '2026-11-27' }, 'fail', 'labelExpired', -1],
    [{ level: 'gold', expires: '2026-11-28' }, 'warn', 'labelExpiring', 0],
    [{ level: 'bronze', expires: '2027-02-26' }, 'warn', 'labelExpiring', 90],
    [{ level: 'bronze', expires: '2027-02-27' }, 'pass', 'labelValid', 91],
  ] as const)('label %j is %s', (label, status, key, days) => {
    const result = evaluateReadiness({
      cluster: { ...strongCluster, label },
      members: strongRoster,
      today,
    });
    const check = byId(result.checks)['excellence-label'];
    expect(check?.status).toBe(status);
    expect(check?.reason.key).toBe(`readiness.reasons.${key}`);
    expect(check?.reason.values.days).toBe(days);
    expect(result.warnings).toBe(status === 'warn' ? 1 : 0);
  });
});

describe('readinessOverview', () => {
  it('evaluates every cluster from flat tables in one pass', () => {
    const meta = { deleted: false };
    const clusters = [
      { id: 'k1', ...meta, ...strongCluster },
      { id: 'k2', ...meta, ...strongCluster, label: null },
      { id: 'k3', deleted: true, ...strongCluster },
    ];
    const organisations = strongRoster.map((m) => ({ ...m.organisation, ...meta }));
    const memberships = [
      ...strongRoster.map((m) => ({
        organisationId: m.organisation.id,
        clusterId: 'k1',
        status: 'member' as const,
        until: null,
        ...meta,
      })),
      {
        organisationId: 'o-unknown',
        clusterId: 'k2',
        status: 'member' as const,
        until: null,
        ...meta,
      },
      {
        organisationId: strongRoster[13]?.organisation.id ?? '',
        clusterId: 'k2',
        status: 'member' as const,
        until: null,
        ...meta,
      },
    ];
    const overview = readinessOverview(clusters, memberships, organisations, {}, today);
    expect(overview.map((r) => [r.clusterId, r.passed])).toEqual([
      ['k1', 6],
      ['k2', 3],
    ]);
    expect(byId(overview[1]?.checks ?? [])['committed-members']?.figure).toBe(1);
  });
});
