/**
 * Hash routing (#/clusters, #/settings): works the same from a file, a custom protocol or a web
 * server, and survives reloads. Sections register here; only sections that work are listed.
 */
import { useSyncExternalStore } from 'react';

export const sections = ['clusters', 'settings'] as const;
export type Section = (typeof sections)[number];
export const DEFAULT_SECTION: Section = 'clusters';

function currentSection(): Section {
  const name = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  return sections.find((section) => section === name) ?? DEFAULT_SECTION;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useSection(): Section {
  return useSyncExternalStore(subscribe, currentSection);
}

export function hrefOf(section: Section): string {
  return `#/${section}`;
}

export function navigate(section: Section): void {
  window.location.hash = `/${section}`;
}
