/**
 * Sample organisations: each belongs to a home cluster, sits in a real town and region of its
 * country, and gets a fictional name in its country's naming style, NACE codes, value-chain
 * segments, offers and needs. The knowledge-entity share of each roster follows its cluster's
 * profile, so some clusters come out visibly weak in step 1 terms.
 */
import type { OrganisationFields } from '../model/entities';
import type { OrganisationType } from '../model/enums';
import { isKnowledgeEntity } from '../model/enums';
import type { ClusterSpec } from './cluster-specs';
import { clusterSpecs } from './cluster-specs';
import type { SampleCountry } from './countries';
import { sampleCountryOf } from './countries';
import type { OrgKit } from './names-orgs';
import { orgKits } from './names-orgs';
import { peopleKits } from './names-people';
import type { Prng } from './prng';
import {
  categoryOf,
  knowledgeMix,
  naceOfType,
  nonKnowledgeMix,
  supportNeeds,
  supportOffers,
} from './roles';
import type { SampleRecord, Stamper } from './helpers';
import { createHostRegistry, slugify } from './helpers';
import type { ChainKey, SampleChain } from './value-chains';
import { RD_SEGMENT, chainByKey } from './value-chains';

/** What later steps (memberships, contacts) need to know about each organisation. */
export interface OrganisationInfo {
  readonly record: SampleRecord<OrganisationFields>;
  readonly homeCluster: number;
  readonly type: OrganisationType;
  readonly domain: string;
}

interface Place {
  readonly town: string;
  readonly region: string;
}

/** Split `total` across weights, proportionally, with exact integer parts (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let missing = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (missing-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** The number of knowledge entities in a roster of `size`, by profile. */
function knowledgeCount(prng: Prng, spec: ClusterSpec, size: number): number {
  if (spec.profile === 'weak') return Math.min(size, prng.int(0, 1) + Math.floor(size / 100));
  const share = spec.profile === 'strong' ? 0.16 + prng.next() * 0.08 : 0.09 + prng.next() * 0.06;
  return Math.min(size, Math.round(size * share));
}

function placesOf(country: string, profile: SampleCountry): Place[] {
  const places: Place[] = [];
  for (const spec of clusterSpecs) {
    if (spec.country === country)
      for (const town of spec.towns) places.push({ town, region: spec.region });
  }
  for (const [town, region] of profile.places) places.push({ town, region });
  return places;
}

function fill(template: string, kit: OrgKit, vars: Readonly<Record<string, string>>): string {
  const text = template.replace(/\{(\w+)\}/g, (_, token: string) => vars[token] ?? '');
  const clean = text.replace(/\s+/g, ' ').trim();
  return kit.elides ? clean.replace(/(^| )de (?=[AEIOUYÉÈÊÂÎ])/g, '$1d’') : clean;
}

export interface OrganisationOptions {
  readonly count: number;
  readonly chainIds: ReadonlyMap<ChainKey, string>;
}

