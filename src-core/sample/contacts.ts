/**
 * Sample contacts: fictional people named in their organisation's country's tradition, with an
 * e-mail at the organisation's fictional domain, a role, languages and a legal basis. No phone
 * numbers: made-up numbers could belong to real people.
 */
import type { ContactFields } from '../model/entities';
import type { LegalBasis, ShareScope } from '../model/enums';
import { sampleCountryOf } from './countries';
import { peopleKits } from './names-people';
import type { OrganisationInfo } from './organisations';
import type { Prng } from './prng';
import { categoryOf, rolesOf } from './roles';
import type { SampleRecord, Stamper } from './helpers';
import { randomDate, slugify } from './helpers';

const legalBasisMix: readonly (readonly [LegalBasis, number])[] = [
  ['consent', 45],
  ['legitimate-interest', 40],
  ['contract', 15],
];
const shareScopeMix: readonly (readonly [ShareScope, number])[] = [
  ['private', 35],
  ['partners', 50],
  ['public', 15],
];

/** How many contacts one organisation gets: `perOrganisation` on average, give or take one. */
function contactCount(prng: Prng, perOrganisation: number): number {
  if (perOrganisation <= 0) return 0;
  const roll = prng.next();
  const delta = roll < 0.25 ? -1 : roll >= 0.75 ? 1 : 0;
  return Math.max(1, perOrganisation + delta);
}

function languagesOf(prng: Prng, org: OrganisationInfo): string[] {
  const profile = sampleCountryOf(org.record.country);
  const languages = [...profile.languages];
  const add = (lang: string): void => {
    if (!languages.includes(lang)) languages.push(lang);
  };
  if (org.record.region === 'ES51' && prng.chance(0.6)) add('ca');
  if (prng.chance(0.65)) add('en');
  if (prng.chance(0.2)) add(prng.pick(profile.extraLanguages));
  return languages;
}

const slugCache = new Map<string, string>();
function nameSlug(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = slugify(name, '.');
    slugCache.set(name, slug);
  }
  return slug;
}

export function generateContacts(
  prng: Prng,
  stamper: Stamper,
  organisations: readonly OrganisationInfo[],
  perOrganisation: number,
): SampleRecord<ContactFields>[] {
  const result: SampleRecord<ContactFields>[] = [];
  for (const org of organisations) {
    const kit = peopleKits[sampleCountryOf(org.record.country).people];
    const roles = rolesOf[categoryOf[org.type]];
    const usedLocalParts = new Set<string>();
    const count = contactCount(prng, perOrganisation);
    for (let i = 0; i < count; i++) {
      const givenName = prng.pick(kit.givenNames);
      const familyName = prng.pick(kit.familyNames);
      const base = `${nameSlug(givenName)}.${nameSlug(familyName)}`;
      let local = base;
      for (let n = 2; usedLocalParts.has(local); n++) local = `${base}${n}`;
      usedLocalParts.add(local);
      const legalBasis = prng.weighted(legalBasisMix);
      const fields: ContactFields = {
        organisationId: org.record.id,
        givenName,
        familyName,
        email: prng.chance(0.97) ? `${local}@${org.domain}` : null,
        phone: null,
        role: prng.pick(roles),
        languages: languagesOf(prng, org),
        legalBasis,
        consentDate: legalBasis === 'consent' ? randomDate(prng, '2022-01-01', '2026-01-10') : null,
        shareScope: prng.weighted(shareScopeMix),
        doNotContact: prng.chance(0.04),
        erasedAt: null,
        erasureFingerprints: [],
      };
      result.push(stamper.stamp(fields));
    }
  }
  return result;
}
