/** Placeholder while this page is being built. */
export function ReadinessPage() {
  return null;
}
