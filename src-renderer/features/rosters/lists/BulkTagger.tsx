/**
 * Tag every row the search and filters leave: organisations with a value-chain segment, clusters
 * with a value chain — or remove that tag from them. Writes in one transaction; Undo reverses it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tagRecords, useValueChainRecords } from '../../../db/metaclusters';
import { useWorkspace } from '../../../db/provider';
import { formatNumber } from '../../../i18n/format';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import { SelectField } from '../../../ui/form';

export function BulkTagger({
  table,
  ids,
}: {
  table: 'organisations' | 'clusters';
  ids: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const chains = useValueChainRecords();
  const [tag, setTag] = useState('');
  const [isBusy, setBusy] = useState(false);
  const options =
    chains?.flatMap((chain) =>
      table === 'clusters'
        ? [{ value: chain.id, label: chain.name }]
        : [...chain.segments]
            .sort((a, b) => a.order - b.order)
            .map((segment) => ({
              value: `${chain.id}/${segment.key}`,
              label: `${chain.name} › ${segment.name}`,
            })),
    ) ?? [];
  if (options.length === 0) return null;
  const chosen = tag || options[0]?.value || '';
  const label = options.find((option) => option.value === chosen)?.label ?? '';
  const n = (value: number) => formatNumber(value, i18n.language);

  async function apply(add: boolean, targets: readonly string[], undo = true): Promise<void> {
    setBusy(true);
    try {
      const changed = await tagRecords(db, repositories, table, targets, chosen, add);
      notify({
        tone: 'success',
        message: t(add ? 'lists.bulk.tagged' : 'lists.bulk.untagged', {
          count: changed,
          n: n(changed),
          tag: label,
        }),
        ...(undo && changed > 0
          ? {
              action: {
                label: t('lists.bulk.undo'),
                run: () => void apply(!add, targets, false),
              },
            }
          : {}),
      });
    } catch (error) {
      notify({ tone: 'error', message: t('common.error', { message: errorText(t, error) }) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bulk-tagger" role="group" aria-label={t('lists.bulk.label')}>
      <SelectField
        label={t(table === 'clusters' ? 'lists.bulk.valueChain' : 'lists.bulk.segment')}
        value={chosen}
        options={options}
        onChange={setTag}
      />
      <button type="button" disabled={isBusy} onClick={() => void apply(true, ids)}>
        {t('lists.bulk.tag', { n: n(ids.length) })}
      </button>
      <button type="button" disabled={isBusy} onClick={() => void apply(false, ids)}>
        {t('lists.bulk.untag', { n: n(ids.length) })}
      </button>
    </div>
  );
}
