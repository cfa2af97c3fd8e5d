/** Placeholder while this page is being built. */
export function MembershipsListPage() {
  return null;
}
