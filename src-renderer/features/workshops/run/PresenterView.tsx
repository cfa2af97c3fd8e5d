/**
 * The participant view, for the projector: stage title, timer, how to join the room from a phone
 * (while it is open), the cards on the wall and — only once the facilitator reveals them — the
 * vote results, in large type. It has no controls: the
 * facilitator drives the run from the laptop, and this window (a second window on the desktop, a
 * second tab in the browser) follows through the shared database's live queries.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { organisationLabel } from '../organisation-label';
import { methodText, neighbours, plannedMinutes, type Stage } from '../../../../src-core/method';
import { tallyVotes } from '../../../../src-core/workshop/votes';
import { useRunData, type RunData } from '../../../db/workshop-run';
import { formatNumber } from '../../../i18n/format';
import { todayIso } from '../../../ui/today';
import { useWidth } from '../../../ui/useWidth';
import { VoteResultsChart } from '../report/charts';
import { ideaRefsOf, votesOf } from '../report/report-model';
import { workshopHref } from '../../../routing/workshops';
import { PresenterJoin } from './PresenterJoin';
import { StageTimer } from './StageTimer';
import './presenter.css';

export function PresenterView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const data = useRunData(workshopId, todayIso());
  if (data === undefined) return <main className="presenter" aria-busy="true" />;
  if (data === null) {
    return (
      <main className="presenter">
        <p className="presenter-message">{t('runner.present.notFound')}</p>
      </main>
    );
  }
  return <Presenter data={data} />;
}

/** The texts the room sees for a stage (cards, offers, ideas), by what the stage captures. */
function wallCards(
  t: TFunction,
  data: RunData,
  stage: Stage,
): { id: string; text: string; group: string }[] {
  const here = data.entries.filter((row) => row.stageId === stage.id);
  const nameOf = (id: string) => organisationLabel(t, data, id);
  return here.flatMap((row) => {
    const entry = row.entry;
    switch (entry.kind) {
      case 'scoping-note':
      case 'engagement-offer':
        return [{ id: row.id, text: entry.text, group: '' }];
      case 'gap-list':
        return [{ id: row.id, text: entry.text, group: entry.segment }];
      case 'idea-cards':
        return [{ id: row.id, text: entry.text, group: entry.theme }];
      case 'offers-needs':
        return [{ id: row.id, text: entry.text, group: nameOf(entry.organisationId) }];
      case 'reinforcement-commitment':
        return [{ id: row.id, text: entry.text, group: entry.owner }];
      case 'action-plan':
        return [{ id: row.id, text: entry.text, group: entry.owner }];
      case 'candidate-list':
      case 'recruitment-plan':
        return [{ id: row.id, text: nameOf(entry.organisationId), group: '' }];
      default:
        return [];
    }
  });
}

function Presenter({ data }: { data: RunData }) {
  const { t, i18n } = useTranslation();
  const [ref, width] = useWidth<HTMLElement>(1280);
  const language = i18n.language;
  const { workshop, order } = data;
  const run = workshop.run;
  const current = order.find((stage) => stage.id === run.currentStageId) ?? null;
  const { next } = neighbours(order, run.currentStageId);

  if (run.status !== 'running' || !current) {
    return (
      <main className="presenter">
        <h1 className="presenter-workshop">{workshop.name}</h1>
        <p className="presenter-message">
          {run.status === 'completed' ? t('runner.present.completed') : t('runner.present.waiting')}
        </p>
        {run.status !== 'completed' && <PresenterJoin workshopId={workshop.id} />}
      </main>
    );
  }

  const cards = wallCards(t, data, current);
  const isVoting = current.kind === 'prioritisation';
  const revealed = run.revealed.includes(current.id);
  const votes = votesOf(data.entries.filter((row) => row.stageId === current.id));
  const dotsCast = votes.reduce((sum, vote) => sum + vote.dots, 0);
  const tallies = isVoting && revealed ? tallyVotes(ideaRefsOf(data.entries), votes) : [];
  const chartWidth = Math.min(width - 48, 1600);

  return (
    <main ref={ref} className="presenter" aria-labelledby="presenter-stage">
      <header className="presenter-header">
        <p className="presenter-workshop">{workshop.name}</p>
        <PresenterJoin workshopId={workshop.id} />
        <StageTimer run={run} plannedMinutes={plannedMinutes(current, workshop.agenda)} large />
      </header>
      <h1 id="presenter-stage" className="presenter-stage">
        <span className="presenter-code">{current.code}</span> {methodText(current.title, language)}
      </h1>
      <p className="presenter-purpose">{methodText(current.purpose, language)}</p>
      {isVoting && !revealed && (
        <p className="presenter-message" data-testid="presenter-votes-hidden">
          {t('runner.present.hiddenVotes')}{' '}
          {t('runner.present.dotsCast', { count: dotsCast, n: formatNumber(dotsCast, language) })}
        </p>
      )}
      {tallies.length > 0 && (
        <section aria-labelledby="presenter-results" className="presenter-results">
          <h2 id="presenter-results">{t('runner.present.results')}</h2>
          <VoteResultsChart
            tallies={tallies}
            width={chartWidth}
            height={Math.max(240, tallies.length * 56)}
            large
          />
          <p className="presenter-note">{t('runner.present.proxyNote')}</p>
        </section>
      )}
      {cards.length > 0 && tallies.length === 0 && (
        <section aria-label={t('runner.present.cards')}>
          <ul className="presenter-cards">
            {cards.map((card) => (
              <li key={card.id} className="presenter-card">
                {card.text}
                {card.group && <span className="presenter-card-group">{card.group}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <footer className="presenter-footer">
        {next && (
          <p>
            {t('runner.present.next', {
              stage: `${next.code} ${methodText(next.title, language)}`,
            })}
          </p>
        )}
        <a className="presenter-exit" href={workshopHref(workshop.id, 'run')}>
          {t('runner.present.exit')}
        </a>
      </footer>
    </main>
  );
}
