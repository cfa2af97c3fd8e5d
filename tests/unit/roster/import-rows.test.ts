import { describe, expect, it } from 'vitest';
import {
  clusterFieldsSchema,
  contactFieldsSchema,
  organisationFieldsSchema,
} from '../../../src-core/model/entities';
import { guessMapping } from '../../../src-core/roster/import-fields';
import { validateImportRows } from '../../../src-core/roster/import-rows';
import { createImportLookups } from '../../../src-core/roster/import-values';

const sfaxUniversity = '0190f5c2-0000-7000-8000-000000000001';
const rossi = '0190f5c2-0000-7000-8000-000000000002';
const oliveCluster = '0190f5c2-0000-7000-8000-0000000000c1';
const lookups = createImportLookups({
  organisations: [
    { id: sfaxUniversity, name: 'Université de Sfax' },
    { id: rossi, name: 'Oleificio Rossi S.r.l.' },
    { id: '0190f5c2-0000-7000-8000-000000000003', name: 'Twin Name' },
    { id: '0190f5c2-0000-7000-8000-000000000004', name: 'Twin Name SA' },
    { id: '0190f5c2-0000-7000-8000-000000000005', name: 'Gone', deleted: true },
  ],
  clusters: [{ id: oliveCluster, name: 'Cluster Oléicole de Sfax' }],
});

function validate(kind: Parameters<typeof guessMapping>[1], header: string[], rows: string[][]) {
  return validateImportRows({ kind, header, rows, mapping: guessMapping(header, kind), lookups });
}

describe('validateImportRows: organisations', () => {
  const header = ['Nombre', 'Tipo', 'País', 'Región', 'NACE', 'Web', 'Ofertas'];

  it('reads values written the way people write them into complete records', () => {
    const result = validate('organisations', header, [
      [
        'Universidad de Sfax',
        'Université',
        'Tunisie',
        'TN-61',
        'Q85; 72',
        'www.univ-sfax.tn',
        'Testing | Training',
      ],
      ['Aceites del Sur S.L.', 'pequeña empresa', 'es', 'Andalucía', '1; 10.41', '', ''],
      ['Elaiourgia Kritis', 'sme-micro', 'GRC', 'GR43', '', 'https://kritis.gr', ''],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2, 3, 4]);
    expect(result.valid[0]?.fields).toEqual({
      name: 'Universidad de Sfax',
      type: 'university',
      country: 'TN',
      region: 'TN-61',
      naceCodes: ['85', '72'],
      segments: [],
      website: 'https://www.univ-sfax.tn',
      offers: ['Testing', 'Training'],
      needs: [],
    });
    expect(result.valid[1]?.fields).toMatchObject({
      type: 'sme-small',
      country: 'ES',
      region: 'ES61',
      naceCodes: ['01', '10.41'],
      website: null,
    });
    expect(result.valid[2]?.fields).toMatchObject({ country: 'GR', region: 'EL43' });
    expect(result.valid[1]?.provided).toEqual(['name', 'type', 'country', 'region', 'naceCodes']);
    for (const row of result.valid) {
      expect(organisationFieldsSchema.safeParse(row.fields).success).toBe(true);
    }
  });

  it('reports each bad cell with its row number, column and what is accepted', () => {
    const result = validate('organisations', header, [
      ['Good', 'university', 'TN', '', '', '', ''],
      ['Bad country', 'university', 'Tunisie?', 'TN-61', '', '', ''],
      ['Bad region', 'rto', 'TN', 'ES51', '', '', ''],
      ['Bad NACE', 'rto', 'ES', '', '262; M72', '', ''],
      ['Bad type', 'SME', 'ES', '', '', 'javascript:alert(1)', ''],
      ['', 'rto', 'ES', '', '', '', ''],
      ['Ragged', 'rto', 'ES', '', '', '', '', 'extra'],
      ['Short row', 'rto', 'IT'],
      ['', '', '', '', '', '', ''],
    ]);
    // A region of another country is a note, not a problem: the row is kept without it.
    expect(result.valid.map((v) => v.rowNumber)).toEqual([2, 4, 9]);
    expect(result.notes.map((n) => [n.rowNumber, n.key])).toEqual([
      [4, 'importer.notes.regionOfOtherCountry'],
    ]);
    expect(result.problems).toEqual([
      {
        rowNumber: 3,
        column: 'País',
        field: 'country',
        key: 'importer.problems.invalidCountry',
        values: { value: 'Tunisie?', accepted: 'importer.accepted.country' },
      },
      {
        rowNumber: 5,
        column: 'NACE',
        field: 'naceCodes',
        key: 'importer.problems.invalidNace',
        values: { value: '262', accepted: 'importer.accepted.nace' },
      },
      {
        rowNumber: 6,
        column: 'Tipo',
        field: 'type',
        key: 'importer.problems.invalidChoice',
        values: { value: 'SME', accepted: 'importer.accepted.organisationType' },
      },
      {
        rowNumber: 6,
        column: 'Web',
        field: 'website',
        key: 'importer.problems.invalidWebsite',
        values: { value: 'javascript:alert(1)', accepted: 'importer.accepted.website' },
      },
      {
        rowNumber: 7,
        column: 'Nombre',
        field: 'name',
        key: 'importer.problems.required',
        values: { field: 'importer.fields.name' },
      },
      {
        rowNumber: 8,
        column: null,
        field: null,
        key: 'importer.problems.extraCells',
        values: { cells: 8, columns: 7 },
      },
    ]);
  });

  it('rejects a NACE division given under the wrong section', () => {
    const result = validate('organisations', header, [['X', 'rto', 'ES', '', 'M72', '', '']]);
    expect(result.problems.map((p) => [p.key, p.values.value])).toEqual([
      ['importer.problems.invalidNace', 'M72'],
    ]);
  });

  it('stops at the header when a required column is missing', () => {
    const result = validate('organisations', ['Nombre', 'País'], [['X', 'ES']]);
    expect(result.valid).toEqual([]);
    expect(result.problems).toEqual([
      {
        rowNumber: 1,
        column: null,
        field: 'type',
        key: 'importer.problems.missingColumn',
        values: { field: 'importer.fields.type' },
      },
    ]);
  });

  it('keeps a country outside the shipped list, with a note', () => {
    const result = validate('organisations', header, [
      ['Berlin GmbH', 'large', 'DE', '', '', '', ''],
    ]);
    expect((result.valid[0]?.fields as { country?: string } | undefined)?.country).toBe('DE');
    expect(result.notes).toEqual([
      {
        rowNumber: 2,
        column: 'País',
        field: 'country',
        key: 'importer.notes.countryOutsideList',
        values: { value: 'DE' },
      },
    ]);
  });
});

