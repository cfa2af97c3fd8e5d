/**
 * First run: the facilitator names themself and their partner organisation (the workspace's node
 * identity), then opens the sample workspace or starts empty.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { identityFieldsSchema } from '../../../src-core/model/workspace';
import { createIdentity } from '../../db/identity';
import { useWorkspace } from '../../db/provider';
import { ValidationError } from '../../db/repositories/errors';
import { errorText, fieldErrors } from '../../ui/errors';
import { TextInput, focusFirstInvalid } from '../../ui/form';
import { SampleProgress } from '../sample/SampleProgress';
import { LanguageField } from '../settings/LanguageField';
import { useSampleLoader } from '../sample/useSampleLoader';

export function WelcomePage({ onStart, onDone }: { onStart: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { db } = useWorkspace();
  const sample = useSampleLoader();
  const [facilitatorName, setFacilitatorName] = useState('');
  const [partnerOrganisation, setPartnerOrganisation] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The first thing to do here is to type one's name (the language is already the system's).
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="facilitatorName"]')?.focus();
  }, []);

  async function start(withSample: boolean) {
    setFailure(null);
    const fields = { facilitatorName, partnerOrganisation };
    const parsed = identityFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      // Render the errors now, so the first invalid field can take focus (and be read out).
      flushSync(() => setErrors(fieldErrors(t, ValidationError.fromZod(parsed.error))));
      focusFirstInvalid(formRef.current);
      return;
    }
    setErrors({});
    onStart();
    try {
      await createIdentity(db, parsed.data);
      if (withSample) await sample.load();
      onDone();
    } catch (error) {
      setFailure(t('welcome.sampleFailed', { message: errorText(t, error) }));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void start(submitter?.value === 'sample');
  }

  return (
    <main className="welcome" id="main">
      <form
        ref={formRef}
        className="welcome-card"
        onSubmit={submit}
        noValidate
        aria-labelledby="welcome-title"
      >
        <div className="welcome-language">
          <LanguageField />
        </div>
        <h1 id="welcome-title">{t('welcome.title')}</h1>
        <p className="lead">{t('welcome.intro')}</p>
        <TextInput
          name="facilitatorName"
          label={t('welcome.facilitatorName')}
          hint={t('welcome.facilitatorHint')}
          value={facilitatorName}
          onChange={setFacilitatorName}
          error={errors.facilitatorName}
          autoComplete="name"
          required
        />
        <TextInput
          name="partnerOrganisation"
          label={t('welcome.partnerOrganisation')}
          hint={t('welcome.partnerHint')}
          value={partnerOrganisation}
          onChange={setPartnerOrganisation}
          error={errors.partnerOrganisation}
          autoComplete="organization"
          required
        />
        {sample.isLoading ? (
          <SampleProgress progress={sample.progress} />
        ) : (
          <div className="welcome-choices">
            <div className="choice">
              <button type="submit" value="sample" className="button-primary">
                {t('welcome.openSample')}
              </button>
              <p className="field-hint">{t('welcome.sampleHint')}</p>
            </div>
            <div className="choice">
              <button type="submit" value="empty">
                {t('welcome.startEmpty')}
              </button>
              <p className="field-hint">{t('welcome.emptyHint')}</p>
            </div>
          </div>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failure}
          </p>
        )}
      </form>
    </main>
  );
}
