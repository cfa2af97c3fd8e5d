/** What a part of a page says while its content is read or computed (a polite status). */
import { useTranslation } from 'react-i18next';

export function Loading({ label, className }: { label?: string; className?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className={className ? `loading ${className}` : 'loading'}>
      {label ?? t('forms.states.loading')}
    </p>
  );
}
