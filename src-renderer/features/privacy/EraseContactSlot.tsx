/**
 * "Erase person" (GDPR right to erasure): wipes the contact's personal fields for good, keeps an
 * erasure marker (the date and one-way fingerprints) so the erasure travels to partners and a
 * later import of the same person is flagged. Not undoable, so it asks first and says so.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '../../../src-core/model/entities';
import { erasedContactFields } from '../../../src-core/roster/erasure';
import { useWorkspace } from '../../db/provider';
import { useStudioStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { errorText } from '../../ui/errors';

export function EraseContactSlot({ contact }: { contact: ContactRecord }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const [isConfirming, setConfirming] = useState(false);

  // The detail page says when the person was erased; there is nothing left to erase.
  if (contact.erasedAt) return null;

  async function erase() {
    setConfirming(false);
    try {
      await repositories.contacts.update(
        contact.id,
        erasedContactFields(contact, new Date().toISOString()),
      );
      notify({ tone: 'success', message: t('privacy.erased') });
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    }
  }

  return (
    <>
      <button type="button" className="button-danger" onClick={() => setConfirming(true)}>
        {t('privacy.erase')}
      </button>
      <ConfirmDialog
        open={isConfirming}
        title={t('privacy.confirmTitle')}
        body={t('privacy.confirmBody')}
        confirmLabel={t('privacy.erase')}
        tone="danger"
        onConfirm={() => void erase()}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