export function generateOrganisations(
  prng: Prng,
  stamper: Stamper,
  options: OrganisationOptions,
): OrganisationInfo[] {
  const sizes = apportion(
    options.count,
    clusterSpecs.map((s) => s.size),
  );
  const placeCache = new Map<string, Place[]>();
  const placesFor = (country: string): Place[] => {
    let places = placeCache.get(country);
    if (!places) {
      places = placesOf(country, sampleCountryOf(country));
      placeCache.set(country, places);
    }
    return places;
  };
  const townsOf = clusterSpecs.map((spec) =>
    spec.towns.map((town) => ({ town, region: spec.region })),
  );
  const abroadCache = new Map<string, number[]>();
  const abroadFor = (clusterIndex: number, chainKey: ChainKey): number[] => {
    const key = `${clusterIndex}/${chainKey}`;
    let list = abroadCache.get(key);
    if (!list) {
      const country = clusterSpecs[clusterIndex]?.country;
      list = clusterSpecs.flatMap((s, i) =>
        s.chains.includes(chainKey) && s.country !== country ? [i] : [],
      );
      abroadCache.set(key, list);
    }
    return list;
  };
  const hostFor = createHostRegistry();
  const usedNames = new Set<string>();
  const result: OrganisationInfo[] = [];

  clusterSpecs.forEach((spec, clusterIndex) => {
    const size = sizes[clusterIndex] ?? 0;
    const knowledge = new Set(
      prng.sample([...Array(size).keys()], knowledgeCount(prng, spec, size)),
    );
    for (let slot = 0; slot < size; slot++) {
      const type = prng.weighted(knowledge.has(slot) ? knowledgeMix : nonKnowledgeMix);
      const chainKey = prng.pick(spec.chains);
      const chain = chainByKey(chainKey);
      // A few members are based abroad, in a country with a cluster on the same chain.
      const abroadOptions = abroadFor(clusterIndex, chainKey);
      const locatedAt =
        abroadOptions.length > 0 && prng.chance(0.05) ? prng.pick(abroadOptions) : clusterIndex;
      const country = clusterSpecs[locatedAt]?.country ?? spec.country;
      const profile = sampleCountryOf(country);
      const place = prng.chance(0.8)
        ? prng.pick(townsOf[locatedAt] ?? [])
        : prng.pick(placesFor(country));
      const kit = orgKits[profile.orgs];
      const people = peopleKits[profile.people];
      const category = categoryOf[type];

      let name = '';
      // A few tries for a fresh name; large workspaces run out of combinations and keep duplicates.
      for (let attempt = 0; attempt < 3; attempt++) {
        const vars = {
          W: prng.pick(kit.chainWords[chainKey]),
          X: kit.fields[chainKey],
          C: place.town,
          CL: kit.declined?.[place.town] ?? place.town,
          F: prng.pick(people.familyNames),
          F2: prng.pick(people.familyNames),
          B: prng.pick(kit.brands),
        };
        if (vars.F2 === vars.F)
          vars.F2 =
            people.familyNames[
              (people.familyNames.indexOf(vars.F) + 1) % people.familyNames.length
            ] ?? vars.F;
        name = fill(prng.pick(kit.templates[category]), kit, vars);
        if (!usedNames.has(name)) break;
      }
      usedNames.add(name);
      const domain = `${hostFor(slugify(name), country.toLowerCase())}.example`;
      const legal =
        category === 'company' && type !== 'other'
          ? prng.pick(type === 'large-company' ? profile.legalLarge : profile.legalSmall)
          : '';

      const { segments, naceCodes, offers, needs } = activityOf(
        prng,
        type,
        chain,
        options.chainIds.get(chainKey) ?? '',
      );
      const fields: OrganisationFields = {
        name: legal ? `${name} ${legal}` : name,
        type,
        country,
        region: place.region,
        naceCodes,
        segments,
        website: prng.chance(0.88) ? `https://www.${domain}` : null,
        offers,
        needs,
      };
      result.push({ record: stamper.stamp(fields), homeCluster: clusterIndex, type, domain });
    }
  });
  return result;
}

interface Activity {
  segments: string[];
  naceCodes: string[];
  offers: string[];
  needs: string[];
}

function activityOf(
  prng: Prng,
  type: OrganisationType,
  chain: SampleChain,
  chainId: string,
): Activity {
  const category = categoryOf[type];
  const segmentId = (key: string): string => `${chainId}/${key}`;
  const rd = chain.segments.find((s) => s.key === RD_SEGMENT);
  const business = chain.segments.filter((s) => s.key !== RD_SEGMENT);
  if (isKnowledgeEntity(type) && rd) {
    const extra = prng.chance(0.4) ? [prng.pick(business)] : [];
    return {
      segments: [rd.key, ...extra.map((s) => s.key)].map(segmentId),
      naceCodes: [...prng.pick(naceOfType[type] ?? [['72']])],
      offers: prng.sample(rd.offers, prng.int(1, 3)),
      needs: prng.sample(rd.needs, prng.int(0, 2)),
    };
  }
  if (category === 'company' && type !== 'other') {
    const first = prng.pick(business);
    const next = business[business.indexOf(first) + 1];
    const picked = next && prng.chance(0.3) ? [first, next] : [first];
    const nace = new Set(picked.map((s) => prng.pick(s.nace)));
    return {
      segments: picked.map((s) => segmentId(s.key)),
      naceCodes: [...nace].sort(),
      offers: prng.sample(
        picked.flatMap((s) => s.offers),
        prng.int(0, 2),
      ),
      needs: prng.sample(
        picked.flatMap((s) => s.needs),
        prng.int(0, 2),
      ),
    };
  }
  return {
    segments: prng.chance(0.5) ? [segmentId(prng.pick(business).key)] : [],
    naceCodes: [...prng.pick(naceOfType[type] ?? [['94']])],
    offers: prng.sample(supportOffers[category] ?? [], prng.int(0, 2)),
    needs: prng.sample(supportNeeds[category] ?? [], prng.int(0, 1)),
  };
}
