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
import { countryName } from '../../../i18n/format';
import { useEntryActions } from './useEntryActions';
import { organisationLabel } from '../organisation-label';

type Mark = (typeof valueChainMarks)[number];

export function MappingStage({ data, stage }: { data: RunData; stage: Stage }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const chain = data.valueChain;
  const { save, remove } = useEntryActions(data.workshop.id, stage.id);
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

  function mark(segmentKey: string, clusterId: string, value: Mark | '') {
    const cell = cellOf(segmentKey, clusterId);
    if (value === '') {
      if (cell) void remove(cell.id, segmentKey);
      return;
    }
    void save(
      {
        kind: 'value-chain-map',
        segmentKey,
        clusterId,
        mark: value,
        organisationIds: placed(segmentKey, clusterId).slice(0, 100),
        note: cell?.entry.note ?? '',
      },
      cell?.id,
    );
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
                  return (
                    <td key={cluster.id} className={cell ? `mark-${cell.entry.mark}` : undefined}>
                      <select
                        aria-label={t('runner.capture.value-chain-map.markOf', {
                          segment: segment.name,
                          cluster: cluster.name,
                        })}
                        value={cell?.entry.mark ?? ''}
                        onChange={(event) =>
                          mark(segment.key, cluster.id, event.target.value as Mark | '')
                        }
                      >
                        <option value="">{t('runner.capture.value-chain-map.unmarked')}</option>
                        {valueChainMarks.map((value) => (
                          <option key={value} value={value}>
                            {t(`runner.capture.value-chain-map.marks.${value}`)}
                          </option>
                        ))}
                      </select>
                      <span className="field-hint" title={names.join(', ')}>
                        {t('runner.capture.value-chain-map.placed', { count: names.length })}
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
