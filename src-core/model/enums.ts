/** Closed vocabularies of the domain (PRODUCT.md, "Domain vocabulary"). Labels live in i18n. */
import { z } from 'zod';

/** Organisation types on the helix. */
export const organisationTypes = [
  'sme-micro',
  'sme-small',
  'sme-medium',
  'large-company',
  'university',
  'rto',
  'other-knowledge',
  'public-authority',
  'business-support',
  'financial',
  'civil-society',
  'cluster',
  'other',
] as const;
export const organisationTypeSchema = z.enum(organisationTypes);
export type OrganisationType = z.infer<typeof organisationTypeSchema>;

/** Knowledge entities: what step 1 of the method recruits. */
export const knowledgeTypes: readonly OrganisationType[] = ['university', 'rto', 'other-knowledge'];
export function isKnowledgeEntity(type: OrganisationType): boolean {
  return knowledgeTypes.includes(type);
}

/** The four helices plus "other", for composition charts. */
export const helixOf: Record<
  OrganisationType,
  'industry' | 'knowledge' | 'government' | 'society' | 'other'
> = {
  'sme-micro': 'industry',
  'sme-small': 'industry',
  'sme-medium': 'industry',
  'large-company': 'industry',
  university: 'knowledge',
  rto: 'knowledge',
  'other-knowledge': 'knowledge',
  'public-authority': 'government',
  'business-support': 'society',
  financial: 'industry',
  'civil-society': 'society',
  cluster: 'other',
  other: 'other',
};

export const membershipStatuses = ['prospect', 'contacted', 'engaged', 'member', 'left'] as const;
export const membershipStatusSchema = z.enum(membershipStatuses);
export type MembershipStatus = z.infer<typeof membershipStatusSchema>;

export const legalBases = ['consent', 'legitimate-interest', 'contract'] as const;
export const legalBasisSchema = z.enum(legalBases);
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const shareScopes = ['private', 'partners', 'public'] as const;
export const shareScopeSchema = z.enum(shareScopes);
export type ShareScope = z.infer<typeof shareScopeSchema>;

export const clusterLabelLevels = ['bronze', 'silver', 'gold'] as const;
export const clusterLabelLevelSchema = z.enum(clusterLabelLevels);

export const metaClusterStatuses = ['exploring', 'forming', 'pilot', 'active'] as const;
export const metaClusterStatusSchema = z.enum(metaClusterStatuses);

export const metaClusterRoles = ['lead', 'member', 'observer'] as const;
export const metaClusterRoleSchema = z.enum(metaClusterRoles);

export const workshopKinds = ['reinforcement', 'meta-cluster'] as const;
export const workshopKindSchema = z.enum(workshopKinds);

/** The 14 industrial ecosystems of the EU industrial strategy (2021 update). */
export const industrialEcosystems = [
  'aerospace-defence',
  'agri-food',
  'construction',
  'cultural-creative',
  'digital',
  'electronics',
  'energy-intensive',
  'energy-renewables',
  'health',
  'mobility-transport-automotive',
  'proximity-social-economy',
  'retail',
  'textile',
  'tourism',
] as const;
export const industrialEcosystemSchema = z.enum(industrialEcosystems);

/** Step 1 recruitment pipeline: where a knowledge entity stands with a cluster. */
export const recruitmentStages = [
  'identified',
  'contacted',
  'meeting',
  'committed',
  'member',
  'declined',
] as const;
export const recruitmentStageSchema = z.enum(recruitmentStages);
export type RecruitmentStage = z.infer<typeof recruitmentStageSchema>;

export const activityKinds = ['call', 'visit', 'email', 'event'] as const;
export const activityKindSchema = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof activityKindSchema>;

/** Step 2: the agreement that binds a meta-cluster's member clusters. */
export const agreementTypes = ['letter-of-interest', 'mou'] as const;
export const agreementTypeSchema = z.enum(agreementTypes);
export const agreementStatuses = ['none', 'draft', 'signed'] as const;
export const agreementStatusSchema = z.enum(agreementStatuses);

/** Pilot KPIs tracked over time on a meta-cluster's dashboard. */
export const pilotKpis = [
  'smes-engaged',
  'joint-projects',
  'knowledge-entities-added',
  'agreements-signed',
] as const;
export const pilotKpiSchema = z.enum(pilotKpis);
export type PilotKpi = z.infer<typeof pilotKpiSchema>;

/** Status of a pilot action line. */
export const actionStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;
