/** Placeholder while this page is being built. */
export function ClusterDetailPage(_props: { id: string }) {
  return null;
}
