/** Placeholder while this page is being built. */
export function MembershipDetailPage(_props: { id: string }) {
  return null;
}
