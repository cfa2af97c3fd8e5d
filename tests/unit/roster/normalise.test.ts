import { describe, expect, it } from 'vitest';
import {
  foldText,
  normaliseEmail,
  normaliseName,
  normalisePersonName,
  websiteDomain,
} from '../../../src-core/roster/normalise';

describe('normaliseName', () => {
  it('folds case, diacritics, punctuation and spaces', () => {
    expect(normaliseName('  Coopérative   Oléicole—de  Sfax! ')).toBe(
      'cooperative oleicole de sfax',
    );
    expect(normaliseName("L'Oréal")).toBe('loreal');
    expect(normaliseName('Đakovo Şişe Işık')).toBe('dakovo sise isik');
  });

  it.each([
    ['Aceites del Sur, S.L.', 'aceites del sur'],
    ['Aceites del Sur S.L.U.', 'aceites del sur'],
    ['Transportes Levante SA', 'transportes levante'],
    ['Oleificio Rossi S.r.l.', 'oleificio rossi'],
    ['Ferrari S.p.A.', 'ferrari'],
    ['Olivia SARL', 'olivia'],
    ['SARL Olivia', 'olivia'],
    ['Maison Dupont S.A.S.', 'maison dupont'],
    ['Atlas Trading S.A.R.L. AU', 'atlas trading'],
    ['Malta Marine Ltd', 'malta marine'],
    ['Blue Data LLC', 'blue data'],
    ['Mühlenwerk GmbH', 'muhlenwerk'],
    ['Vinarija Kutjevo d.o.o.', 'vinarija kutjevo'],
    ['Podravka d.d.', 'podravka'],
    ['Anadolu Gıda A.Ş.', 'anadolu gida'],
    ['Ege Tekstil Ltd. Şti.', 'ege tekstil'],
    ['Elaiourgia Kritis E.P.E.', 'elaiourgia kritis'],
    ['Adelfoi Papadopoulou O.E.', 'adelfoi papadopoulou'],
    ['Ελαιουργία Κρήτης Α.Ε.', 'ελαιουργια κρητης'],
    ['Cortiça Lusa, Lda', 'cortica lusa'],
    ['Société Générale Tunisienne S.A.', 'societe generale tunisienne'],
  ])('drops the legal form of %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });

  it('keeps a name made only of a legal form, and words that merely look like one', () => {
    expect(normaliseName('S.A.')).toBe('sa');
    expect(normaliseName('Sa Pobla Agrària')).toBe('sa pobla agraria');
    expect(normaliseName('')).toBe('');
  });

  it('makes spellings of one organisation equal', () => {
    expect(normaliseName('OLEIFICIO ROSSI SRL')).toBe(normaliseName('Oleificio Rossi, s.r.l.'));
  });
});

describe('other normal forms', () => {
  it('folds header-like text', () => {
    expect(foldText('Correo Electrónico')).toBe('correo electronico');
    expect(foldText("Type d'organisation")).toBe('type dorganisation');
  });

  it('normalises people and e-mail addresses', () => {
    expect(normalisePersonName(' José ', 'García-López')).toBe('jose garcia lopez');
    expect(normaliseEmail('  Amal.Haddad@Example.TN ')).toBe('amal.haddad@example.tn');
  });
});

describe('websiteDomain', () => {
  it.each([
    ['https://www.Foo.tn/en/about', 'foo.tn'],
    ['http://foo.tn', 'foo.tn'],
    ['HTTPS://WWW.FOO.TN', 'foo.tn'],
    ['www.foo.tn', 'foo.tn'],
    ['foo.tn/contact', 'foo.tn'],
    ['https://user@sub.foo.tn:8443/x?y#z', 'sub.foo.tn'],
    ['https://www.foo.tn.', 'foo.tn'],
  ])('%s → %s', (url, domain) => {
    expect(websiteDomain(url)).toBe(domain);
  });

  it.each([
    '',
    'n/a',
    '-',
    'foo',
    'info@foo.tn',
    'ftp://foo.tn',
    'javascript:alert(1)',
    'http://1.2',
  ])('null for %j', (text) => {
    expect(websiteDomain(text)).toBeNull();
  });
});
