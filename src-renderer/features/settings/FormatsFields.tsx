/**
 * How dates and numbers are written, beside the language: a region (English as in the US: 9/15/2026,
 * 7:45 PM) and, in Arabic, the digits (Latin by default, or Arabic-Indic ٠١٢٣). Applied at once —
 * every formatter reads `formatLocale` — and remembered on this computer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_FORMATS,
  formatDigits,
  formatPreferences,
  formatRegions,
  setFormatPreferences,
  type FormatPreferences,
} from '../../../src-core/model/workspace';
import { useWorkspace } from '../../db/provider';
import { writeSetting } from '../../db/settings';
import { countryName, formatDateTime, formatNumber } from '../../i18n/format';
import { SelectField, enumOptions } from '../../ui/form';
import { useNotifyError } from '../../ui/useNotifyError';

/** The example shown under the region: a workshop's evening session and a budget. */
const EXAMPLE_INSTANT = '2026-09-15T19:45:00';
const EXAMPLE_NUMBER = 1234567.5;
const AS_LANGUAGE = '';

export function FormatsFields() {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const notifyError = useNotifyError();
  const [formats, setFormats] = useState<FormatPreferences>(formatPreferences);
  const language = i18n.language;

  async function choose(next: FormatPreferences) {
    setFormatPreferences(next);
    setFormats(next);
    await writeSetting(db, 'formats', next);
    // Every page re-renders with the new formats (the language is the same).
    await i18n.changeLanguage(language);
  }

  const regions = [...formatRegions]
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  const example = `${formatDateTime(EXAMPLE_INSTANT, language)} · ${formatNumber(EXAMPLE_NUMBER, language)}`;

  return (
    <>
      <SelectField
        name="formatRegion"
        label={t('settings.formatRegionLabel')}
        hint={t('settings.formatExample', { example })}
        value={formats.region ?? AS_LANGUAGE}
        options={[{ value: AS_LANGUAGE, label: t('settings.formatAsLanguage') }, ...regions]}
        onChange={(value) =>
          void choose({ ...formats, region: value === AS_LANGUAGE ? null : value }).catch(
            notifyError,
          )
        }
      />
      {language === 'ar' && (
        <SelectField
          name="formatDigits"
          label={t('settings.formatDigitsLabel')}
          value={formats.digits}
          options={enumOptions(formatDigits, (digits) => t(`settings.formatDigits.${digits}`))}
          onChange={(value) =>
            void choose({
              ...formats,
              digits: value === 'arab' ? 'arab' : DEFAULT_FORMATS.digits,
            }).catch(notifyError)
          }
        />
      )}
    </>
  );
}
