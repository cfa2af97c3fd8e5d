/** Placeholder while this page is being built. */
export function ImportPage() {
  return null;
}
