// The sample workspace generator: deterministic, valid against the record schemas, realistic
// enough for the method (weak and strong clusters), consistent with the shipped code lists.
import { beforeAll, describe, expect, it } from 'vitest';
import { findNace, finestRegionsOf, isEuCountry, isRegionOf } from '../../src-core/codes';
import { syncedTables } from '../../src-core/model/entities';
import {
  isKnowledgeEntity,
  legalBases,
  membershipStatuses,
  shareScopes,
} from '../../src-core/model/enums';
import type { SampleWorkspace } from '../../src-core/sample';
import {
  SAMPLE_NODE_ID,
  generateSampleWorkspace,
  knowledgeShareByCluster,
  sampleCounts,
} from '../../src-core/sample';
import { nodeOfHlc } from '../../src-core/sync/hlc';

type SampleTable = keyof SampleWorkspace;
const tables: readonly SampleTable[] = [
  'valueChains',
  'clusters',
  'organisations',
  'memberships',
  'contacts',
];

/** Every record that fails its zod record schema, as "table id: message" (first 5). */
function invalidRecords(workspace: SampleWorkspace): string[] {
  const problems: string[] = [];
  for (const table of tables) {
    const schema = syncedTables[table].record;
    for (const record of workspace[table]) {
      const result = schema.safeParse(record);
      if (!result.success && problems.length < 5)
        problems.push(`${table} ${record.id}: ${result.error.message}`);
    }
  }
  return problems;
}

/** Broken links and code-list mismatches (first 5). */
function integrityProblems(ws: SampleWorkspace): string[] {
  const problems: string[] = [];
  const report = (message: string): void => void (problems.length < 5 && problems.push(message));
  const chainSegments = new Map(
    ws.valueChains.map((v) => [v.id, new Set(v.segments.map((s) => s.key))]),
  );
  const clusterIds = new Set(ws.clusters.map((c) => c.id));
  const orgIds = new Set(ws.organisations.map((o) => o.id));
  const allIds = tables.flatMap((t) => ws[t].map((r) => r.id));
  if (new Set(allIds).size !== allIds.length) report('duplicate ids');
  for (const c of ws.clusters) {
    if (!c.region || !finestRegionsOf(c.country).some((r) => r.code === c.region))
      report(`cluster ${c.name}: region ${c.region}`);
    for (const id of c.valueChainIds)
      if (!chainSegments.has(id)) report(`cluster ${c.name}: value chain ${id}`);
    for (const code of c.naceCodes)
      if (findNace(code)?.level !== 2) report(`cluster ${c.name}: NACE ${code}`);
  }
  for (const o of ws.organisations) {
    if (!o.region || !isRegionOf(o.region, o.country))
      report(`organisation ${o.name}: region ${o.region} in ${o.country}`);
    for (const code of o.naceCodes)
      if (findNace(code)?.level !== 2) report(`organisation ${o.name}: NACE ${code}`);
    for (const segment of o.segments) {
      const [chainId, key] = segment.split('/');
      if (!chainId || !key || !chainSegments.get(chainId)?.has(key))
        report(`organisation ${o.name}: segment ${segment}`);
    }
  }
  for (const m of ws.memberships) {
    if (!orgIds.has(m.organisationId) || !clusterIds.has(m.clusterId))
      report(`membership ${m.id}: dangling link`);
    if (m.until !== null && (m.since === null || m.until <= m.since))
      report(`membership ${m.id}: until before since`);
  }
  const pairs = ws.memberships.map((m) => `${m.organisationId}|${m.clusterId}`);
  if (new Set(pairs).size !== pairs.length)
    report('an organisation is linked twice to one cluster');
  for (const c of ws.contacts)
    if (!orgIds.has(c.organisationId)) report(`contact ${c.id}: dangling organisation`);
  return problems;
}

