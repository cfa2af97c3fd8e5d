import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../../src-core/roster/country-names';

describe('resolveCountry', () => {
  it.each([
    ['TN', 'TN'],
    ['tn', 'TN'],
    [' TUN ', 'TN'],
    ['EL', 'GR'],
    ['Tunisia', 'TN'],
    ['Túnez', 'TN'],
    ['TUNISIE', 'TN'],
    ['España', 'ES'],
    ['espagne', 'ES'],
    ['Spagna', 'ES'],
    ['Türkiye', 'TR'],
    ['Turquía', 'TR'],
    ['Grèce', 'GR'],
    ['Bosnie-Herzégovine', 'BA'],
    ['Bosnia ed Erzegovina', 'BA'],
    ['Marruecos', 'MA'],
    ['Égypte', 'EG'],
    ['Giordania', 'JO'],
    ['Líbano', 'LB'],
    ['Palestina', 'PS'],
    ['Crna Gora', 'ME'],
    ['Hrvatska', 'HR'],
  ])('%s → %s', (text, code) => {
    expect(resolveCountry(text)).toEqual({ code, isKnown: true });
  });

  it('keeps other two-letter codes but says they are not in the list', () => {
    expect(resolveCountry('de')).toEqual({ code: 'DE', isKnown: false });
  });

  it.each(['Tunisie?', 'Atlantis', 'XYZ', '', '12'])('rejects %j', (text) => {
    expect(resolveCountry(text)).toBeUndefined();
  });
});
