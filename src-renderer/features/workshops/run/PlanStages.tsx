/**
 * Stages that plan on the rosters: the recruitment plan (which also puts each shortlisted entity
 * on the cluster's pipeline, step 1 of the method) and the scientific reinforcement commitments
 * of a meta-cluster workshop.
 */
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopEntryRecord } from '../../../../src-core/model/entities';
import type { EntryOf } from '../../../../src-core/model/workshop-run';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { countryName, formatNumber } from '../../../i18n/format';
import {
  DateInput,
  SelectField,
  TextInput,
  clearIfUnchanged,
  formatIsoDate,
} from '../../../ui/form';
import { StaticTable, type StaticColumn } from '../../../ui/table/StaticTable';
import { useCommand } from '../../../ui/useCommand';
import {
  RecruitmentPlanEditor,
  type PlanRow,
  type PlanRowPatch,
} from '../../editors/RecruitmentPlanEditor';
import { useEntryActions } from './useEntryActions';
import { organisationLabel } from '../organisation-label';
import type { StageProps } from './ReinforcementStages';

type Planned = WorkshopEntryRecord & { entry: EntryOf<'recruitment-plan'> };
type Commitment = WorkshopEntryRecord & { entry: EntryOf<'reinforcement-commitment'> };

/** The plan as made: read-only here (the organisation is on the pipeline, edited there). */
function plannedColumns(
  t: TFunction,
  language: string,
  nameOf: (organisationId: string) => string,
  onRemove: (row: Planned) => void,
): StaticColumn<Planned>[] {
  const p = (key: 'organisation' | 'owner' | 'due') => t(`reinforcement.planRows.${key}`);
  return [
    {
      id: 'organisation',
      header: p('organisation'),
      cell: (row) => nameOf(row.entry.organisationId),
    },
    { id: 'owner', header: p('owner'), cell: (row) => row.entry.owner || '—' },
    {
      id: 'due',
      header: p('due'),
      cell: (row) => (row.entry.due ? formatIsoDate(row.entry.due, language) : '—'),
    },
    {
      id: 'remove',
      header: t('common.remove'),
      cell: (row) => (
        <button type="button" onClick={() => onRemove(row)}>
          {t('common.remove')}
        </button>
      ),
    },
  ];
}

/** Each cluster taking part: its knowledge members and the commitments made for it. */
function commitmentColumns(
  t: TFunction,
  data: RunData,
  language: string,
  onRemove: (row: Commitment) => void,
): StaticColumn<RunData['clusters'][number]>[] {
  const commitments = entriesOfKind(data.entries, 'reinforcement-commitment');
  return [
    {
      id: 'cluster',
      header: t('runner.capture.readiness-snapshot.cluster'),
      cell: (cluster) => (
        <>
          {cluster.name}{' '}
          <span className="field-hint">{countryName(cluster.country, language)}</span>
        </>
      ),
    },
    {
      id: 'knowledge',
      header: t('runner.capture.readiness-snapshot.knowledge'),
      isNumeric: true,
      cell: (cluster) =>
        formatNumber(data.gateInputs.knowledgeMembers.get(cluster.id) ?? 0, language),
    },
    {
      id: 'commitments',
      header: t('runner.capture.reinforcement-commitment.commitments'),
      cell: (cluster) => (
        <ul className="plain-list">
          {commitments
            .filter((row) => row.entry.clusterId === cluster.id)
            .map((row) => (
              <li key={row.id}>
                {row.entry.text}
                {row.entry.owner && ` — ${row.entry.owner}`}
                {row.entry.due && ` (${formatIsoDate(row.entry.due, language)})`}{' '}
                <button type="button" className="link" onClick={() => onRemove(row)}>
                  {t('common.remove')}
                </button>
              </li>
            ))}
        </ul>
      ),
    },
  ];
}

type Draft = Pick<PlanRow, 'owner' | 'due'>;
const NO_DRAFT: Draft = { owner: '', due: null };

