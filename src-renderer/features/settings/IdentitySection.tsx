/** Edit the facilitator name and partner organisation; the node id is shown, never editable. */
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { NodeIdentity } from '../../../src-core/model/workspace';
import { updateIdentity } from '../../db/identity';
import { useWorkspace } from '../../db/provider';
import { useStudioStore } from '../../state/store';
import { errorText, fieldErrors } from '../../ui/errors';
import { TextInput, focusFirstInvalid } from '../../ui/form';

export function IdentitySection({ identity }: { identity: NodeIdentity }) {
  const { t } = useTranslation();
  const { db } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const [facilitatorName, setFacilitatorName] = useState(identity.facilitatorName);
  const [partnerOrganisation, setPartnerOrganisation] = useState(identity.partnerOrganisation);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await updateIdentity(db, { facilitatorName, partnerOrganisation });
      setErrors({});
      notify({ tone: 'success', message: t('settings.saved') });
    } catch (error) {
      const byField = fieldErrors(t, error);
      if (Object.keys(byField).length > 0) {
        // Render the errors now, so the first invalid field can take focus (and be read out).
        flushSync(() => setErrors(byField));
        focusFirstInvalid(formRef.current);
      } else {
        notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
      }
    }
  }

  return (
    <section className="card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('settings.identityTitle')}</h2>
      <p className="field-hint">{t('settings.identityIntro')}</p>
      <form ref={formRef} onSubmit={(event) => void save(event)} noValidate>
        <TextInput
          name="facilitatorName"
          label={t('welcome.facilitatorName')}
          value={facilitatorName}
          onChange={setFacilitatorName}
          error={errors.facilitatorName}
          autoComplete="name"
          required
        />
        <TextInput
          name="partnerOrganisation"
          label={t('welcome.partnerOrganisation')}
          value={partnerOrganisation}
          onChange={setPartnerOrganisation}
          error={errors.partnerOrganisation}
          autoComplete="organization"
          required
        />
        <p>
          {t('settings.nodeId')}: <code data-testid="node-id">{identity.nodeId}</code>
        </p>
        <button type="submit" className="button-primary">
          {t('settings.save')}
        </button>
      </form>
    </section>
  );
}
