/** Every cluster's scientific reinforcement side by side, sortable; each opens its own page. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../routing/router';
import { useProgramme, type ProgrammeRow } from '../../db/reinforcement-queries';
import { countryName, formatNumber, formatPercent } from '../../i18n/format';
import { todayIso } from '../../ui/today';

type SortKey =
  'name' | 'country' | 'knowledgeMembers' | 'knowledgeShare' | 'inPipeline' | 'progress';
const columns: readonly SortKey[] = [
  'name',
  'country',
  'knowledgeMembers',
  'knowledgeShare',
  'inPipeline',
  'progress',
];

function compare(a: ProgrammeRow, b: ProgrammeRow, key: SortKey): number {
  const x = a[key] ?? -1;
  const y = b[key] ?? -1;
  return typeof x === 'string' && typeof y === 'string'
    ? x.localeCompare(y)
    : Number(x) - Number(y);
}

export function ProgrammePage() {
  const { t, i18n } = useTranslation();
  const rows = useProgramme(todayIso());
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'knowledgeShare',
    descending: false,
  });
  const n = (value: number) => formatNumber(value, i18n.language);
  const percent = (value: number) => formatPercent(value, i18n.language);
  const sorted = [...(rows ?? [])].sort((a, b) => {
    const order = compare(a, b, sort.key) || a.name.localeCompare(b.name);
    return sort.descending ? -order : order;
  });

  return (
    <section className="page" aria-labelledby="programme-title">
      <div className="page-header">
        <h1 id="programme-title">{t('reinforcement.programmeTitle')}</h1>
      </div>
      <p className="page-intro">{t('reinforcement.programmeIntro')}</p>
      {rows !== undefined && rows.length === 0 ? (
        <div className="empty-state">
          <h2>{t('reinforcement.emptyTitle')}</h2>
          <p>{t('reinforcement.emptyBody')}</p>
        </div>
      ) : (
        <table className="data-table" aria-labelledby="programme-title">
          <thead>
            <tr>
              {columns.map((key) => (
                <th
                  key={key}
                  scope="col"
                  aria-sort={
                    sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                  }
                  className={key === 'name' || key === 'country' ? undefined : 'numeric'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={() =>
                      setSort((now) => ({
                        key,
                        descending: now.key === key ? !now.descending : false,
                      }))
                    }
                  >
                    {t(`reinforcement.columns.${key}`)}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.clusterId}>
                <th scope="row">
                  <a href={hrefOf('reinforcement', row.clusterId)}>{row.name}</a>
                </th>
                <td>{countryName(row.country, i18n.language)}</td>
                <td className="numeric">{n(row.knowledgeMembers)}</td>
                <td className="numeric">{percent(row.knowledgeShare)}</td>
                <td className="numeric">{n(row.inPipeline)}</td>
                <td className="numeric">
                  {row.progress === null || row.target === null
                    ? t('reinforcement.noPlan')
                    : t('reinforcement.progressOf', {
                        recruited: n(row.recruited),
                        target: n(row.target),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
