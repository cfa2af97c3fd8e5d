/**
 * What each kind of organisation looks like in the sample: the mix of types, job roles of its
 * contacts, NACE divisions, and offers/needs for those that do not sit in one segment.
 */
import type { OrganisationType } from '../model/enums';
import type { OrgCategory } from './names-orgs';

/** Helix mix of the non-knowledge members of a roster (weights): mostly SMEs. */
export const nonKnowledgeMix: readonly (readonly [OrganisationType, number])[] = [
  ['sme-micro', 34],
  ['sme-small', 27],
  ['sme-medium', 13],
  ['large-company', 4],
  ['public-authority', 4],
  ['business-support', 6],
  ['financial', 2.5],
  ['civil-society', 3],
  ['cluster', 1],
  ['other', 1.5],
];

export const knowledgeMix: readonly (readonly [OrganisationType, number])[] = [
  ['university', 40],
  ['rto', 40],
  ['other-knowledge', 20],
];

export const categoryOf: Readonly<Record<OrganisationType, OrgCategory>> = {
  'sme-micro': 'company',
  'sme-small': 'company',
  'sme-medium': 'company',
  'large-company': 'company',
  university: 'university',
  rto: 'rto',
  'other-knowledge': 'otherKnowledge',
  'public-authority': 'publicAuthority',
  'business-support': 'businessSupport',
  financial: 'financial',
  'civil-society': 'civilSociety',
  cluster: 'cluster',
  other: 'company',
};

export const rolesOf: Readonly<Record<OrgCategory, readonly string[]>> = {
  company: [
    'CEO',
    'Managing Director',
    'Export Manager',
    'Head of R&D',
    'Operations Manager',
    'Quality Manager',
    'Founder',
    'Sales Director',
    'Innovation Manager',
    'CFO',
  ],
  university: [
    'Professor',
    'Associate Professor',
    'Vice-Rector for Research',
    'Technology Transfer Officer',
    'Research Project Manager',
    'Head of Department',
  ],
  rto: [
    'Director',
    'Senior Researcher',
    'Business Development Manager',
    'Head of Laboratory',
    'Project Manager',
  ],
  otherKnowledge: ['Director', 'Innovation Advisor', 'Technology Transfer Officer'],
  publicAuthority: [
    'Head of Economic Development',
    'Policy Officer',
    'EU Funds Officer',
    'Deputy Mayor',
  ],
  businessSupport: [
    'Secretary General',
    'Internationalisation Advisor',
    'Innovation Advisor',
    'Incubation Manager',
  ],
  financial: ['Investment Manager', 'SME Relationship Manager', 'Credit Analyst'],
  civilSociety: ['President', 'Coordinator', 'Programme Officer'],
  cluster: ['Cluster Manager', 'Project Officer'],
};

/** NACE divisions by type, for types not tied to a value-chain segment. */
export const naceOfType: Partial<
  Readonly<Record<OrganisationType, readonly (readonly string[])[]>>
> = {
  university: [['85', '72'], ['85']],
  rto: [['72'], ['72', '71']],
  'other-knowledge': [['72'], ['70'], ['71', '72']],
  'public-authority': [['84']],
  'business-support': [['94'], ['82'], ['70']],
  financial: [['64'], ['66'], ['64', '66']],
  'civil-society': [['94'], ['88']],
  cluster: [['94']],
  other: [['70'], ['74'], ['69']],
};

export const supportOffers: Partial<Readonly<Record<OrgCategory, readonly string[]>>> = {
  publicAuthority: [
    'Innovation vouchers for SMEs',
    'Industrial land and premises',
    'Co-funding for regional pilots',
  ],
  businessSupport: [
    'Export coaching',
    'Access to trade fairs',
    'B2B matchmaking',
    'Incubation programme',
  ],
  financial: ['Seed loans for SMEs', 'Guarantees for innovation projects', 'Venture capital'],
  civilSociety: [
    'Community engagement',
    'Training for young people',
    "Women's entrepreneurship network",
  ],
  cluster: ['Access to a partner cluster network', 'Joint internationalisation missions'],
};

export const supportNeeds: Partial<Readonly<Record<OrgCategory, readonly string[]>>> = {
  publicAuthority: [
    'Evidence for the smart specialisation strategy',
    'Partners for cross-border projects',
  ],
  businessSupport: ['Sector experts for mentoring', 'Data on member innovation needs'],
  financial: ['Pipeline of investable projects'],
  civilSociety: ['Funding for social innovation', 'Volunteers with technical skills'],
  cluster: ['Knowledge partners'],
};
