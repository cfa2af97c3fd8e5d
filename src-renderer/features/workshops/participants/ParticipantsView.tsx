import type { WorkshopRecord } from '../../../../src-core/model/entities';

export function ParticipantsView({ workshop }: { workshop: WorkshopRecord }) {
  return <p data-workshop={workshop.id} />;
}
