/** Placeholder while this page is being built. */
export function OrganisationDetailPage(_props: { id: string }) {
  return null;
}
