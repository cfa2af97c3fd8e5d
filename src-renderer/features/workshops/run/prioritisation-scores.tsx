/**
 * Impact × feasibility: the facilitator's two 1–5 scores per idea, one entry per idea (created once
 * both are chosen; a change then sets that score alone), what participants scored from their
 * phones (each person's own entry, shown as a mean), the grid chart and the quadrants. The
 * facilitator's score, when set, decides; otherwise the phones' mean does (src-core/workshop/scores.ts).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ideaScores, type IdeaScore } from '../../../../src-core/workshop/scores';
import { quadrantOf, type IdeaRef } from '../../../../src-core/workshop/votes';
import { formatNumber } from '../../../i18n/format';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { SelectField } from '../../../ui/form';
import { StaticTable, type StaticColumn } from '../../../ui/table/StaticTable';
import { useCommand } from '../../../ui/useCommand';
import { useWidth } from '../../../ui/useWidth';
import { ImpactFeasibilityChart } from '../report/charts';

type Axis = 'impact' | 'feasibility';
type Draft = Partial<Record<Axis, number>>;
const AXES: readonly Axis[] = ['impact', 'feasibility'];
const SCALE = [1, 2, 3, 4, 5] as const;

export function ScoresSection({
  data,
  stageId,
  ideas,
}: {
  data: RunData;
  stageId: string;
  ideas: readonly IdeaRef[];
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const run = useCommand();
  // Scores of ideas not saved yet: an idea is saved once both are chosen.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [chartRef, width] = useWidth<HTMLDivElement>(640, 320);
  const n = (value: number) => formatNumber(value, i18n.language);
  const options = SCALE.map((score) => ({ value: String(score), label: n(score) }));
  const records = entriesOfKind(data.entries, 'impact-feasibility');
  // The facilitator's own entries (phones' scores are each participant's, kept apart).
  const stored = new Map(
    records
      .filter((record) => record.participantId === undefined)
      .map((record) => [record.entry.ideaId, record]),
  );
  const decided = new Map(ideaScores(records).map((score) => [score.ideaId, score]));
  const scored = ideas.flatMap((idea) => {
    const score = decided.get(idea.id);
    return score ? [{ idea, impact: score.impact, feasibility: score.feasibility }] : [];
  });
  const hasPhoneScores = [...decided.values()].some((score) => score.phones !== null);
  const phonesText = (score: IdeaScore | undefined) =>
    score?.phones
      ? t('stages.prioritisation.phonesOf', {
          count: score.phones.count,
          n: n(score.phones.count),
          impact: n(score.phones.impact),
          feasibility: n(score.phones.feasibility),
        })
      : t('stages.prioritisation.noPhones');

  async function change(idea: IdeaRef, axis: Axis, value: number) {
    const record = stored.get(idea.id);
    if (record) {
      // Only the score changed: the other one stays as stored (it may have changed meanwhile).
      const patch = axis === 'impact' ? { impact: value } : { feasibility: value };
      await run('entry.patch', { id: record.id, kind: 'impact-feasibility', patch });
      return;
    }
    const next = { ...drafts[idea.id], [axis]: value };
    setDrafts((all) => ({ ...all, [idea.id]: { ...all[idea.id], [axis]: value } }));
    if (next.impact === undefined || next.feasibility === undefined) return;
    // One entry per idea even if both scores land before the page shows the first save.
    const isSaved = await run('entry.upsert', {
      workshopId: data.workshop.id,
      stageId,
      kind: 'impact-feasibility',
      match: { ideaId: idea.id },
      entry: {
        kind: 'impact-feasibility',
        ideaId: idea.id,
        impact: next.impact,
        feasibility: next.feasibility,
      },
      patch: { [axis]: value },
    });
    if (isSaved) {
      setDrafts((all) => {
        const rest = { ...all };
        delete rest[idea.id];
        return rest;
      });
    }
  }

  function valueOf(idea: IdeaRef, axis: Axis): string {
    const record = stored.get(idea.id);
    const value = record ? record.entry[axis] : drafts[idea.id]?.[axis];
    return value === undefined ? '' : String(value);
  }

  const columns: StaticColumn<IdeaRef>[] = [
    { id: 'idea', header: t('stages.prioritisation.idea'), cell: (idea) => idea.text },
    ...AXES.map((axis): StaticColumn<IdeaRef> => ({
      id: axis,
      header: t(`stages.prioritisation.${axis}`),
      cell: (idea) => {
        const value = valueOf(idea, axis);
        return (
          <SelectField
            hideLabel
            label={t(`stages.prioritisation.${axis}Of`, { idea: idea.text })}
            value={value}
            options={options}
            emptyLabel={value === '' ? t('stages.prioritisation.notScored') : undefined}
            onChange={(score) => {
              if (score !== '') void change(idea, axis, Number(score));
            }}
          />
        );
      },
    })),
    {
      id: 'phones',
      header: t('stages.prioritisation.phones'),
      cell: (idea) => phonesText(decided.get(idea.id)),
    },
    {
      id: 'quadrant',
      header: t('stages.prioritisation.quadrant'),
      cell: (idea) => {
        const score = decided.get(idea.id);
        return score
          ? t(`stages.prioritisation.quadrants.${quadrantOf(score.impact, score.feasibility)}`)
          : t('stages.prioritisation.notScored');
      },
    },
  ];

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.prioritisation.scoresTitle')}</h2>
      <p className="field-hint">{t('stages.prioritisation.scoresHint')}</p>
      {hasPhoneScores && (
        <p className="field-hint">{t('stages.prioritisation.scoresPhonesHint')}</p>
      )}
      {ideas.length === 0 ? (
        <p className="field-hint">{t('stages.prioritisation.noIdeas')}</p>
      ) : (
        <div className="stage-scores">
          <StaticTable
            label={t('stages.prioritisation.scoresTitle')}
            columns={columns}
            rows={ideas}
            rowKey={(idea) => idea.id}
            isCompact
          />
        </div>
      )}
      <div ref={chartRef} className="chart-wrap">
        {scored.length > 0 && (
          <ImpactFeasibilityChart
            points={scored.map((row) => ({
              label: row.idea.text,
              impact: row.impact,
              feasibility: row.feasibility,
            }))}
            width={width}
            height={420}
          />
        )}
      </div>
    </section>
  );
}
