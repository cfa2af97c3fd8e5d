/** Which page a route shows: one exhaustive switch, so a new section cannot be half-wired. */

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Route } from '../routing/router';

/**
 * A page loaded when first shown (each is its own chunk: the first screen loads only the shell and
 * the page it opens on). The shell wraps pages in a Suspense boundary that says "Loading…".
 */
function lazyPage<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<P> }));
}

const ClusterDetailPage = lazyPage(
  () => import('../features/rosters/detail/ClusterDetailPage'),
  'ClusterDetailPage',
);
const ContactDetailPage = lazyPage(
  () => import('../features/rosters/detail/ContactDetailPage'),
  'ContactDetailPage',
);
const MembershipDetailPage = lazyPage(
  () => import('../features/rosters/detail/MembershipDetailPage'),
  'MembershipDetailPage',
);
const OrganisationDetailPage = lazyPage(
  () => import('../features/rosters/detail/OrganisationDetailPage'),
  'OrganisationDetailPage',
);
const ClusterFormPage = lazyPage(
  () => import('../features/rosters/forms/ClusterFormPage'),
  'ClusterFormPage',
);
const ContactFormPage = lazyPage(
  () => import('../features/rosters/forms/ContactFormPage'),
  'ContactFormPage',
);
const MembershipFormPage = lazyPage(
  () => import('../features/rosters/forms/MembershipFormPage'),
  'MembershipFormPage',
);
const OrganisationFormPage = lazyPage(
  () => import('../features/rosters/forms/OrganisationFormPage'),
  'OrganisationFormPage',
);
const ClustersListPage = lazyPage(
  () => import('../features/rosters/lists/ClustersListPage'),
  'ClustersListPage',
);
const ContactsListPage = lazyPage(
  () => import('../features/rosters/lists/ContactsListPage'),
  'ContactsListPage',
);
const MembershipsListPage = lazyPage(
  () => import('../features/rosters/lists/MembershipsListPage'),
  'MembershipsListPage',
);
const OrganisationsListPage = lazyPage(
  () => import('../features/rosters/lists/OrganisationsListPage'),
  'OrganisationsListPage',
);
const ExchangePage = lazyPage(() => import('../features/exchange/ExchangePage'), 'ExchangePage');
const ImportPage = lazyPage(() => import('../features/importer/ImportPage'), 'ImportPage');
const MatrixPage = lazyPage(() => import('../features/metaclusters/MatrixPage'), 'MatrixPage');
const MetaClusterPage = lazyPage(
  () => import('../features/metaclusters/MetaClusterPage'),
  'MetaClusterPage',
);
const MetaClustersPage = lazyPage(
  () => import('../features/metaclusters/MetaClustersPage'),
  'MetaClustersPage',
);
const ValueChainsPage = lazyPage(
  () => import('../features/metaclusters/ValueChainsPage'),
  'ValueChainsPage',
);
const WorkshopPage = lazyPage(() => import('../features/workshops/WorkshopPage'), 'WorkshopPage');
const WorkshopsPage = lazyPage(
  () => import('../features/workshops/WorkshopsPage'),
  'WorkshopsPage',
);
const PartnersPage = lazyPage(() => import('../features/partners/PartnersPage'), 'PartnersPage');
const ReadinessPage = lazyPage(
  () => import('../features/readiness/ReadinessPage'),
  'ReadinessPage',
);
const ClusterReinforcementPage = lazyPage(
  () => import('../features/reinforcement/ClusterReinforcementPage'),
  'ClusterReinforcementPage',
);
const ProgrammePage = lazyPage(
  () => import('../features/reinforcement/ProgrammePage'),
  'ProgrammePage',
);
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');

export function RoutePage({ route }: { route: Route }) {
  const { section, id, action, params } = route;
  const isForm = action === 'new' || action === 'edit';
  switch (section) {
    case 'clusters':
      if (isForm) return <ClusterFormPage id={id} params={params} />;
      return id ? <ClusterDetailPage id={id} /> : <ClustersListPage />;
    case 'organisations':
      if (isForm) return <OrganisationFormPage id={id} params={params} />;
      return id ? <OrganisationDetailPage id={id} /> : <OrganisationsListPage />;
    case 'memberships':
      if (isForm) return <MembershipFormPage id={id} params={params} />;
      return id ? <MembershipDetailPage id={id} /> : <MembershipsListPage />;
    case 'contacts':
      if (isForm) return <ContactFormPage id={id} params={params} />;
      return id ? <ContactDetailPage id={id} /> : <ContactsListPage />;
    case 'readiness':
      return <ReadinessPage />;
    case 'reinforcement':
      return id ? <ClusterReinforcementPage clusterId={id} /> : <ProgrammePage />;
    case 'valueChains':
      return id ? <MatrixPage valueChainId={id} /> : <ValueChainsPage />;
    case 'metaClusters':
      return id ? <MetaClusterPage id={id} /> : <MetaClustersPage />;
    case 'workshops':
      return id ? <WorkshopPage id={id} view={params.view} /> : <WorkshopsPage />;
    case 'import':
      return <ImportPage />;
    case 'exchange':
      return <ExchangePage />;
    case 'partners':
      return <PartnersPage />;
    case 'settings':
      return <SettingsPage />;
    default: {
      const unknownSection: never = section;
      return unknownSection;
    }
  }
}
