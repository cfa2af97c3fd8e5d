export function RunView({ workshopId }: { workshopId: string }) {
  return <p data-workshop={workshopId} />;
}
