/**
 * The Report tab: at any time, everything the workshop captured — who, where and when, the agenda
 * planned against the time spent, gate overrides with their reasons, then each stage's entries in
 * run order, with charts — laid out to print on A4. "Print to PDF" first records that a report
 * was generated (once, at the close stage), then prints through the host.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { methodText, spentByStage } from '../../../../src-core/method';
import { slugify } from '../../../../src-core/text/slug';
import { tallyVotes } from '../../../../src-core/workshop/votes';
import { useRunData, type RunData } from '../../../db/workshop-run';
import { useCommand } from '../../../ui/useCommand';
import { getHost } from '../../../host';
import { useStudioStore } from '../../../state/store';
import { errorText } from '../../../ui/errors';
import { todayIso } from '../../../ui/today';
import { EntryGroupView } from './EntryGroupView';
import type { ReportLookup } from './lookup';
import { ideaRefsOf, reportStageId, stageSections, votesOf } from './report-model';
import { ReportAgenda, ReportOverrides, ReportTitleBlock } from './ReportSummary';
import { nowMs } from '../../../ui/useNow';
import './report.css';
import { organisationLabel } from '../organisation-label';

function useReportLookup(data: RunData | null | undefined, language: string): ReportLookup | null {
  const { t } = useTranslation();
  if (!data) return null;
  const unknown = t('report.unknown');
  const clusters = new Map(data.allClusters.map((cluster) => [cluster.id, cluster.name]));
  const participants = new Map(
    data.participants.map((participant) => [
      participant.record.id,
      participant.person && participant.organisation
        ? `${participant.person} (${participant.organisation})`
        : participant.person || participant.organisation || unknown,
    ]),
  );
  const segments = new Map(data.valueChain?.segments.map((segment) => [segment.key, segment.name]));
  const ideas = ideaRefsOf(data.entries);
  const ideaTexts = new Map(ideas.map((idea) => [idea.id, idea.text]));
  const revealed = new Set(data.workshop.run.revealed);
  return {
    language,
    organisationName: (id) => organisationLabel(t, data, id),
    clusterName: (id) => clusters.get(id) ?? unknown,
    participantName: (id) => participants.get(id) ?? t('report.votes.unknownVoter'),
    segmentName: (key) => segments.get(key) ?? key,
    ideaText: (id) => ideaTexts.get(id) ?? t('report.votes.unknownIdea'),
    tallies: tallyVotes(ideas, votesOf(data.entries)),
    isRevealed: (stageId) => revealed.has(stageId),
  };
}

export function ReportView({ workshopId }: { workshopId: string }) {
  const { t, i18n } = useTranslation();
  const runCommand = useCommand();
  const notify = useStudioStore((state) => state.notify);
  const [today] = useState(todayIso);
  const [isPrinting, setIsPrinting] = useState(false);
  const data = useRunData(workshopId, today);
  const lookup = useReportLookup(data, i18n.language);

  if (data === undefined) return <p>{t('report.loading')}</p>;
  if (data === null || lookup === null) return <p>{t('report.notFound')}</p>;

  async function print(run: RunData) {
    setIsPrinting(true);
    try {
      const stageId = reportStageId(run.stages, run.order);
      // The first print is recorded once (read and written in one transaction); later prints keep it.
      if (stageId !== null) {
        await runCommand('entry.upsert', {
          workshopId,
          stageId,
          kind: 'workshop-report',
          match: {},
          entry: { kind: 'workshop-report', generatedAt: new Date(nowMs()).toISOString() },
          patch: {},
        });
      }
      const name = slugify(run.workshop.name, 80) || 'workshop';
      const result = await getHost().printToPdf({ suggestedName: `${name}-report.pdf` });
      if (result.saved && result.location) {
        notify({ tone: 'success', message: t('report.printSaved', { location: result.location }) });
      }
    } catch (error) {
      notify({ tone: 'error', message: t('report.printFailed', { message: errorText(t, error) }) });
    } finally {
      setIsPrinting(false);
    }
  }

  const spentMs = spentByStage(data.workshop.run, nowMs());
  const sections = stageSections(data.stages, data.order, data.entries);
  return (
    <article className="report" aria-labelledby="report-title">
      <div className="report-toolbar no-print">
        <p>{t('report.intro')}</p>
        <button
          type="button"
          className="button-primary"
          disabled={isPrinting}
          onClick={() => void print(data)}
        >
          {isPrinting ? t('report.printing') : t('report.print')}
        </button>
      </div>
      <ReportTitleBlock data={data} />
      <ReportAgenda data={data} spentMs={spentMs} />
      <ReportOverrides data={data} />
      {sections.map(({ stage, isRun, groups }) => (
        <section
          key={stage.id}
          className="report-section report-stage"
          aria-labelledby={`report-stage-${stage.id}`}
        >
          <h3 id={`report-stage-${stage.id}`}>
            {t('report.stages.heading', {
              code: stage.code,
              title: methodText(stage.title, i18n.language),
            })}
          </h3>
          {!isRun && <p className="report-note">{t('report.stages.skippedNote')}</p>}
          {groups.length === 0 ? (
            <p className="report-empty">{t('report.stages.empty')}</p>
          ) : (
            groups.map((group) => (
              <EntryGroupView
                key={group.kind}
                kind={group.kind}
                records={group.records}
                stageId={stage.id}
                lookup={lookup}
              />
            ))
          )}
        </section>
      ))}
    </article>
  );
}
