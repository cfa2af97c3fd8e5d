/**
 * The name a workshop screen shows for an organisation an entry or participant names: its name,
 * or — when it is not in this workspace (it never arrived) — the "missing: ask <partner> for it"
 * sentence, never a blank or an id.
 */
import type { TFunction } from 'i18next';
import type { RunData } from '../../db/workshop-run';
import { missingReferenceText } from '../../ui/MissingNote';

export function organisationLabel(
  t: TFunction,
  data: Pick<RunData, 'organisations' | 'missingOrganisations'>,
  id: string,
): string {
  const organisation = data.organisations.get(id);
  if (organisation) return organisation.name;
  const missing = data.missingOrganisations.get(id);
  return missing ? missingReferenceText(t, missing) : t('stages.unknownOrganisation');
}
