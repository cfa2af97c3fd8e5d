import { describe, expect, it } from 'vitest';
import {
  clusterFieldsSchema,
  contactFieldsSchema,
  organisationRecordSchema,
} from '../../../src-core/model/entities';
import { identityFieldsSchema } from '../../../src-core/model/workspace';
import { stampNew } from '../../../src-core/sync/stamp';

const cluster = {
  name: 'Cluster Oléicole de Sfax',
  country: 'TN',
  region: 'TN-61',
  valueChainIds: [],
  ecosystems: ['agri-food'],
  naceCodes: ['01', '10.4'],
  managementFte: 2.5,
  website: 'https://oleicole-sfax.example',
  hasEnglishWebsite: true,
  label: { level: 'bronze', expires: '2027-06-30' },
};

const messagesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );

describe('entity schemas', () => {
  it('accepts a complete cluster', () => {
    expect(clusterFieldsSchema.safeParse(cluster).success).toBe(true);
  });

  it('names each bad field with an i18n message key', () => {
    const result = clusterFieldsSchema.safeParse({
      ...cluster,
      name: '  ',
      country: 'Tunisia',
      region: 'Sfax',
      naceCodes: ['262'],
      website: 'javascript:alert(1)',
      label: { level: 'bronze', expires: '30/06/2027' },
    });
    expect(result.success).toBe(false);
    expect(messagesOf(result)).toEqual({
      name: 'validation.name',
      country: 'validation.countryCode',
      region: 'validation.regionCode',
      'naceCodes.0': 'validation.naceCode',
      website: 'validation.website',
      'label.expires': 'validation.date',
    });
  });

  it('refuses a contact with a malformed e-mail or language tag', () => {
    const result = contactFieldsSchema.safeParse({
      organisationId: '0192f0c4-7b1e-7c3a-9d2e-1f2a3b4c5d6e',
      givenName: 'Amal',
      familyName: 'Haddad',
      email: 'amal@',
      phone: null,
      role: 'Facilitator',
      languages: ['ar', 'French'],
      legalBasis: 'consent',
      consentDate: '2026-03-14',
      shareScope: 'partners',
      doNotContact: false,
      erasedAt: null,
      erasureFingerprints: [],
    });
    expect(messagesOf(result)).toMatchObject({ email: 'validation.email' });
    expect(Object.keys(messagesOf(result))).toContain('languages.1');
  });

  it('a record schema requires sync metadata and refuses unknown keys', () => {
    const fields = {
      name: 'Aceites del Sur S.L.',
      type: 'sme-small',
      country: 'ES',
      region: 'ES61',
      naceCodes: ['10.41'],
      segments: [],
      website: null,
      offers: [],
      needs: [],
    };
    const record = stampNew(
      '0192f0c4-7b1e-7c3a-9d2e-1f2a3b4c5d6e',
      fields,
      '000000000000001000-0000-aaaaaaaaaaaaaaaa',
    );
    expect(organisationRecordSchema.safeParse(record).success).toBe(true);
    expect(organisationRecordSchema.safeParse({ ...record, __proto__x: 1 }).success).toBe(false);
    expect(
      organisationRecordSchema.safeParse({ ...record, clocks: { name: 'yesterday' } }).success,
    ).toBe(false);
    const { clocks: _clocks, ...withoutClocks } = record;
    expect(organisationRecordSchema.safeParse(withoutClocks).success).toBe(false);
  });

  it('identity needs a name and a partner organisation', () => {
    const result = identityFieldsSchema.safeParse({
      facilitatorName: '',
      partnerOrganisation: ' ',
    });
    expect(messagesOf(result)).toEqual({
      facilitatorName: 'validation.facilitatorName',
      partnerOrganisation: 'validation.partnerOrganisation',
    });
  });
});
