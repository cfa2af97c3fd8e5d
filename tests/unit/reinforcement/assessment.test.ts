// A cluster's composition as of a date (from the dated memberships) and its knowledge share.
import { describe, expect, it } from 'vitest';
import { helixComposition } from '../../../src-core/analysis/helix';
import type { MembershipStatus, OrganisationType } from '../../../src-core/model/enums';
import { compositionAsOf, knowledgeShareOf } from '../../../src-core/reinforcement';

interface MemberOptions {
  status?: MembershipStatus;
  since?: string | null;
  until?: string | null;
  deleted?: boolean;
}

let next = 0;
function member(type: OrganisationType, options: MemberOptions = {}) {
  next += 1;
  return {
    organisation: { id: `org-${next}`, type, deleted: false },
    membership: {
      status: options.status ?? 'member',
      since: options.since === undefined ? '2024-01-01' : options.since,
      until: options.until ?? null,
      deleted: options.deleted ?? false,
    },
  };
}

describe('compositionAsOf', () => {
  it('counts memberships started on or before the date, and those with no start date', () => {
    const members = [
      member('sme-small', { since: '2024-01-01' }),
      member('sme-medium', { since: '2025-06-15' }),
      member('university', { since: '2025-06-16' }),
      member('rto', { since: null }),
    ];
    const before = compositionAsOf(members, '2025-06-14');
    expect(before.total).toBe(2);
    expect(before.byType).toMatchObject({ 'sme-small': 1, 'sme-medium': 0, university: 0, rto: 1 });
    expect(before.byHelix).toMatchObject({ industry: 1, knowledge: 1 });

    const onTheDay = compositionAsOf(members, '2025-06-15');
    expect(onTheDay.total).toBe(3);
    expect(onTheDay.byHelix).toMatchObject({ industry: 2, knowledge: 1 });

    const later = compositionAsOf(members, '2026-01-01');
    expect(later.total).toBe(4);
    expect(later.byHelix).toMatchObject({ industry: 2, knowledge: 2 });
    expect(knowledgeShareOf(later)).toBe(0.5);
  });

  it('leaves out memberships that ended before the date, but counts them on their last day', () => {
    const members = [
      member('sme-small', { since: '2020-01-01', until: '2024-12-31' }),
      member('university', { since: '2020-01-01' }),
    ];
    expect(compositionAsOf(members, '2024-12-31').total).toBe(2);
    const after = compositionAsOf(members, '2025-01-01');
    expect(after.total).toBe(1);
    expect(after.byHelix).toMatchObject({ industry: 0, knowledge: 1 });
  });

  it('counts only current "member" statuses that are not deleted', () => {
    const members = [
      member('sme-small'),
      member('sme-small', { status: 'prospect' }),
      member('university', { status: 'left' }),
      member('rto', { deleted: true }),
    ];
    const composition = compositionAsOf(members, '2026-01-01');
    expect(composition.total).toBe(1);
    expect(composition.byHelix).toMatchObject({ industry: 1, knowledge: 0 });
  });

  it('gives an empty composition before anybody joined', () => {
    const composition = compositionAsOf(
      [member('university', { since: '2026-01-01' })],
      '2025-12-31',
    );
    expect(composition).toEqual(helixComposition([]));
    expect(knowledgeShareOf(composition)).toBe(0);
  });
});

describe('knowledgeShareOf', () => {
  it('is 0 with no members', () => {
    expect(knowledgeShareOf(helixComposition([]))).toBe(0);
  });

  it('is the share of knowledge entities among counted members', () => {
    const composition = helixComposition([
      member('sme-small'),
      member('large-company'),
      member('public-authority'),
      member('university'),
    ]);
    expect(knowledgeShareOf(composition)).toBe(0.25);
  });
});
