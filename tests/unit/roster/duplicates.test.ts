import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../../src-core/roster/duplicates';

const org = (name: string, country: string, website: string | null = null) => ({
  name,
  type: 'sme-small',
  country,
  website,
});
const orgA = '0190f5c2-0000-7000-8000-00000000000a';
const orgB = '0190f5c2-0000-7000-8000-00000000000b';
const contact = (
  givenName: string,
  familyName: string,
  email: string | null,
  organisationId = orgA,
) => ({ givenName, familyName, email, organisationId });

describe('findDuplicates: organisations and clusters', () => {
  const existing = [
    { id: 'e1', ...org('Aceites del Sur, S.L.', 'ES', 'https://www.aceitesdelsur.es') },
    { id: 'e2', ...org('Oleificio Rossi S.r.l.', 'IT') },
    { id: 'gone', deleted: true, ...org('Deleted Co', 'ES') },
  ];

  it('matches by normalised name + country, and by website domain, against the roster', () => {
    const result = findDuplicates({
      kind: 'organisations',
      existing,
      incoming: [
        { rowNumber: 2, fields: org('ACEITES DEL SUR SL', 'ES') },
        { rowNumber: 3, fields: org('Olive Oils of the South', 'ES', 'aceitesdelsur.es/en') },
        { rowNumber: 4, fields: org('Oleificio Rossi', 'FR') },
        { rowNumber: 5, fields: org('Deleted Co', 'ES') },
      ],
    });
    expect(result.get(2)).toEqual([{ rowNumber: 2, existingId: 'e1', reason: 'name-country' }]);
    expect(result.get(3)).toEqual([{ rowNumber: 3, existingId: 'e1', reason: 'website' }]);
    expect(result.has(4)).toBe(false); // same name, other country
    expect(result.has(5)).toBe(false); // deleted records are not duplicates
  });

  it('matches within the file, pointing later rows to the first', () => {
    const result = findDuplicates({
      kind: 'clusters',
      existing: [],
      incoming: [
        { rowNumber: 2, fields: org('Cluster Oléicole', 'TN', 'https://oleicole.tn') },
        { rowNumber: 3, fields: org('cluster oleicole', 'TN') },
        { rowNumber: 4, fields: org('Another name', 'TN', 'http://www.oleicole.tn/') },
      ],
    });
    expect(result.has(2)).toBe(false);
    expect(result.get(3)).toEqual([{ rowNumber: 3, otherRowNumber: 2, reason: 'name-country' }]);
    expect(result.get(4)).toEqual([{ rowNumber: 4, otherRowNumber: 2, reason: 'website' }]);
  });

  it('reports every reason and every source', () => {
    const result = findDuplicates({
      kind: 'organisations',
      existing,
      incoming: [
        { rowNumber: 2, fields: org('Aceites del Sur', 'ES', 'aceitesdelsur.es') },
        { rowNumber: 3, fields: org('Aceites del Sur S.A.', 'ES', 'https://aceitesdelsur.es') },
      ],
    });
    expect(result.get(3)).toEqual([
      { rowNumber: 3, existingId: 'e1', reason: 'name-country' },
      { rowNumber: 3, otherRowNumber: 2, reason: 'name-country' },
      { rowNumber: 3, existingId: 'e1', reason: 'website' },
      { rowNumber: 3, otherRowNumber: 2, reason: 'website' },
    ]);
  });
});

describe('findDuplicates: contacts and memberships', () => {
  const existing = [
    { id: 'c1', ...contact('Amal', 'Haddad', 'amal@oleicole.tn') },
    { id: 'c2', ...contact('Marco', 'Rossi', null) },
    { id: 'erased', ...contact('', '', null) },
  ];

  it('matches by e-mail, or by name + organisation when there is no e-mail', () => {
    const result = findDuplicates({
      kind: 'contacts',
      existing,
      incoming: [
        { rowNumber: 2, fields: contact('A.', 'H.', ' AMAL@oleicole.tn') },
        { rowNumber: 3, fields: contact('MARCO', 'Rossí', null) },
        { rowNumber: 4, fields: contact('Marco', 'Rossi', null, orgB) },
        { rowNumber: 5, fields: contact('Amal', 'Haddad', 'amal.haddad@gmail.com') },
        { rowNumber: 6, fields: contact('', '', null) },
      ],
    });
    expect(result.get(2)).toEqual([{ rowNumber: 2, existingId: 'c1', reason: 'email' }]);
    expect(result.get(3)).toEqual([{ rowNumber: 3, existingId: 'c2', reason: 'person-name' }]);
    expect(result.has(4)).toBe(false); // same name at another organisation
    expect(result.has(5)).toBe(false); // another address: another person as far as we know
    expect(result.has(6)).toBe(false); // blank people never match (erased contacts are blank)
  });

  it('matches contacts within the file', () => {
    const result = findDuplicates({
      kind: 'contacts',
      existing: [],
      incoming: [
        { rowNumber: 2, fields: contact('Leila', 'Ben Ali', 'leila@x.tn') },
        { rowNumber: 3, fields: contact('Someone', 'Else', 'LEILA@x.tn') },
        { rowNumber: 4, fields: contact('leila', 'ben ali', null) },
      ],
    });
    expect(result.get(3)).toEqual([{ rowNumber: 3, otherRowNumber: 2, reason: 'email' }]);
    expect(result.get(4)).toEqual([{ rowNumber: 4, otherRowNumber: 2, reason: 'person-name' }]);
  });

  it('matches memberships by organisation + cluster', () => {
    const result = findDuplicates({
      kind: 'memberships',
      existing: [
        { id: 'm1', organisationId: orgA, clusterId: 'k1', status: 'member' } as { id: string },
      ],
      incoming: [
        { rowNumber: 2, fields: { organisationId: orgA, clusterId: 'k1', status: 'prospect' } },
        { rowNumber: 3, fields: { organisationId: orgB, clusterId: 'k1', status: 'member' } },
        { rowNumber: 4, fields: { organisationId: orgB, clusterId: 'k1', status: 'left' } },
      ],
    });
    expect(result.get(2)).toEqual([
      { rowNumber: 2, existingId: 'm1', reason: 'organisation-cluster' },
    ]);
    expect(result.has(3)).toBe(false);
    expect(result.get(4)).toEqual([
      { rowNumber: 4, otherRowNumber: 3, reason: 'organisation-cluster' },
    ]);
  });
});

// Speed is measured by the import benchmarks (npm run bench import-csv), not asserted here: a
// timed assertion fails on a loaded machine and proves nothing on a fast one.
describe('findDuplicates at the size of a programme', () => {
  it('finds every match of 50k rows among 100k records', () => {
    const countries = ['ES', 'IT', 'TN', 'GR', 'TR', 'MA'];
    const existing = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      ...org(
        `Empresa Número ${i} S.L.`,
        countries[i % 6] ?? 'ES',
        `https://www.empresa${i}.example`,
      ),
    }));
    const incoming = Array.from({ length: 50_000 }, (_, i) => ({
      rowNumber: i + 2,
      fields: org(`EMPRESA NUMERO ${i * 3}`, countries[(i * 3) % 6] ?? 'ES', null),
    }));
    const result = findDuplicates({ kind: 'organisations', existing, incoming });
    // Row i matches e(3i) while 3i < 100k.
    expect(result.size).toBe(Math.ceil(100_000 / 3));
    expect(result.get(2)).toEqual([{ rowNumber: 2, existingId: 'e0', reason: 'name-country' }]);
    expect(result.get(50_001)).toBeUndefined(); // row 50,001 names e149997: not there
  });
});