describe('generateSampleWorkspace (defaults)', () => {
  let ws: SampleWorkspace;
  beforeAll(() => {
    ws = generateSampleWorkspace();
  });

  it('is deterministic: the same seed gives the same records, a different seed different ones', () => {
    expect(generateSampleWorkspace({ seed: 2026 })).toEqual(ws);
    const other = generateSampleWorkspace({ seed: 7 });
    expect(other.organisations.map((o) => o.name)).not.toEqual(ws.organisations.map((o) => o.name));
    expect(other.clusters[0]?.id).not.toBe(ws.clusters[0]?.id);
  });

  it('passes the zod record schema of every table', () => {
    expect(invalidRecords(ws)).toEqual([]);
  });

  it('marks every record as sample data written by the sample node', () => {
    for (const table of tables) {
      const records: readonly SampleWorkspace[SampleTable][number][] = ws[table];
      const odd = records.filter(
        (r) =>
          r.origin !== 'sample' ||
          r.deleted ||
          Object.values(r.clocks).some((clock) => nodeOfHlc(clock) !== SAMPLE_NODE_ID),
      );
      expect(odd, table).toEqual([]);
    }
  });

  it('meets the minimum counts and spreads', () => {
    const counts = sampleCounts(ws);
    expect(counts.valueChains).toBeGreaterThanOrEqual(5);
    expect(counts.clusters).toBeGreaterThanOrEqual(30);
    expect(counts.countries).toBeGreaterThanOrEqual(12);
    expect(counts.organisations).toBeGreaterThanOrEqual(2000);
    expect(counts.contacts).toBeGreaterThanOrEqual(4000);
    const countries = new Set(ws.clusters.map((c) => c.country));
    expect([...countries].some(isEuCountry)).toBe(true);
    expect([...countries].filter((c) => !isEuCountry(c)).length).toBeGreaterThanOrEqual(5);
  });

  it('has value chains of 5–7 ordered segments, each with an R&D/technology segment', () => {
    for (const chain of ws.valueChains) {
      expect(chain.segments.length).toBeGreaterThanOrEqual(5);
      expect(chain.segments.length).toBeLessThanOrEqual(7);
      expect(chain.segments.map((s) => s.order)).toEqual(chain.segments.map((_, i) => i));
      expect(chain.segments.some((s) => s.key === 'rd-technology')).toBe(true);
    }
  });

  it('keeps codes and links consistent with the code lists and with each other', () => {
    expect(integrityProblems(ws)).toEqual([]);
  });

  it('has several clusters weak in knowledge entities (< 5% of members) and some strong ones', () => {
    const shares = knowledgeShareByCluster(ws);
    const weak = shares.filter((s) => s.members > 0 && s.share < 0.05);
    expect(weak.length).toBeGreaterThanOrEqual(5);
    expect(weak.filter((s) => s.knowledgeMembers <= 1).length).toBeGreaterThanOrEqual(5);
    expect(shares.filter((s) => s.share >= 0.15).length).toBeGreaterThanOrEqual(4);
    expect(shares.every((s) => s.members >= 15)).toBe(true);
  });

  it('has a realistic helix mix: mostly SMEs, every kind of actor present', () => {
    const byType = new Map<string, number>();
    for (const o of ws.organisations) byType.set(o.type, (byType.get(o.type) ?? 0) + 1);
    const smes =
      (byType.get('sme-micro') ?? 0) +
      (byType.get('sme-small') ?? 0) +
      (byType.get('sme-medium') ?? 0);
    expect(smes / ws.organisations.length).toBeGreaterThan(0.5);
    for (const type of [
      'university',
      'rto',
      'other-knowledge',
      'public-authority',
      'business-support',
      'financial',
      'civil-society',
      'large-company',
    ]) {
      expect(byType.get(type) ?? 0, type).toBeGreaterThan(0);
    }
    const knowledge =
      ws.organisations.filter((o) => isKnowledgeEntity(o.type)).length / ws.organisations.length;
    expect(knowledge).toBeGreaterThan(0.04);
    expect(knowledge).toBeLessThan(0.2);
  });

  it('uses every membership status, with dates', () => {
    const statuses = new Set(ws.memberships.map((m) => m.status));
    for (const status of membershipStatuses) expect(statuses.has(status), status).toBe(true);
    expect(ws.memberships.every((m) => m.since !== null)).toBe(true);
    expect(
      ws.memberships.filter((m) => m.status === 'member').length / ws.memberships.length,
    ).toBeGreaterThan(0.6);
  });

  it('gives contacts varied legal bases, share scopes and languages, with consent dated', () => {
    expect(new Set(ws.contacts.map((c) => c.legalBasis))).toEqual(new Set(legalBases));
    expect(new Set(ws.contacts.map((c) => c.shareScope))).toEqual(new Set(shareScopes));
    expect(
      ws.contacts.every((c) => (c.legalBasis === 'consent') === (c.consentDate !== null)),
    ).toBe(true);
    expect(ws.contacts.some((c) => c.doNotContact)).toBe(true);
    expect(ws.contacts.every((c) => c.erasedAt === null && c.languages.length > 0)).toBe(true);
    const languages = new Set(ws.contacts.flatMap((c) => c.languages));
    for (const lang of ['es', 'fr', 'it', 'el', 'ar', 'tr', 'he', 'en'])
      expect(languages.has(lang), lang).toBe(true);
  });

  it('uses only reserved .example domains for websites and e-mail', () => {
    const hosts = [
      ...ws.clusters.map((c) => c.website),
      ...ws.organisations.map((o) => o.website),
      ...ws.contacts.map((c) => c.email?.split('@')[1]),
    ].filter((h): h is string => typeof h === 'string');
    expect(hosts.length).toBeGreaterThan(5000);
    expect(hosts.every((h) => /\.example$/.test(h))).toBe(true);
    const emails = ws.contacts.flatMap((c) => (c.email ? [c.email] : []));
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('gives clusters a label now and then, and management staff', () => {
    expect(ws.clusters.some((c) => c.label !== null)).toBe(true);
    expect(ws.clusters.some((c) => c.label === null)).toBe(true);
    expect(ws.clusters.every((c) => c.managementFte !== null && c.managementFte > 0)).toBe(true);
    expect(
      ws.clusters.every(
        (c) => c.valueChainIds.length > 0 && c.ecosystems.length > 0 && c.naceCodes.length > 0,
      ),
    ).toBe(true);
  });
});

describe('generateSampleWorkspace (scaled)', () => {
  it('stays valid and consistent with 20,000 organisations', () => {
    const ws = generateSampleWorkspace({ organisations: 20_000, seed: 11 });
    const counts = sampleCounts(ws);
    // Walk-ins at the sample workshops come with their own organisation.
    const walkIns = new Set(
      ws.workshopParticipants.filter((p) => p.walkIn).map((p) => p.organisationId),
    ).size;
    expect(counts.organisations).toBe(20_000 + walkIns);
    expect(counts.contacts).toBeGreaterThan(35_000);
    expect(counts.memberships).toBeGreaterThanOrEqual(20_000);
    expect(invalidRecords(ws)).toEqual([]);
    expect(integrityProblems(ws)).toEqual([]);
    expect(knowledgeShareByCluster(ws).filter((s) => s.share < 0.05).length).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('honours small sizes and zero contacts', () => {
    const ws = generateSampleWorkspace({ organisations: 50, contactsPerOrganisation: 0 });
    expect(ws.organisations).toHaveLength(50);
    expect(ws.contacts).toHaveLength(0);
    expect(invalidRecords(ws)).toEqual([]);
    expect(integrityProblems(ws)).toEqual([]);
  });
});