describe('validateImportRows: clusters', () => {
  const header = ['Name', 'Country', 'Management FTE', 'English website', 'Label', 'Label expiry'];

  it('reads numbers with decimal commas, yes/no in four languages and dd/mm/yyyy dates', () => {
    const result = validate('clusters', header, [
      ['Cluster A', 'Italia', '1,5', 'sì', 'Oro', '30/06/2027'],
      ['Cluster B', 'Francia', '', 'non', '', ''],
      ['Cluster C', 'Túnez', '0.5', 'x', 'bronze', '2027-01-31'],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.valid.map((v) => v.fields)).toMatchObject([
      {
        country: 'IT',
        managementFte: 1.5,
        hasEnglishWebsite: true,
        label: { level: 'gold', expires: '2027-06-30' },
      },
      { country: 'FR', managementFte: null, hasEnglishWebsite: false, label: null },
      {
        country: 'TN',
        managementFte: 0.5,
        hasEnglishWebsite: true,
        label: { level: 'bronze', expires: '2027-01-31' },
      },
    ]);
    for (const row of result.valid)
      expect(clusterFieldsSchema.safeParse(row.fields).success).toBe(true);
  });

  it('reports bad dates, numbers, booleans and a half label', () => {
    const result = validate('clusters', header, [
      ['A', 'IT', '-1', 'maybe', 'gold', '31/02/2027'],
      ['B', 'IT', 'two', '', 'silver', ''],
    ]);
    expect(result.problems.map((p) => [p.rowNumber, p.column, p.key])).toEqual([
      [2, 'Management FTE', 'importer.problems.numberOutOfRange'],
      [2, 'English website', 'importer.problems.invalidBoolean'],
      [2, 'Label expiry', 'importer.problems.invalidDate'],
      [3, 'Management FTE', 'importer.problems.invalidNumber'],
      [3, 'Label expiry', 'importer.problems.labelIncomplete'],
    ]);
  });
});

describe('validateImportRows: contacts', () => {
  const header = [
    'Organisation',
    'First name',
    'Last name',
    'E-mail',
    'Languages',
    'Do not contact',
  ];

  it('assumes legitimate interest and private sharing when those columns are missing, and says so', () => {
    const result = validate('contacts', header, [
      [
        'Université de Sfax',
        'Amal',
        'Haddad',
        'Amal.Haddad@Univ-Sfax.tn',
        'Arabic; fr; English',
        'no',
      ],
      [sfaxUniversity, 'Karim', 'Ben Salah', '', 'ar', ''],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.assumed).toEqual([
      {
        field: 'legalBasis',
        value: 'legitimate-interest',
        key: 'importer.assumed.legalBasis',
        values: { value: 'codes.legalBases.legitimate-interest' },
      },
      {
        field: 'shareScope',
        value: 'private',
        key: 'importer.assumed.shareScope',
        values: { value: 'codes.shareScopes.private' },
      },
    ]);
    expect(result.valid[0]?.fields).toEqual({
      organisationId: sfaxUniversity,
      givenName: 'Amal',
      familyName: 'Haddad',
      email: 'amal.haddad@univ-sfax.tn',
      phone: null,
      role: '',
      languages: ['ar', 'fr', 'en'],
      legalBasis: 'legitimate-interest',
      consentDate: null,
      shareScope: 'private',
      doNotContact: false,
      erasedAt: null,
      erasureFingerprints: [],
    });
    expect(contactFieldsSchema.safeParse(result.valid[1]?.fields).success).toBe(true);
  });

  it('uses the columns when present, with a note for consent without a date', () => {
    const result = validate(
      'contacts',
      ['Organización', 'Nombre', 'Correo electrónico', 'Base jurídica', 'Compartir'],
      [['Oleificio Rossi', 'Marco', 'marco@rossi.it', 'Consentimiento', 'socios']],
    );
    expect(result.assumed).toEqual([]);
    expect(result.valid[0]?.fields).toMatchObject({
      organisationId: rossi,
      legalBasis: 'consent',
      shareScope: 'partners',
    });
    expect(result.notes.map((n) => n.key)).toEqual(['importer.notes.consentWithoutDate']);
  });

  it('reports unknown and ambiguous organisations, bad e-mails and nameless people', () => {
    const result = validate('contacts', header, [
      ['Nowhere Ltd', 'A', 'B', 'a@b.tn', '', ''],
      ['Twin Name', 'A', 'B', 'a@b.tn', '', ''],
      ['Gone', 'A', 'B', 'a@b.tn', '', ''],
      ['Oleificio Rossi', 'A', 'B', 'not-an-email', 'Klingon', ''],
      ['Oleificio Rossi', '', '', '', '', ''],
    ]);
    expect(result.valid).toEqual([]);
    expect(result.problems.map((p) => [p.rowNumber, p.field, p.key, p.values])).toEqual([
      [
        2,
        'organisationId',
        'importer.problems.unknownReference',
        { value: 'Nowhere Ltd', target: 'importer.targets.organisations' },
      ],
      [
        3,
        'organisationId',
        'importer.problems.ambiguousReference',
        { value: 'Twin Name', target: 'importer.targets.organisations', count: 2 },
      ],
      [
        4,
        'organisationId',
        'importer.problems.unknownReference',
        { value: 'Gone', target: 'importer.targets.organisations' },
      ],
      [
        5,
        'email',
        'importer.problems.invalidEmail',
        { value: 'not-an-email', accepted: 'importer.accepted.email' },
      ],
      [
        5,
        'languages',
        'importer.problems.invalidLanguage',
        { value: 'Klingon', accepted: 'importer.accepted.language' },
      ],
      [6, null, 'importer.problems.contactWithoutIdentity', {}],
    ]);
  });

  it('turns a schema issue the cell readers let through into a problem', () => {
    const odd = createImportLookups({
      organisations: [{ id: 'not-a-uuid', name: 'Odd' }],
      clusters: [],
    });
    const result = validateImportRows({
      kind: 'contacts',
      header,
      rows: [['Odd', 'A', 'B', '', '', '']],
      mapping: guessMapping(header, 'contacts'),
      lookups: odd,
    });
    expect(result.problems).toEqual([
      {
        rowNumber: 2,
        column: 'Organisation',
        field: 'organisationId',
        key: 'validation.recordId',
        values: { value: 'Odd' },
      },
    ]);
  });
});

describe('validateImportRows: ragged rows and blank announced cells', () => {
  it('accepts trailing empty cells beyond the header (trailing separators)', () => {
    const header = ['Name', 'Type', 'Country'];
    const result = validate('organisations', header, [['A', 'rto', 'ES', '', '  ']]);
    expect(result.problems).toEqual([]);
    expect(result.valid).toHaveLength(1);
  });

  it('notes a blank legal-basis cell that falls back to the default', () => {
    const header = ['Organisation', 'E-mail', 'Legal basis', 'Sharing'];
    const result = validate('contacts', header, [[rossi, 'a@rossi.it', '', 'public']]);
    expect(result.assumed).toEqual([]);
    expect(result.valid[0]?.fields).toMatchObject({
      legalBasis: 'legitimate-interest',
      shareScope: 'public',
    });
    expect(result.notes).toEqual([
      {
        rowNumber: 2,
        column: 'Legal basis',
        field: 'legalBasis',
        key: 'importer.notes.defaultUsed',
        values: {
          field: 'importer.fields.legalBasis',
          value: 'codes.legalBases.legitimate-interest',
        },
      },
    ]);
  });
});

describe('validateImportRows: memberships', () => {
  it('defaults the status to member when the column is missing, and checks date order', () => {
    const header = ['Organisation', 'Cluster', 'Since', 'Until'];
    const result = validate('memberships', header, [
      ['Université de Sfax', 'cluster oleicole de sfax', '01/03/2024', ''],
      ['Oleificio Rossi', oliveCluster, '2025-01-01', '2024-12-31'],
    ]);
    expect(result.assumed).toEqual([
      {
        field: 'status',
        value: 'member',
        key: 'importer.assumed.status',
        values: { value: 'codes.membershipStatuses.member' },
      },
    ]);
    expect(result.valid.map((v) => v.fields)).toEqual([
      {
        organisationId: sfaxUniversity,
        clusterId: oliveCluster,
        status: 'member',
        since: '2024-03-01',
        until: null,
      },
    ]);
    expect(result.problems.map((p) => [p.rowNumber, p.column, p.key])).toEqual([
      [3, 'Until', 'importer.problems.untilBeforeSince'],
    ]);
  });
});
