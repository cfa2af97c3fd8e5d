import { describe, expect, it } from 'vitest';
import type { ContactFields, OrganisationFields } from '../../../src-core/model/entities';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import { applyChoices, planImport } from '../../../src-core/roster/import-plan';

const orgId = '0190f5c2-0000-7000-8000-000000000001';

const organisation = (name: string, website: string | null = null): OrganisationFields => ({
  name,
  type: 'sme-small',
  country: 'ES',
  region: null,
  naceCodes: [],
  segments: [],
  website,
  offers: [],
  needs: [],
});

const contact = (givenName: string, familyName: string, email: string | null): ContactFields => ({
  organisationId: orgId,
  givenName,
  familyName,
  email,
  phone: null,
  role: '',
  languages: [],
  legalBasis: 'legitimate-interest',
  consentDate: null,
  shareScope: 'private',
  doNotContact: false,
  erasedAt: null,
  erasureFingerprints: [],
});

describe('planImport and applyChoices: organisations', () => {
  const existing = [
    { id: 'e1', ...organisation('Aceites del Sur S.L.', 'https://aceitesdelsur.es') },
  ];
  const valid = [
    { rowNumber: 2, fields: organisation('Nueva Empresa'), provided: ['name', 'type', 'country'] },
    {
      rowNumber: 3,
      fields: { ...organisation('ACEITES DEL SUR'), naceCodes: ['10.41'] },
      provided: ['name', 'type', 'country', 'naceCodes'],
    },
    { rowNumber: 4, fields: organisation('nueva empresa'), provided: ['name', 'type', 'country'] },
  ];

  it('sorts rows into creates and duplicates, duplicates skipped by default', () => {
    const plan = planImport({ kind: 'organisations', valid, existing });
    expect(plan.create.map((r) => [r.rowNumber, r.defaultChoice])).toEqual([[2, 'create']]);
    expect(plan.duplicates.map((r) => [r.rowNumber, r.defaultChoice, r.matches])).toEqual([
      [3, 'skip', [{ rowNumber: 3, existingId: 'e1', reason: 'name-country' }]],
      [4, 'skip', [{ rowNumber: 4, otherRowNumber: 2, reason: 'name-country' }]],
    ]);
    const changes = applyChoices(plan, new Map());
    expect(changes.create).toEqual([valid[0]?.fields]);
    expect(changes.update).toEqual([]);
    expect(changes.skipped).toEqual([3, 4]);
  });

  it('updates only the fields the row gave, and creates when told to', () => {
    const plan = planImport({ kind: 'organisations', valid, existing });
    const changes = applyChoices(
      plan,
      new Map([
        [3, 'update'],
        [4, 'create'],
      ]),
    );
    expect(changes.update).toEqual([
      {
        id: 'e1',
        patch: { name: 'ACEITES DEL SUR', type: 'sme-small', country: 'ES', naceCodes: ['10.41'] },
      },
    ]);
    // The website the roster has is not wiped by a file without a website column.
    expect(changes.update[0]?.patch).not.toHaveProperty('website');
    expect(changes.create.map((f) => f.name)).toEqual(['Nueva Empresa', 'nueva empresa']);
  });

  it('cannot update a row that only repeats an earlier row of the file', () => {
    const plan = planImport({ kind: 'organisations', valid, existing });
    const changes = applyChoices(plan, new Map([[4, 'update']]));
    expect(changes.update).toEqual([]);
    expect(changes.skipped).toEqual([3, 4]);
  });
});

describe('planImport: erased contacts', () => {
  const amal = contact('Amal', 'Haddad', 'amal@univ-sfax.tn');
  const erased = { id: 'gone', ...amal, ...erasedContactFields(amal, '2026-06-01T09:00:00.000Z') };
  const existing = [erased, { id: 'c2', ...contact('Karim', 'Ben Salah', 'karim@univ-sfax.tn') }];

  it('keeps no personal data in the erased record', () => {
    expect(JSON.stringify(erased)).not.toMatch(/amal|haddad/i);
  });

  it('flags a person who was erased and comes back, by e-mail or by name, and skips them by default', () => {
    const plan = planImport({
      kind: 'contacts',
      existing,
      valid: [
        { rowNumber: 2, fields: contact('A.', 'Haddad', 'AMAL@univ-sfax.tn') },
        { rowNumber: 3, fields: contact('Amal', 'Haddad', null) },
        { rowNumber: 4, fields: contact('Leila', 'Trabelsi', 'leila@univ-sfax.tn') },
        { rowNumber: 5, fields: contact('Karim', 'Ben Salah', 'karim@univ-sfax.tn') },
      ],
    });
    expect(plan.erasedMatches).toBe(2);
    expect(
      plan.create.map((r) => [r.rowNumber, r.matchesErased, r.erasedContactIds, r.defaultChoice]),
    ).toEqual([
      [2, true, ['gone'], 'skip'],
      [3, true, ['gone'], 'skip'],
      [4, false, [], 'create'],
    ]);
    expect(plan.duplicates.map((r) => [r.rowNumber, r.matchesErased])).toEqual([[5, false]]);

    expect(applyChoices(plan, new Map()).create.map((f) => f.givenName)).toEqual(['Leila']);
    const confirmed = applyChoices(plan, new Map([[3, 'create']]));
    expect(confirmed.create.map((f) => f.givenName)).toEqual(['Amal', 'Leila']);
  });

  it('takes erased contacts passed explicitly', () => {
    const plan = planImport({
      kind: 'contacts',
      existing: [],
      erasedContacts: [{ id: 'x', erasureFingerprints: erased.erasureFingerprints }],
      valid: [{ rowNumber: 2, fields: amal }],
    });
    expect(plan.create[0]?.erasedContactIds).toEqual(['x']);
  });
});
