/** Page model of the clusters list: the shared roster list model, on the clusters section. */
import { ListPage } from './lists';

export class ClustersPage extends ListPage {}
