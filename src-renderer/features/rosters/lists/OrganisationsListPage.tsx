/** Placeholder while this page is being built. */
export function OrganisationsListPage() {
  return null;
}
