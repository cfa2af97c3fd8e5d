/** Placeholder while this page is being built. */
export function ContactDetailPage(_props: { id: string }) {
  return null;
}
