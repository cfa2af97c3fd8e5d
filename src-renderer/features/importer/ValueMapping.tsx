/**
 * Countries and regions the importer did not recognise, each listed once with its number of
 * rows and a choice of what it means ("Syrie arabe" → Syria): choosing checks every row with that
 * value again. Values already mapped stay listed, so a choice can be changed or undone.
 */
import { useTranslation } from 'react-i18next';
import { mediterraneanCountries, regionsOf } from '../../../src-core/codes';
import { allCountryCodes } from '../../../src-core/roster/country-names';
import { valueMapKey, type UnmatchedValue } from '../../../src-core/roster/value-map';
import { countryName, formatNumber } from '../../i18n/format';
import { SelectField, type SelectOption } from '../../ui/form';
import { regionOption } from '../../ui/pickers/code-options';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import type { ImportWizard } from './useImportWizard';

const listed = new Set(mediterraneanCountries.map((c) => c.alpha2));

/** The initiative's countries first, then every other country, each group in name order. */
function countrySelectOptions(
  language: string,
  groups: { listed: string; other: string },
): SelectOption[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  const named = allCountryCodes.map((code) => ({
    value: code,
    label: countryName(code, language),
  }));
  named.sort((a, b) => collator.compare(a.label, b.label));
  return [
    ...named.filter((o) => listed.has(o.value)).map((o) => ({ ...o, group: groups.listed })),
    ...named.filter((o) => !listed.has(o.value)).map((o) => ({ ...o, group: groups.other })),
  ];
}

function regionSelectOptions(country: string): SelectOption[] {
  return regionsOf(country).map((region) => ({
    value: region.code,
    label: `${regionOption(region.code).label} · ${region.code}`,
  }));
}

export function ValueMapping({
  wizard,
  values,
}: {
  wizard: ImportWizard;
  values: readonly UnmatchedValue[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // A region can only be chosen among its country's regions; a country without any has none.
  const choosable = values.filter(
    (value) =>
      value.kind === 'country' || (value.country !== null && regionsOf(value.country).length > 0),
  );
  if (choosable.length === 0) return null;
  const n = (value: number) => formatNumber(value, language);
  const countries = countrySelectOptions(language, {
    listed: t('importer.values.listedCountries'),
    other: t('importer.values.otherCountries'),
  });

  const columns: StaticColumn<UnmatchedValue>[] = [
    { id: 'value', header: t('importer.values.columns.value'), cell: (value) => value.text },
    {
      id: 'field',
      header: t('importer.values.columns.field'),
      cell: (value) =>
        value.kind === 'country' || value.country === null
          ? t('importer.fields.country')
          : `${t('importer.fields.region')} (${countryName(value.country, language)})`,
    },
    {
      id: 'rows',
      header: t('importer.values.columns.rows'),
      cell: (value) => t('importer.values.rows', { count: value.rows, n: n(value.rows) }),
      isNumeric: true,
    },
    {
      id: 'choice',
      header: t('importer.values.columns.choice'),
      cell: (value) => (
        <SelectField
          hideLabel
          label={
            value.kind === 'country' || value.country === null
              ? t('importer.values.chooseCountry', { value: value.text })
              : t('importer.values.chooseRegion', {
                  value: value.text,
                  country: countryName(value.country, language),
                })
          }
          value={value.mappedTo ?? ''}
          emptyLabel={t('importer.values.notChosen')}
          options={
            value.kind === 'country' || value.country === null
              ? countries
              : regionSelectOptions(value.country)
          }
          disabled={wizard.isBusy}
          onChange={(code) =>
            void wizard.mapValue(
              value.field,
              valueMapKey(value.kind, value.text, value.country),
              code,
            )
          }
        />
      ),
    },
  ];

  return (
    <section aria-labelledby="values-title">
      <h2 id="values-title">{t('importer.values.title')}</h2>
      <p className="field-hint">{t('importer.values.hint')}</p>
      <div className="table-wrap import-list">
        <StaticTable
          label={t('importer.values.title')}
          columns={columns}
          rows={choosable}
          rowKey={(value) => `${value.field}|${valueMapKey(value.kind, value.text, value.country)}`}
          isCompact
        />
      </div>
    </section>
  );
}
