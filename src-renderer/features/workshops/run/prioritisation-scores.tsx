/**
 * Impact × feasibility: two 1–5 scores per idea, one entry per idea (a change updates it), the
 * grid chart of the scored ideas and the quadrant each falls in.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quadrantOf, type IdeaRef } from '../../../../src-core/workshop/votes';
import { formatNumber } from '../../../i18n/format';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { useWidth } from '../../../ui/useWidth';
import { ImpactFeasibilityChart } from '../report/charts';
import { useStageWrites } from './useStageWrites';

type Axis = 'impact' | 'feasibility';
type Draft = Partial<Record<Axis, number>>;
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
  const writes = useStageWrites(data.workshop.id, stageId);
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [chartRef, width] = useWidth<HTMLDivElement>(640, 320);
  const n = (value: number) => formatNumber(value, i18n.language);
  const stored = new Map(
    entriesOfKind(data.entries, 'impact-feasibility').map((record) => [
      record.entry.ideaId,
      record,
    ]),
  );
  const scored = ideas.flatMap((idea) => {
    const record = stored.get(idea.id);
    return record
      ? [{ idea, impact: record.entry.impact, feasibility: record.entry.feasibility }]
      : [];
  });

  async function change(idea: IdeaRef, axis: Axis, value: number) {
    const record = stored.get(idea.id);
    const current: Draft = record
      ? { impact: record.entry.impact, feasibility: record.entry.feasibility }
      : (drafts[idea.id] ?? {});
    const next = { ...current, [axis]: value };
    if (next.impact === undefined || next.feasibility === undefined) {
      setDrafts((all) => ({ ...all, [idea.id]: next }));
      return;
    }
    const entry = {
      kind: 'impact-feasibility' as const,
      ideaId: idea.id,
      impact: next.impact,
      feasibility: next.feasibility,
    };
    const isSaved = record
      ? await writes.update(record.id, entry)
      : (await writes.add(entry)) !== null;
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

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.prioritisation.scoresTitle')}</h2>
      <p className="field-hint">{t('stages.prioritisation.scoresHint')}</p>
      {ideas.length === 0 ? (
        <p className="field-hint">{t('stages.prioritisation.noIdeas')}</p>
      ) : (
        <table className="data-table compact stage-scores">
          <thead>
            <tr>
              <th scope="col">{t('stages.prioritisation.idea')}</th>
              <th scope="col">{t('stages.prioritisation.impact')}</th>
              <th scope="col">{t('stages.prioritisation.feasibility')}</th>
              <th scope="col">{t('stages.prioritisation.quadrant')}</th>
            </tr>
          </thead>
          <tbody>
            {ideas.map((idea) => {
              const record = stored.get(idea.id);
              return (
                <tr key={idea.id}>
                  <th scope="row">{idea.text}</th>
                  {(['impact', 'feasibility'] as const).map((axis) => (
                    <td key={axis}>
                      <select
                        aria-label={t(`stages.prioritisation.${axis}Of`, { idea: idea.text })}
                        value={valueOf(idea, axis)}
                        onChange={(event) => void change(idea, axis, Number(event.target.value))}
                      >
                        <option value="" disabled>
                          {t('stages.prioritisation.notScored')}
                        </option>
                        {SCALE.map((score) => (
                          <option key={score} value={String(score)}>
                            {n(score)}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                  <td>
                    {record
                      ? t(
                          `stages.prioritisation.quadrants.${quadrantOf(record.entry.impact, record.entry.feasibility)}`,
                        )
                      : t('stages.prioritisation.notScored')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
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
