/** A failed action's notice: "Something went wrong: <what, in the user's language>". */
import { useTranslation } from 'react-i18next';
import { useStudioStore } from '../state/store';
import { errorText } from './errors';

export function useNotifyError(): (error: unknown) => void {
  const { t } = useTranslation();
  const notify = useStudioStore((state) => state.notify);
  return (error) =>
    notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
}
