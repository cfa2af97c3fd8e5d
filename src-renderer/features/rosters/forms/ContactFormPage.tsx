/** Placeholder while this page is being built. */
export function ContactFormPage(_props: { id?: string; params: Readonly<Record<string, string>> }) {
  return null;
}
