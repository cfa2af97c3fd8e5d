/** The 14 industrial ecosystems of the EU industrial strategy, several at once. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { industrialEcosystems } from '../../../src-core/model/enums';
import { CodePicker, type MultiCodePickerProps } from './CodePicker';

export type EcosystemPickerProps = Omit<MultiCodePickerProps, 'options' | 'multiple' | 'known'>;

export function EcosystemPicker(props: EcosystemPickerProps) {
  const { t } = useTranslation();
  const options = useMemo(
    () =>
      industrialEcosystems.map((code) => ({
        code,
        label: t(`codes.ecosystems.${code}`),
        // English names stay searchable in every language.
        keywords: t(`codes.ecosystems.${code}`, { lng: 'en' }),
      })),
    [t],
  );
  return <CodePicker {...props} multiple showCode={false} options={options} />;
}
