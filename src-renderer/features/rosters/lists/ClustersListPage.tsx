/** Placeholder while this page is being built: the issue-2 clusters table. */
export { ClustersPage as ClustersListPage } from '../../clusters/ClustersPage';
