/**
 * Hash routing: works the same from the app:// protocol, a file or a web server, and survives
 * reloads. A route is a section plus an optional record id and action:
 *   #/organisations            list
 *   #/organisations/new        create (query parameters pre-fill: ?clusterId=…)
 *   #/organisations/<id>       detail
 *   #/organisations/<id>/edit  edit
 * Only sections that work are listed in `sections`.
 */
import { useSyncExternalStore } from 'react';

export const sections = [
  'clusters',
  'organisations',
  'memberships',
  'contacts',
  'readiness',
  'reinforcement',
  'valueChains',
  'metaClusters',
  'workshops',
  'import',
  'exchange',
  'partners',
  'settings',
] as const;
export type Section = (typeof sections)[number];
export const DEFAULT_SECTION: Section = 'clusters';

export interface Route {
  readonly section: Section;
  readonly id?: string;
  readonly action?: 'new' | 'edit';
  readonly params: Readonly<Record<string, string>>;
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [name, second, third] = path.split('/').map((part) => decodeURIComponent(part));
  const section = sections.find((candidate) => candidate === name);
  const params = Object.fromEntries(new URLSearchParams(query));
  if (!section) return { section: DEFAULT_SECTION, params: {} };
  if (second === 'new') return { section, action: 'new', params };
  if (second && third === 'edit') return { section, id: second, action: 'edit', params };
  if (second) return { section, id: second, params };
  return { section, params };
}

export function hrefOf(
  section: Section,
  id?: string,
  action?: 'new' | 'edit',
  params?: Record<string, string>,
): string {
  let path = `#/${section}`;
  if (action === 'new') path += '/new';
  else if (id) path += `/${encodeURIComponent(id)}${action === 'edit' ? '/edit' : ''}`;
  const query = params ? new URLSearchParams(params).toString() : '';
  return query ? `${path}?${query}` : path;
}

let cachedHash = '';
let cachedRoute: Route = parseRoute('');

function currentRoute(): Route {
  if (window.location.hash !== cachedHash) {
    cachedHash = window.location.hash;
    cachedRoute = parseRoute(cachedHash);
  }
  return cachedRoute;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, currentRoute);
}

export function useSection(): Section {
  return useRoute().section;
}

export function navigate(...args: Parameters<typeof hrefOf>): void {
  window.location.hash = hrefOf(...args).slice(1);
}
