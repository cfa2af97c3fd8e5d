import { describe, expect, it } from 'vitest';
import { contactFieldsSchema } from '../../../src-core/model/entities';
import {
  erasedContactFields,
  erasureFingerprint,
  fnv1a64,
  indexErasureFingerprints,
} from '../../../src-core/roster/erasure';

const orgId = '0190f5c2-7d1e-7a3b-8c4d-5e6f7a8b9c0d';
const person = {
  email: 'Amal.Haddad@Example.tn',
  givenName: 'Amal',
  familyName: 'Haddad',
  organisationId: orgId,
};

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64 test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes UTF-8 bytes, so accents count', () => {
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
    expect(fnv1a64('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('erasureFingerprint', () => {
  it('fingerprints the e-mail and the name with the organisation, without the data', () => {
    const fingerprints = erasureFingerprint(person);
    expect(fingerprints).toHaveLength(2);
    expect(fingerprints[0]).toMatch(/^e:[0-9a-f]{16}$/);
    expect(fingerprints[1]).toMatch(/^n:[0-9a-f]{16}$/);
    expect(fingerprints.join()).not.toMatch(/amal|haddad|example/i);
  });

  it('is the same for other spellings of the same person', () => {
    expect(
      erasureFingerprint({
        ...person,
        email: ' amal.haddad@example.TN ',
        givenName: 'AMAL',
        familyName: 'Haddád',
      }),
    ).toEqual(erasureFingerprint(person));
  });

  it('differs in another organisation, and skips blank parts', () => {
    const elsewhere = erasureFingerprint({ ...person, email: null, organisationId: 'other' });
    expect(elsewhere).toHaveLength(1);
    expect(elsewhere[0]).not.toBe(erasureFingerprint(person)[1]);
    expect(erasureFingerprint({ ...person, email: null, givenName: '', familyName: '' })).toEqual(
      [],
    );
  });
});

describe('erasedContactFields', () => {
  it('wipes personal fields and keeps fingerprints; the result passes the schema', () => {
    const contact = {
      ...person,
      phone: '+216 71 000 000',
      role: 'Director',
      languages: ['ar', 'fr'],
      legalBasis: 'consent' as const,
      consentDate: '2026-01-10',
      shareScope: 'partners' as const,
      doNotContact: false,
      erasedAt: null,
      erasureFingerprints: [],
    };
    const patch = erasedContactFields(contact, '2026-11-28T10:00:00.000Z');
    expect(patch).toEqual({
      givenName: '',
      familyName: '',
      email: null,
      phone: null,
      role: '',
      languages: [],
      doNotContact: true,
      erasedAt: '2026-11-28T10:00:00.000Z',
      erasureFingerprints: erasureFingerprint(person),
    });
    expect(contactFieldsSchema.safeParse({ ...contact, ...patch }).success).toBe(true);
  });

  it('keeps the earlier fingerprints when erasing twice', () => {
    const first = erasedContactFields(person, '2026-11-28T10:00:00.000Z');
    const again = erasedContactFields({ ...person, ...first }, '2026-11-29T10:00:00.000Z');
    expect(again.erasureFingerprints).toEqual(first.erasureFingerprints);
  });

  it('indexes erased contacts by fingerprint', () => {
    const index = indexErasureFingerprints([
      { id: 'a', erasureFingerprints: ['e:1', 'n:2'] },
      { id: 'b', erasureFingerprints: ['e:1'] },
    ]);
    expect(index.get('e:1')).toEqual(['a', 'b']);
    expect(index.get('n:2')).toEqual(['a']);
  });
});
