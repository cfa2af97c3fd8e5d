/** Which page a route shows: one exhaustive switch, so a new section cannot be half-wired. */
import { ClusterDetailPage } from '../features/rosters/detail/ClusterDetailPage';
import { ContactDetailPage } from '../features/rosters/detail/ContactDetailPage';
import { MembershipDetailPage } from '../features/rosters/detail/MembershipDetailPage';
import { OrganisationDetailPage } from '../features/rosters/detail/OrganisationDetailPage';
import { ClusterFormPage } from '../features/rosters/forms/ClusterFormPage';
import { ContactFormPage } from '../features/rosters/forms/ContactFormPage';
import { MembershipFormPage } from '../features/rosters/forms/MembershipFormPage';
import { OrganisationFormPage } from '../features/rosters/forms/OrganisationFormPage';
import { ClustersListPage } from '../features/rosters/lists/ClustersListPage';
import { ContactsListPage } from '../features/rosters/lists/ContactsListPage';
import { MembershipsListPage } from '../features/rosters/lists/MembershipsListPage';
import { OrganisationsListPage } from '../features/rosters/lists/OrganisationsListPage';
import { ExchangePage } from '../features/exchange/ExchangePage';
import { ImportPage } from '../features/importer/ImportPage';
import { MatrixPage } from '../features/metaclusters/MatrixPage';
import { MetaClusterPage } from '../features/metaclusters/MetaClusterPage';
import { MetaClustersPage } from '../features/metaclusters/MetaClustersPage';
import { ValueChainsPage } from '../features/metaclusters/ValueChainsPage';
import { WorkshopPage, workshopViewOf } from '../features/workshops/WorkshopPage';
import { WorkshopsPage } from '../features/workshops/WorkshopsPage';
import { PartnersPage } from '../features/partners/PartnersPage';
import { ReadinessPage } from '../features/readiness/ReadinessPage';
import { ClusterReinforcementPage } from '../features/reinforcement/ClusterReinforcementPage';
import { ProgrammePage } from '../features/reinforcement/ProgrammePage';
import { SettingsPage } from '../features/settings/SettingsPage';
import type { Route } from './router';

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
      return id ? <WorkshopPage id={id} view={workshopViewOf(params.view)} /> : <WorkshopsPage />;
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
