/**
 * The value-chain matrix: segments (in chain order) × countries, or × clusters, with the number
 * of member organisations (and of knowledge entities among them) in each cell, shaded as a heat
 * map; gaps, duplications and complementarities flagged per segment.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { valueChainMatrix, type MatrixCell } from '../../../src-core/metacluster';
import { hrefOf } from '../../app/router';
import { useMatrixInputs } from '../../db/metaclusters';
import { countryName, formatNumber } from '../../i18n/format';
import { todayIso } from '../reinforcement/dates';

/** Heat-map background: transparent at 0, the accent colour at the largest cell. */
function heat(cell: MatrixCell | undefined, max: number): string | undefined {
  if (!cell || cell.organisations === 0 || max === 0) return undefined;
  const alpha = 0.12 + 0.78 * (cell.organisations / max);
  return `rgba(11, 110, 138, ${alpha.toFixed(2)})`;
}

export function MatrixPage({ valueChainId }: { valueChainId: string }) {
  const { t, i18n } = useTranslation();
  const inputs = useMatrixInputs(valueChainId);
  const [view, setView] = useState<'countries' | 'clusters'>('countries');
  if (inputs === undefined) return <p className="page">{t('forms.states.loading')}</p>;
  if (inputs === null) {
    return (
      <section className="page">
        <h1>{t('forms.states.notFoundTitle')}</h1>
        <a href={hrefOf('valueChains')}>{t('valueChains.back')}</a>
      </section>
    );
  }
  const matrix = valueChainMatrix({ ...inputs, today: todayIso() });
  const n = (value: number) => formatNumber(value, i18n.language);
  const columns =
    view === 'countries'
      ? matrix.countries.map((code) => ({ id: code, label: countryName(code, i18n.language) }))
      : matrix.clusters.map((cluster) => ({ id: cluster.id, label: cluster.name }));
  const max = view === 'countries' ? matrix.maxCell.byCountry : matrix.maxCell.byCluster;

  return (
    <section className="page" aria-labelledby="matrix-title">
      <div className="page-header">
        <h1 id="matrix-title">{t('valueChains.matrixTitle', { name: inputs.valueChain.name })}</h1>
        <a href={hrefOf('valueChains')}>{t('valueChains.back')}</a>
      </div>
      <p className="page-intro">{t('valueChains.matrixIntro')}</p>
      <p data-testid="matrix-flags">
        {t('valueChains.flagSummary', {
          gaps: n(matrix.flagCounts.gaps),
          duplications: n(matrix.flagCounts.duplications),
          complementary: n(matrix.flagCounts.complementary),
        })}
      </p>
      <div role="group" aria-label={t('valueChains.view')} className="segmented">
        {(['countries', 'clusters'] as const).map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={view === option}
            onClick={() => setView(option)}
          >
            {t(`valueChains.views.${option}`)}
          </button>
        ))}
      </div>
      {columns.length === 0 ? (
        <p>{t('valueChains.matrixEmpty')}</p>
      ) : (
        <div className="matrix-scroll">
          <table className="data-table compact matrix" aria-labelledby="matrix-title">
            <thead>
              <tr>
                <th scope="col">{t('valueChains.segment')}</th>
                {columns.map((column) => (
                  <th key={column.id} scope="col" className="numeric">
                    {column.label}
                  </th>
                ))}
                <th scope="col">{t('valueChains.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => {
                const cells = view === 'countries' ? row.byCountry : row.byCluster;
                return (
                  <tr key={row.segment.key} className={row.gap ? 'matrix-gap' : undefined}>
                    <th scope="row">{row.segment.name}</th>
                    {columns.map((column) => {
                      const cell = cells[column.id];
                      return (
                        <td
                          key={column.id}
                          className="numeric"
                          style={{ background: heat(cell, max) }}
                          title={t('valueChains.cellTitle', {
                            organisations: n(cell?.organisations ?? 0),
                            knowledge: n(cell?.knowledge ?? 0),
                          })}
                        >
                          {cell && cell.organisations > 0
                            ? `${n(cell.organisations)}${cell.knowledge > 0 ? ` (${n(cell.knowledge)})` : ''}`
                            : '·'}
                        </td>
                      );
                    })}
                    <td>
                      {[
                        row.gap ? t('valueChains.gap') : null,
                        row.duplication
                          ? t('valueChains.duplication', {
                              countries: row.duplicatedCountries
                                .map((c) => countryName(c, i18n.language))
                                .join(', '),
                            })
                          : null,
                        row.complementary && row.complementedBy
                          ? t('valueChains.complementary', {
                              country: countryName(row.complementedBy, i18n.language),
                            })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p className="field-hint">{t('valueChains.legend')}</p>
    </section>
  );
}