export function RecruitmentPlanStage({ data, stage }: StageProps) {
  const { t, i18n } = useTranslation();
  const run = useCommand();
  const { remove } = useEntryActions(data.workshop.id, stage.id);
  // Typed before the row is added; a ref too, so "Add" reads what the field just committed.
  const [drafts, setDrafts] = useState<Readonly<Record<string, Draft>>>({});
  const typed = useRef(drafts);
  const shortlist = entriesOfKind(data.entries, 'candidate-list');
  const plan = entriesOfKind(data.entries, 'recruitment-plan');
  const planned = new Set(plan.map((row) => row.entry.organisationId));
  const nameOf = (id: string) => organisationLabel(t, data, id);
  const p = (key: 'organisation' | 'owner' | 'due' | 'toPlan') =>
    t(`reinforcement.planRows.${key}`);
  const pending = shortlist
    .filter((row) => !planned.has(row.entry.organisationId))
    .map((row) => ({
      id: row.entry.organisationId,
      name: nameOf(row.entry.organisationId),
      ...(drafts[row.entry.organisationId] ?? NO_DRAFT),
    }));

  function keep(id: string, patch: PlanRowPatch): boolean {
    typed.current = { ...typed.current, [id]: { ...(typed.current[id] ?? NO_DRAFT), ...patch } };
    setDrafts(typed.current);
    return true;
  }

  async function addToPlan(organisationId: string) {
    const draft = typed.current[organisationId] ?? NO_DRAFT;
    await run('recruitmentPlan.add', {
      workshopId: data.workshop.id,
      stageId: stage.id,
      clusterId: data.workshop.clusterId,
      row: { organisationId, owner: draft.owner.trim(), due: draft.due },
    });
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.recruitment-plan.title')}</h3>
      {shortlist.length === 0 && (
        <p className="empty-state">{t('runner.capture.recruitment-plan.noShortlist')}</p>
      )}
      {pending.length > 0 && (
        <>
          <h4>{p('toPlan')}</h4>
          <RecruitmentPlanEditor
            label={p('toPlan')}
            nameHeader={p('organisation')}
            rows={pending}
            onEdit={(row, patch) => keep(row.id, patch)}
            actionHeader={t('runner.capture.recruitment-plan.add')}
            action={(row) => (
              <button
                type="button"
                className="button-primary"
                aria-label={t('runner.capture.recruitment-plan.addNamed', { name: row.name })}
                onClick={() => void addToPlan(row.id)}
              >
                {t('runner.capture.recruitment-plan.add')}
              </button>
            )}
          />
        </>
      )}
      {plan.length > 0 && (
        <>
          <h4>{t('runner.capture.recruitment-plan.planned')}</h4>
          <StaticTable
            label={t('runner.capture.recruitment-plan.planned')}
            isCompact
            rows={plan}
            rowKey={(row) => row.id}
            columns={plannedColumns(
              t,
              i18n.language,
              nameOf,
              (row) => void remove(row.id, nameOf(row.entry.organisationId)),
            )}
          />
        </>
      )}
    </section>
  );
}

export function CommitmentsStage({ data, stage }: StageProps) {
  const { t, i18n } = useTranslation();
  const { save, remove } = useEntryActions(data.workshop.id, stage.id);
  const [clusterId, setClusterId] = useState('');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const language = i18n.language;
  const chosen = clusterId || data.clusters[0]?.id || '';

  async function add() {
    if (!chosen || text.trim() === '') return;
    const saved = await save({
      kind: 'reinforcement-commitment',
      clusterId: chosen,
      text: text.trim(),
      owner: owner.trim(),
      due: due || null,
    });
    if (saved) {
      clearIfUnchanged(setText, text);
      clearIfUnchanged(setOwner, owner);
      clearIfUnchanged(setDue, due);
    }
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.reinforcement-commitment.title')}</h3>
      <StaticTable
        label={t('runner.capture.reinforcement-commitment.title')}
        isCompact
        rows={data.clusters}
        rowKey={(cluster) => cluster.id}
        columns={commitmentColumns(t, data, language, (row) => void remove(row.id, row.entry.text))}
      />
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <SelectField
          label={t('runner.capture.readiness-snapshot.cluster')}
          value={chosen}
          onChange={setClusterId}
          options={data.clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
        />
        <TextInput
          label={t('runner.capture.reinforcement-commitment.text')}
          wide
          value={text}
          maxLength={500}
          onChange={setText}
        />
        <TextInput
          label={t('runner.capture.recruitment-plan.owner')}
          value={owner}
          maxLength={300}
          onChange={setOwner}
        />
        <DateInput label={t('runner.capture.recruitment-plan.due')} value={due} onChange={setDue} />
        <button type="submit" className="button-primary">
          {t('runner.capture.reinforcement-commitment.add')}
        </button>
      </form>
    </section>
  );
}
