/** Placeholder: the "Erase person" action for a contact's detail page (filled in by the privacy work). */
import type { ContactRecord } from '../../../src-core/model/entities';

export function EraseContactSlot(_props: { contact: ContactRecord }) {
  return null;
}
