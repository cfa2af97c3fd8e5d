/**
 * Pickers of workspace records (an organisation, a cluster): type part of a name, accents and case
 * ignored; the database does the searching (db/record-queries).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  useRecordHit,
  useRecordSearch,
  type RecordHit,
  type SearchableTable,
} from '../../db/record-queries';
import { countryName } from '../../i18n/format';
import { CodePicker, type CodeOption, type SingleCodePickerProps } from './CodePicker';

export type RecordPickerProps = Omit<
  SingleCodePickerProps,
  'options' | 'multiple' | 'known' | 'showCode' | 'isFiltered' | 'onQueryChange' | 'isLoading'
>;

function hitOption(hit: RecordHit, t: TFunction, language: string): CodeOption {
  const details = [countryName(hit.country, language)];
  if (hit.type) details.push(t(`codes.organisationTypes.${hit.type}`));
  return {
    code: hit.id,
    label: hit.deleted ? t('forms.picker.deletedRecord', { name: hit.name }) : hit.name,
    detail: details.join(' · '),
  };
}

function RecordPicker({ table, ...props }: RecordPickerProps & { table: SearchableTable }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [query, setQuery] = useState('');
  const hits = useRecordSearch(table, query);
  const current = useRecordHit(table, props.value);
  const options = useMemo(
    () => (hits ?? []).map((hit) => hitOption(hit, t, language)),
    [hits, t, language],
  );
  const known = current ? [hitOption(current, t, language)] : undefined;
  return (
    <CodePicker
      {...props}
      options={options}
      known={known}
      showCode={false}
      isFiltered
      isLoading={hits === undefined}
      onQueryChange={setQuery}
    />
  );
}

export function OrganisationPicker(props: RecordPickerProps) {
  return <RecordPicker {...props} table="organisations" />;
}

export function ClusterPicker(props: RecordPickerProps) {
  return <RecordPicker {...props} table="clusters" />;
}
