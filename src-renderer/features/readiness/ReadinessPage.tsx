/**
 * Readiness of every cluster against ECCP-style thresholds: each check's figure, threshold and
 * reason, an editable knowledge-share target, and the helix composition chart.
 */
import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ReadinessCheck, ReadinessStatus } from '../../../src-core/analysis';
import { hrefOf } from '../../routing/router';
import { useWorkspace } from '../../db/provider';
import { useReadiness, type ClusterReadinessRow } from '../../db/readiness-queries';
import { writeSetting } from '../../db/settings';
import { countryName, formatNumber } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { NumberInput, focusFirstInvalid, parseDecimal } from '../../ui/form';
import { todayIso } from '../../ui/today';
import { Loading } from '../../ui/Loading';
import { useWidth } from '../../ui/useWidth';
import { HelixChart } from './HelixChart';

const statusSymbol: Record<ReadinessStatus, string> = { pass: '✓', warn: '!', fail: '✗' };

function CheckCell({ check }: { check: ReadinessCheck }) {
  const { t } = useTranslation();
  const reason = t(check.reason.key as 'readinessPage.title', check.reason.values);
  return (
    <td className={`check check-${check.status}`} title={reason}>
      <span aria-hidden="true" className="check-symbol">
        {statusSymbol[check.status]}
      </span>
      <span className="check-text">{reason}</span>
    </td>
  );
}

function TargetForm({ target }: { target: number }) {
  const { t, i18n } = useTranslation();
  const { db } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState(() =>
    formatNumber(Math.round(target * 1000) / 10, i18n.language),
  );
  const [error, setError] = useState<string | undefined>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const percent = parseDecimal(text);
    if (percent === null || !Number.isFinite(percent) || percent < 0 || percent > 100) {
      // Render the error now, so the field can take focus and be read out with it.
      flushSync(() => setError(t('readinessPage.targetInvalid')));
      focusFirstInvalid(formRef.current);
      return;
    }
    setError(undefined);
    await writeSetting(db, 'knowledgeShareTarget', percent / 100);
    notify({
      tone: 'success',
      message: t('readinessPage.targetSaved', { target: formatNumber(percent, i18n.language) }),
    });
  }

  return (
    <form ref={formRef} className="inline-form" onSubmit={(event) => void save(event)} noValidate>
      <NumberInput
        label={t('readinessPage.targetLabel')}
        value={text}
        error={error}
        onChange={setText}
        unit="%"
      />
      <button type="submit">{t('readinessPage.targetSave')}</button>
    </form>
  );
}

export function ReadinessPage() {
  const { t, i18n } = useTranslation();
  const view = useReadiness(todayIso());
  const [chartRef, chartWidth] = useWidth<HTMLDivElement>();

  if (!view) return <Loading label={t('app.loading')} />;
  const rows: readonly ClusterReadinessRow[] = view.rows;
  const ready = rows.filter((row) => row.passed === row.total).length;

  return (
    <section className="page" aria-labelledby="readiness-title">
      <div className="page-header">
        <h1 id="readiness-title">{t('readinessPage.title')}</h1>
        {rows.length > 0 && (
          <p className="count" data-testid="readiness-count">
            {t('readinessPage.summary', {
              ready: formatNumber(ready, i18n.language),
              total: formatNumber(rows.length, i18n.language),
            })}
          </p>
        )}
      </div>
      <p className="field-hint">{t('readinessPage.intro')}</p>
      <TargetForm key={view.knowledgeShareTarget} target={view.knowledgeShareTarget} />
      {rows.length === 0 ? (
        <div className="empty-state">
          <h2>{t('readinessPage.emptyTitle')}</h2>
          <p>{t('readinessPage.emptyBody')}</p>
        </div>
      ) : (
        <>
          <div className="table-wrap readiness-table">
            {/* A raw table: each check cell is coloured by its status, and StaticTable cannot
                give a cell a class yet. */}
            <table className="data-table" aria-labelledby="readiness-title">
              <thead>
                <tr>
                  <th scope="col">{t('readinessPage.columns.cluster')}</th>
                  <th scope="col">{t('readinessPage.columns.country')}</th>
                  <th scope="col" className="numeric">
                    {t('readinessPage.columns.passed')}
                  </th>
                  {rows[0]!.checks.map((check) => (
                    <th scope="col" key={check.id}>
                      {t(`readinessPage.checks.${check.id}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.clusterId} data-cluster-id={row.clusterId}>
                    <th scope="row">
                      <a href={hrefOf('clusters', row.clusterId)}>{row.name}</a>
                    </th>
                    <td>{countryName(row.country, i18n.language)}</td>
                    <td className="numeric">
                      {t('readinessPage.passedOf', {
                        passed: formatNumber(row.passed, i18n.language),
                        total: formatNumber(row.total, i18n.language),
                      })}
                    </td>
                    {row.checks.map((check) => (
                      <CheckCell key={check.id} check={check} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div ref={chartRef} className="chart-wrap">
            <HelixChart rows={rows} width={chartWidth} />
          </div>
        </>
      )}
    </section>
  );
}
