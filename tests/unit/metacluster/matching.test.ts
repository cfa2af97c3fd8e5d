// Stage 4 matchmaking: cross-country organisation pairs where offers answer needs.
import { describe, expect, it } from 'vitest';
import { contentWords, matchOfferToNeed, suggestPairs } from '../../../src-core/metacluster';
import { membership, org, today } from './fixtures';

const organisations = [
  org('m1', 'Olive Mill SL', 'ES', 'sme-small', [], {
    offers: ['Extra virgin olive oil', 'Bottling lines'],
    needs: ['Waste-water treatment solutions'],
  }),
  org('m2', 'Acqua Srl', 'IT', 'sme-medium', [], {
    offers: ['Waste water treatment'],
    needs: ['Bottling lines', 'ÉNERGIE from pomace'],
  }),
  org('m3', 'Frantoio ES', 'ES', 'sme-micro', [], {
    needs: ['Bottling lines', 'Support for the partners'],
  }),
  org('m4', 'Pôle Énergie', 'FR', 'rto', [], { offers: ['Énergie des grignons'] }),
  org('m5', 'Hellas Services', 'GR', 'business-support', [], {
    offers: ['Services for the partners'],
  }),
  org('m6', 'Left Italia', 'IT', 'sme-small', [], { offers: ['Bottling lines'] }),
  org('m7', 'Outside TN', 'TN', 'sme-small', [], { needs: ['Bottling lines'] }),
];
const memberships = [
  membership('m1', 'k1'),
  membership('m1', 'k2'),
  membership('m2', 'k2'),
  membership('m3', 'k1'),
  membership('m4', 'k3'),
  membership('m5', 'k4'),
  membership('m6', 'k2', 'left'),
  membership('m7', 'k5'),
];
const base = { organisations, memberships, clusterIds: ['k1', 'k2', 'k3', 'k4'], today };

describe('matchOfferToNeed', () => {
  it('matches on shared content words, case- and diacritic-insensitively, plurals folded', () => {
    expect(matchOfferToNeed('Sensors', 'Low-cost sensor modules')).toEqual({
      sharedWords: ['sensor'],
      exactPhrase: false,
      points: 1,
    });
    expect(matchOfferToNeed('CAFÉ torréfié', 'cafe')).toEqual({
      sharedWords: ['cafe'],
      exactPhrase: true,
      points: 3,
    });
  });

  it('ignores stop words in en/es/fr/it and generic words', () => {
    expect(contentWords('Analyse de la qualité et des huiles pour les partenaires')).toEqual([
      'analyse',
      'huile',
      'qualite',
    ]);
    expect(contentWords('Servizi per le imprese della filiera')).toEqual(['filiera', 'imprese']);
    expect(matchOfferToNeed('Services for the partners', 'Support for the partners')).toBeNull();
    expect(matchOfferToNeed('Fish feed', 'Water quality monitoring')).toBeNull();
  });
});

describe('suggestPairs', () => {
  const pairs = suggestPairs(base);

  it('pairs current members of different countries whose offers answer needs', () => {
    expect(pairs.map((p) => [p.a.id, p.b.id, p.score])).toEqual([
      ['m2', 'm1', 9],
      ['m2', 'm4', 1],
    ]);
    expect(pairs[0]?.a).toEqual({ id: 'm2', name: 'Acqua Srl', country: 'IT' });
  });

  it('explains each pair with every match, best first', () => {
    expect(pairs[0]?.reasons).toEqual([
      {
        offeredBy: 'm2',
        neededBy: 'm1',
        offer: 'Waste water treatment',
        need: 'Waste-water treatment solutions',
        sharedWords: ['treatment', 'waste', 'water'],
        exactPhrase: true,
        points: 5,
      },
      {
        offeredBy: 'm1',
        neededBy: 'm2',
        offer: 'Bottling lines',
        need: 'Bottling lines',
        sharedWords: ['bottling', 'line'],
        exactPhrase: true,
        points: 4,
      },
    ]);
    expect(pairs[0]?.reason).toEqual(pairs[0]?.reasons[0]);
    expect(pairs[1]?.reason).toEqual({
      offeredBy: 'm4',
      neededBy: 'm2',
      offer: 'Énergie des grignons',
      need: 'ÉNERGIE from pomace',
      sharedWords: ['energie'],
      exactPhrase: false,
      points: 1,
    });
  });

  it('leaves out same-country pairs, non-members and clusters outside the meta-cluster', () => {
    const ids = pairs.flatMap((p) => [p.a.id, p.b.id]);
    // m3 needs bottling lines like m2, but only Spanish m1 offers them; m6 left; m7 is outside.
    expect(ids).not.toContain('m3');
    expect(ids).not.toContain('m6');
    expect(ids).not.toContain('m7');
    const withOutside = suggestPairs({ ...base, clusterIds: [...base.clusterIds, 'k5'] });
    expect(withOutside.map((p) => [p.a.id, p.b.id])).toContainEqual(['m1', 'm7']);
  });

  it('caps pairs per organisation and overall', () => {
    expect(suggestPairs({ ...base, maxPerOrganisation: 1 }).map((p) => p.b.id)).toEqual(['m1']);
    expect(suggestPairs({ ...base, limit: 1 })).toHaveLength(1);
  });

  it('is deterministic and independent of input order', () => {
    const reversed = suggestPairs({
      ...base,
      organisations: [...organisations].reverse(),
      memberships: [...memberships].reverse(),
    });
    expect(reversed).toEqual(pairs);
  });
});
