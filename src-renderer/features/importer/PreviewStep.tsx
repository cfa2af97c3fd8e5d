/**
 * Step 3: what the import will do, before it does anything: every invalid row with what is wrong
 * and what would be accepted, every duplicate with a choice (skip / update existing / create
 * anyway), erased people who would come back, and the defaults assumed for missing columns.
 */
import { useTranslation } from 'react-i18next';
import type { ImportChoice, PlannedRow } from '../../../src-core/roster';
import { formatNumber } from '../../i18n/format';
import { messageOf } from './messages';
import type { ImportWizard, WizardStep } from './useImportWizard';

type PreviewState = Extract<WizardStep, { step: 'preview' }>;
const LISTED = 500;
const choiceOptions: readonly ImportChoice[] = ['skip', 'update', 'create'];

function choiceOf(
  row: PlannedRow<never>,
  choices: ReadonlyMap<number, ImportChoice>,
): ImportChoice {
  return choices.get(row.rowNumber) ?? row.defaultChoice;
}

function rowName(row: PlannedRow<never>): string {
  const fields = row.fields as Record<string, unknown>;
  return [fields.name, fields.givenName, fields.familyName, fields.email]
    .filter((v): v is string => typeof v === 'string' && v !== '')
    .join(' ');
}

export function PreviewStep({ wizard, state }: { wizard: ImportWizard; state: PreviewState }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const { preview } = state;
  const plan = preview.plan as unknown as {
    create: PlannedRow<never>[];
    duplicates: PlannedRow<never>[];
  };
  const invalidRows = new Set(preview.problems.map((p) => p.rowNumber)).size;
  const all = [...plan.create, ...plan.duplicates];
  const toCreate = all.filter((row) => choiceOf(row, wizard.choices) === 'create').length;
  const toUpdate = plan.duplicates.filter(
    (row) =>
      choiceOf(row, wizard.choices) === 'update' &&
      row.matches.some((m) => m.existingId !== undefined),
  ).length;
  const erased = all.filter((row) => row.matchesErased);
  const needsDecision = [
    ...plan.duplicates,
    ...plan.create.filter((row) => row.matchesErased),
  ].sort((a, b) => a.rowNumber - b.rowNumber);

  return (
    <div className="import-step">
      <ul className="import-counts" aria-label={t('importPage.countsLabel')}>
        <li data-testid="count-rows">
          {t('importPage.counts.rows', { count: preview.rowCount, n: n(preview.rowCount) })}
        </li>
        <li data-testid="count-ready">
          {t('importPage.counts.ready', { n: n(plan.create.length) })}
        </li>
        <li data-testid="count-duplicates">
          {t('importPage.counts.duplicates', { n: n(plan.duplicates.length) })}
        </li>
        <li data-testid="count-invalid" className={invalidRows > 0 ? 'count-bad' : undefined}>
          {t('importPage.counts.invalid', { n: n(invalidRows) })}
        </li>
        {erased.length > 0 && (
          <li data-testid="count-erased" className="count-bad">
            {t('importPage.counts.erased', { n: n(erased.length) })}
          </li>
        )}
      </ul>

      {preview.assumed.map((assumption) => (
        <p key={assumption.field} className="notice-inline" role="note">
          {messageOf(t, assumption.key, { value: String(assumption.value) })}
        </p>
      ))}

      {preview.problems.length > 0 && (
        <section aria-labelledby="problems-title">
          <h2 id="problems-title">{t('importPage.problemsTitle')}</h2>
          <p className="field-hint">{t('importPage.problemsHint')}</p>
          <div className="table-wrap import-list">
            <table className="data-table compact" aria-labelledby="problems-title">
              <thead>
                <tr>
                  <th scope="col">{t('importPage.columns.row')}</th>
                  <th scope="col">{t('importPage.columns.column')}</th>
                  <th scope="col">{t('importPage.columns.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.problems.slice(0, LISTED).map((problem, index) => (
                  <tr key={`${problem.rowNumber}-${index}`}>
                    <td className="numeric">{n(problem.rowNumber)}</td>
                    <td>{problem.column ?? '—'}</td>
                    <td>{messageOf(t, problem.key, problem.values)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.problems.length > LISTED && (
            <p className="field-hint">
              {t('importPage.moreProblems', { n: n(preview.problems.length - LISTED) })}
            </p>
          )}
        </section>
      )}

      {needsDecision.length > 0 && (
        <section aria-labelledby="duplicates-title">
          <h2 id="duplicates-title">{t('importPage.duplicatesTitle')}</h2>
          <p className="field-hint">{t('importPage.duplicatesHint')}</p>
          <div className="toolbar">
            {choiceOptions.map((choice) => (
              <button
                key={choice}
                type="button"
                onClick={() =>
                  wizard.chooseAll(
                    plan.duplicates.map((row) => row.rowNumber),
                    choice,
                  )
                }
              >
                {t('importPage.allDuplicates', { choice: t(`importer.choices.${choice}`) })}
              </button>
            ))}
          </div>
          <div className="table-wrap import-list">
            <table className="data-table compact" aria-labelledby="duplicates-title">
              <thead>
                <tr>
                  <th scope="col">{t('importPage.columns.row')}</th>
                  <th scope="col">{t('importPage.columns.record')}</th>
                  <th scope="col">{t('importPage.columns.why')}</th>
                  <th scope="col">{t('importPage.columns.choice')}</th>
                </tr>
              </thead>
              <tbody>
                {needsDecision.slice(0, LISTED).map((row) => (
                  <tr key={row.rowNumber} data-row={row.rowNumber}>
                    <td className="numeric">{n(row.rowNumber)}</td>
                    <td>{rowName(row)}</td>
                    <td>
                      {row.matchesErased && (
                        <p className="erased-warning">{t('importer.erasedMatch')}</p>
                      )}
                      {row.matches.map((match, index) => (
                        <span key={index} className="match-reason">
                          {match.otherRowNumber !== undefined
                            ? t('importPage.matchInFile', {
                                reason: t(`importer.reasons.${match.reason}`),
                                row: n(match.otherRowNumber),
                              })
                            : t('importPage.matchInRoster', {
                                reason: t(`importer.reasons.${match.reason}`),
                              })}
                        </span>
                      ))}
                    </td>
                    <td>
                      <select
                        aria-label={t('importPage.choiceFor', { row: row.rowNumber })}
                        value={choiceOf(row, wizard.choices)}
                        onChange={(event) =>
                          wizard.choose(row.rowNumber, event.target.value as ImportChoice)
                        }
                      >
                        {choiceOptions
                          .filter(
                            (choice) =>
                              choice !== 'update' ||
                              row.matches.some((m) => m.existingId !== undefined),
                          )
                          .map((choice) => (
                            <option key={choice} value={choice}>
                              {t(`importer.choices.${choice}`)}
                            </option>
                          ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <div className="wizard-actions">
        <button type="button" onClick={wizard.back}>
          {t('importPage.back')}
        </button>
        <button
          type="button"
          className="button-primary"
          disabled={wizard.isBusy || toCreate + toUpdate === 0}
          onClick={() => void wizard.confirm()}
        >
          {t('importPage.confirm', { create: n(toCreate), update: n(toUpdate) })}
        </button>
      </div>
    </div>
  );
}
