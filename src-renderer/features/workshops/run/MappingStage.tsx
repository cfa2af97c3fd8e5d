/**
 * Value-chain mapping: the meta-cluster's value-chain segments against the clusters taking part.
 * For each cell the room marks a strength, a presence or a gap; the cluster's member organisations
 * tagged with that segment are placed in the cell from the rosters (shown, and kept in the entry,
 * so the map records who was meant even if the rosters change later).
 */
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src-core/method';
import { valueChainMarks } from '../../../../src-core/model/workshop-run';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { countryName, formatNumber } from '../../../i18n/format';
import { SelectField, enumOptions } from '../../../ui/form';
import { useCommand } from '../../../ui/useCommand';
import { useEntryActions } from './useEntryActions';
import { organisationLabel } from '../organisation-label';
import './stages.css';

type Mark = (typeof valueChainMarks)[number];

export function MappingStage({ data, stage }: { data: RunData; stage: Stage }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const chain = data.valueChain;
  const { remove } = useEntryActions(data.workshop.id, stage.id);
  const run = useCommand();
  const cells = entriesOfKind(data.entries, 'value-chain-map');

  if (chain === null) {
    return (
      <section className="card capture">
        <p className="empty-state">{t('runner.capture.value-chain-map.noChain')}</p>
      </section>
    );
  }
  const segments = [...chain.segments].sort((a, b) => a.order - b.order);
  const cellOf = (segmentKey: string, clusterId: string) =>
    cells.find((row) => row.entry.segmentKey === segmentKey && row.entry.clusterId === clusterId);
  const placed = (segmentKey: string, clusterId: string) => {
    const segmentId = `${chain.id}/${segmentKey}`;
    return (data.membersByCluster.get(clusterId) ?? []).filter((id) =>
      data.organisations.get(id)?.segments.includes(segmentId),
    );
  };

  const options = enumOptions(valueChainMarks, (value) =>
    t(`runner.capture.value-chain-map.marks.${value}`),
  );

  /**
   * A marked cell keeps the organisations placed when it was first marked; changing the mark
   * changes the mark alone (its note and organisations stay as stored).
   */
  function mark(segmentKey: string, clusterId: string, value: Mark | '', label: string) {
    const cell = cellOf(segmentKey, clusterId);
    if (value === '') {
      if (cell) void remove(cell.id, label);
    } else {
      // The stored cell (if any) gets the mark alone; a new cell gets the organisations placed.
      void run('entry.upsert', {
        workshopId: data.workshop.id,
        stageId: stage.id,
        kind: 'value-chain-map',
        match: { segmentKey, clusterId },
        entry: {
          kind: 'value-chain-map',
          segmentKey,
          clusterId,
          mark: value,
          organisationIds: placed(segmentKey, clusterId).slice(0, 100),
          note: '',
        },
        patch: { mark: value },
      });
    }
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>
        {t('runner.capture.value-chain-map.title', { chain: chain.name })}
      </h3>
      <div className="table-scroll">
        <table className="data-table compact value-chain-map">
          <thead>
            <tr>
              <th scope="col">{t('runner.capture.value-chain-map.segment')}</th>
              {data.clusters.map((cluster) => (
                <th scope="col" key={cluster.id}>
                  {cluster.name}
                  <br />
                  <span className="field-hint">{countryName(cluster.country, language)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => (
              <tr key={segment.key}>
                <th scope="row">{segment.name}</th>
                {data.clusters.map((cluster) => {
                  const cell = cellOf(segment.key, cluster.id);
                  const organisations = cell
                    ? cell.entry.organisationIds
                    : placed(segment.key, cluster.id);
                  const names = organisations.map((id) => organisationLabel(t, data, id));
                  const label = t('runner.capture.value-chain-map.markOf', {
                    segment: segment.name,
                    cluster: cluster.name,
                  });
                  return (
                    <td key={cluster.id} className={cell ? `mark-${cell.entry.mark}` : undefined}>
                      <SelectField
                        hideLabel
                        label={label}
                        value={cell?.entry.mark ?? ''}
                        emptyLabel={t('runner.capture.value-chain-map.unmarked')}
                        options={options}
                        onChange={(value) =>
                          mark(segment.key, cluster.id, value as Mark | '', label)
                        }
                      />
                      <span className="field-hint" title={names.join(', ')}>
                        {t('stages.mapping.placed', {
                          count: names.length,
                          n: formatNumber(names.length, language),
                        })}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
