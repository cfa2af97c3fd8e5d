export function ReportView({ workshopId }: { workshopId: string }) {
  return <p data-workshop={workshopId} />;
}
