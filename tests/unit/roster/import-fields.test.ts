import { describe, expect, it } from 'vitest';
import { guessMapping, importFieldsOf, importKinds } from '../../../src-core/roster/import-fields';

/** Only the mapped fields, as field → header text. */
function mapped(headers: string[], kind: Parameters<typeof guessMapping>[1]) {
  const mapping = guessMapping(headers, kind);
  return Object.fromEntries(
    Object.entries(mapping).flatMap(([field, column]) =>
      column === null ? [] : [[field, headers[column]]],
    ),
  );
}

describe('importable fields', () => {
  it('lists each kind with unique keys and at least one synonym each', () => {
    for (const kind of importKinds) {
      const fields = importFieldsOf(kind);
      expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
      for (const f of fields) expect(f.synonyms.length, `${kind}.${f.key}`).toBeGreaterThan(0);
    }
  });

  it('announces the contact defaults that must not be silent', () => {
    const announced = importFieldsOf('contacts').filter((f) => f.isDefaultAnnounced);
    expect(announced.map((f) => [f.key, f.defaultValue])).toEqual([
      ['legalBasis', 'legitimate-interest'],
      ['shareScope', 'private'],
    ]);
  });
});

describe('guessMapping', () => {
  it('reads English organisation headers', () => {
    expect(
      mapped(
        ['Organisation name', 'Type', 'Country', 'NUTS region', 'Website', 'Needs'],
        'organisations',
      ),
    ).toEqual({
      name: 'Organisation name',
      type: 'Type',
      country: 'Country',
      region: 'NUTS region',
      website: 'Website',
      needs: 'Needs',
    });
  });

  it('reads Spanish headers, accents and case ignored', () => {
    expect(
      mapped(
        ['RAZÓN SOCIAL', 'Tipo de entidad', 'País', 'Región', 'Sitio web', 'Código NACE'],
        'organisations',
      ),
    ).toEqual({
      name: 'RAZÓN SOCIAL',
      type: 'Tipo de entidad',
      country: 'País',
      region: 'Región',
      website: 'Sitio web',
      naceCodes: 'Código NACE',
    });
  });

  it('reads French contact headers', () => {
    expect(
      mapped(
        ['Prénom', 'Nom', 'Courriel', 'Téléphone', "Nom de l'organisation", 'Fonction', 'Langues'],
        'contacts',
      ),
    ).toEqual({
      givenName: 'Prénom',
      familyName: 'Nom',
      email: 'Courriel',
      phone: 'Téléphone',
      organisationId: "Nom de l'organisation",
      role: 'Fonction',
      languages: 'Langues',
    });
  });

  it('reads Italian cluster headers', () => {
    expect(
      mapped(
        ['Nome', 'Paese', 'Regione', 'Sito web', 'Sito web in inglese', 'Codice NACE'],
        'clusters',
      ),
    ).toEqual({
      name: 'Nome',
      country: 'Paese',
      region: 'Regione',
      website: 'Sito web',
      hasEnglishWebsite: 'Sito web in inglese',
      naceCodes: 'Codice NACE',
    });
  });

  it('falls back to headers that contain a synonym, longest synonym first', () => {
    expect(
      mapped(
        ['Nombre de la organización miembro', 'Nombre del clúster (oficial)', 'Estado actual'],
        'memberships',
      ),
    ).toEqual({
      organisationId: 'Nombre de la organización miembro',
      clusterId: 'Nombre del clúster (oficial)',
      status: 'Estado actual',
    });
  });

  it('never maps one column twice, and leaves unknown columns and fields alone', () => {
    const mapping = guessMapping(['E-mail', 'email', 'Notes', ''], 'contacts');
    expect(mapping.email).toBe(0);
    expect(Object.values(mapping).filter((c) => c === 1)).toHaveLength(0);
    expect(Object.values(mapping).filter((c) => c === 2 || c === 3)).toHaveLength(0);
    expect(mapping.legalBasis).toBeNull();
  });
});
