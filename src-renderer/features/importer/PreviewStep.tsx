/**
 * Step 3: what the import will do, before it does anything: every invalid row with what is wrong
 * and what would be accepted, every duplicate with a choice (skip / update existing / create
 * anyway), erased people who would come back, and the defaults assumed for missing columns.
 */
import { useTranslation } from 'react-i18next';
import type { ImportChoice, ImportProblem, PlannedRow } from '../../../src-core/roster';
import { formatNumber } from '../../i18n/format';
import { SelectField, enumOptions } from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import { messageOf } from './messages';
import { PreviewNotes } from './PreviewNotes';
import type { ImportWizard, WizardStep } from './useImportWizard';
import { ValueMapping } from './ValueMapping';

type PreviewState = Extract<WizardStep, { step: 'preview' }>;
const LISTED = 500;
const choiceOptions: readonly ImportChoice[] = ['skip', 'update', 'create'];

/** A listed problem with its place in the list (a row can have several problems). */
interface ListedProblem {
  readonly problem: ImportProblem;
  readonly index: number;
}

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

  const problemColumns: StaticColumn<ListedProblem>[] = [
    {
      id: 'row',
      header: t('importPage.columns.row'),
      cell: ({ problem }) => n(problem.rowNumber),
      isNumeric: true,
    },
    {
      id: 'column',
      header: t('importPage.columns.column'),
      cell: ({ problem }) => problem.column ?? '—',
    },
    {
      id: 'problem',
      header: t('importPage.columns.problem'),
      cell: ({ problem }) => messageOf(t, problem.key, problem.values),
    },
  ];

  const duplicateColumns: StaticColumn<PlannedRow<never>>[] = [
    {
      id: 'row',
      header: t('importPage.columns.row'),
      cell: (row) => n(row.rowNumber),
      isNumeric: true,
    },
    { id: 'record', header: t('importPage.columns.record'), cell: rowName },
    {
      id: 'why',
      header: t('importPage.columns.why'),
      cell: (row) => (
        <>
          {row.matchesErased && <p className="erased-warning">{t('importer.erasedMatch')}</p>}
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
        </>
      ),
    },
    {
      id: 'choice',
      header: t('importPage.columns.choice'),
      cell: (row) => (
        <SelectField
          hideLabel
          label={t('importPage.choiceFor', { row: n(row.rowNumber) })}
          value={choiceOf(row, wizard.choices)}
          options={enumOptions(
            choiceOptions.filter(
              (choice) =>
                choice !== 'update' || row.matches.some((m) => m.existingId !== undefined),
            ),
            (choice) => t(`importer.choices.${choice}`),
          )}
          onChange={(choice) => wizard.choose(row.rowNumber, choice as ImportChoice)}
        />
      ),
    },
  ];

  return (
    <div className="import-step">
      <ul className="import-counts" aria-label={t('importPage.countsLabel')}>
        <li data-testid="count-rows">
          {t('importPage.counts.rows', { count: preview.rowCount, n: n(preview.rowCount) })}
        </li>
        <li data-testid="count-ready">
          {t('importPage.counts.ready', { count: plan.create.length, n: n(plan.create.length) })}
        </li>
        <li data-testid="count-duplicates">
          {t('importPage.counts.duplicates', {
            count: plan.duplicates.length,
            n: n(plan.duplicates.length),
          })}
        </li>
        <li data-testid="count-invalid" className={invalidRows > 0 ? 'count-bad' : undefined}>
          {t('importPage.counts.invalid', { count: invalidRows, n: n(invalidRows) })}
        </li>
        {erased.length > 0 && (
          <li data-testid="count-erased" className="count-bad">
            {t('importPage.counts.erased', { count: erased.length, n: n(erased.length) })}
          </li>
        )}
      </ul>

      {preview.assumed.map((assumption) => (
        <p key={assumption.field} className="notice-inline" role="note">
          {messageOf(t, assumption.key, { value: String(assumption.value) })}
        </p>
      ))}

      <ValueMapping wizard={wizard} values={preview.unmatched} />

      {preview.problems.length > 0 && (
        <section aria-labelledby="problems-title">
          <h2 id="problems-title">{t('importPage.problemsTitle')}</h2>
          <p className="field-hint">{t('importPage.problemsHint')}</p>
          <div className="table-wrap import-list">
            <StaticTable
              label={t('importPage.problemsTitle')}
              columns={problemColumns}
              rows={preview.problems.slice(0, LISTED).map((problem, index) => ({ problem, index }))}
              rowKey={({ problem, index }) => `${problem.rowNumber}-${index}`}
              isCompact
            />
          </div>
          {preview.problems.length > LISTED && (
            <p className="field-hint">
              {t('importPage.moreProblems', {
                count: preview.problems.length - LISTED,
                n: n(preview.problems.length - LISTED),
              })}
            </p>
          )}
        </section>
      )}

      <PreviewNotes notes={preview.notes} />

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
            <StaticTable
              label={t('importPage.duplicatesTitle')}
              columns={duplicateColumns}
              rows={needsDecision.slice(0, LISTED)}
              rowKey={(row) => String(row.rowNumber)}
              isCompact
            />
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
