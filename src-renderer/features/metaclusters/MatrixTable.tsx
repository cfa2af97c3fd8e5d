/**
 * A value-chain matrix as a table: segments (rows, chain order) × countries or clusters, each
 * cell the member organisations tagged with the segment (knowledge entities in brackets), shaded
 * as a heat map, with the segment's gap / duplication / complementarity notes.
 */
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatrixCell, ValueChainMatrix } from '../../../src-core/metacluster';
import { countryName, formatNumber } from '../../i18n/format';

/**
 * Heat-map colours: light tints of the accent under dark text as cells fill, the full accent under
 * white text for the fullest quarter — every step keeps text contrast at 4.5:1 or more (a mid tint
 * would fail with both dark and white text).
 */
function heat(cell: MatrixCell | undefined, max: number): CSSProperties | undefined {
  if (!cell || cell.organisations === 0 || max === 0) return undefined;
  const ratio = cell.organisations / max;
  if (ratio >= 0.75) return { background: 'var(--accent)', color: '#fff' };
  const alpha = 0.1 + 0.45 * (ratio / 0.75);
  return { background: `rgba(11, 110, 138, ${alpha.toFixed(2)})`, color: 'var(--ink)' };
}

export function MatrixTable({
  matrix,
  view,
  labelledBy,
}: {
  matrix: ValueChainMatrix;
  view: 'countries' | 'clusters';
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const columns =
    view === 'countries'
      ? matrix.countries.map((code) => ({ id: code, label: countryName(code, i18n.language) }))
      : matrix.clusters.map((cluster) => ({ id: cluster.id, label: cluster.name }));
  const max = view === 'countries' ? matrix.maxCell.byCountry : matrix.maxCell.byCluster;
  return (
    <>
      {columns.length === 0 ? (
        <p>{t('valueChains.matrixEmpty')}</p>
      ) : (
        <div className="matrix-scroll">
          <table className="data-table compact matrix" aria-labelledby={labelledBy}>
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
                          style={heat(cell, max)}
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
    </>
  );
}
