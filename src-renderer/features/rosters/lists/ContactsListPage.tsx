/** Placeholder while this page is being built. */
export function ContactsListPage() {
  return null;
}
