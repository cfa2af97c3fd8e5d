/**
 * The participant view, for the projector: stage title, timer, how to join the room from a phone
 * (while it is open), the cards on the wall and — only once the facilitator reveals them — the
 * vote results, in large type. It has no controls: the
 * facilitator drives the run from the laptop, and this window (a second window on the desktop, a
 * second tab in the browser) follows through the shared database's live queries.
 */
import type { TFunction } from 'i18next';
import { useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationLabel } from '../organisation-label';
import { methodText, neighbours, plannedMinutes, type Stage } from '../../../../src-core/method';
import { tallyVotes, type IdeaTally } from '../../../../src-core/workshop/votes';
import { useRunData, type RunData } from '../../../db/workshop-run';
import { formatNumber } from '../../../i18n/format';
import { todayIso } from '../../../ui/today';
import { useWidth } from '../../../ui/useWidth';
import { VoteResultsChart } from '../report/charts';
import { ideaRefsOf, votesOf } from '../report/report-model';
import { workshopHref } from '../../../routing/workshops';
import { PresenterJoin } from './PresenterJoin';
import { useChartPages, useCompaction, useRoomScale, useWallPages } from './presenter-pages';
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

interface WallCard {
  readonly id: string;
  readonly text: string;
  /** Who or what it belongs to (an organisation, a theme, an owner). */
  readonly group: string;
  /** What kind of card it is, where the stage mixes kinds (offer or need, lead or rule). */
  readonly label?: string;
}

/** The texts the room sees for a stage (cards, offers, ideas), by what the stage captures. */
function wallCards(t: TFunction, data: RunData, stage: Stage): WallCard[] {
  const here = data.entries.filter((row) => row.stageId === stage.id);
  // The governance stage always shows who leads, even before anything is decided.
  const undecided: WallCard[] =
    stage.kind === 'governance' && !here.some((row) => row.entry.kind === 'governance')
      ? [
          {
            id: `${stage.id}-lead`,
            text: t('runner.capture.governance.noLead'),
            group: '',
            label: t('runner.capture.governance.lead'),
          },
        ]
      : [];
  const nameOf = (id: string) => organisationLabel(t, data, id);
  const clusterName = (id: string | null) =>
    data.clusters.find((cluster) => cluster.id === id)?.name ??
    t('runner.capture.governance.noLead');
  return [
    ...undecided,
    ...here.flatMap((row): WallCard[] => {
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
          return [
            {
              id: row.id,
              text: entry.text,
              group: nameOf(entry.organisationId),
              label: t(`stages.matchmaking.${entry.side}`),
            },
          ];
        case 'governance':
          return [
            {
              id: row.id,
              text: clusterName(entry.leadClusterId),
              group: '',
              label: t('runner.capture.governance.lead'),
            },
            ...(entry.decisionRule.trim()
              ? [
                  {
                    id: `${row.id}-rule`,
                    text: entry.decisionRule,
                    group: '',
                    label: t('runner.capture.governance.rule'),
                  },
                ]
              : []),
          ];
        case 'agreement':
          return entry.signatories.map((signatory, at) => ({
            id: `${row.id}-${at}`,
            text: signatory.name,
            group: signatory.organisation,
            label: `${t(`metaClusters.agreementTypes.${entry.type}`)} · ${t(
              `runner.capture.agreement.statuses.${signatory.status}`,
            )}`,
          }));
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
    }),
  ];
}

function Presenter({ data }: { data: RunData }) {
  const { t, i18n } = useTranslation();
  const [ref, width] = useWidth<HTMLElement>(1280);
  const scale = useRoomScale();
  const roomSize = { '--room-scale': scale } as CSSProperties;
  const compact = useCompaction(ref, `${data.workshop.run.currentStageId ?? ''}|${scale}`);
  const language = i18n.language;
  const { workshop, order } = data;
  const run = workshop.run;
  const current = order.find((stage) => stage.id === run.currentStageId) ?? null;
  const { next } = neighbours(order, run.currentStageId);

  if (run.status !== 'running' || !current) {
    return (
      <main className="presenter" style={roomSize}>
        <h1 className="presenter-workshop">
          <bdi>{workshop.name}</bdi>
        </h1>
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
    <main
      ref={ref}
      className="presenter"
      style={roomSize}
      data-compact={compact > 0 ? compact : undefined}
      aria-labelledby="presenter-stage"
    >
      <header className="presenter-header">
        <p className="presenter-workshop">
          <bdi>{workshop.name}</bdi>
        </p>
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
      {tallies.length > 0 && <Results tallies={tallies} width={chartWidth} />}
      {cards.length > 0 && tallies.length === 0 && <Wall key={scale} cards={cards} />}
      <footer className="presenter-footer">
        {next && (
          <p>
            {t('runner.present.next', {
              stage: `${next.code} ${methodText(next.title, language)}`,
            })}
          </p>
        )}
        <p className="presenter-size-hint">{t('runner.present.sizeHint')}</p>
        <a className="presenter-exit" href={workshopHref(workshop.id, 'run')}>
          {t('runner.present.exit')}
        </a>
      </footer>
    </main>
  );
}

/** The cards on the wall, page by page when they do not all fit. */
function Wall({ cards }: { cards: readonly WallCard[] }) {
  const { t, i18n } = useTranslation();
  const list = useRef<HTMLUListElement>(null);
  const { from, fit, isPaged } = useWallPages(cards.length, list);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section aria-label={t('runner.present.cards')} className="presenter-wall">
      <ul ref={list} className="presenter-cards">
        {cards.slice(from).map((card) => (
          <li key={card.id} className="presenter-card">
            {card.label && <span className="presenter-card-label">{card.label}</span>}
            {card.text}
            {card.group && <span className="presenter-card-group">{card.group}</span>}
          </li>
        ))}
      </ul>
      {isPaged && (
        <p className="presenter-page" aria-live="polite">
          {t('runner.present.cardsShown', {
            from: n(from + 1),
            to: n(from + fit),
            total: n(cards.length),
          })}
        </p>
      )}
    </section>
  );
}

/** Chart rows at projector size (HorizontalBarChart, large) and what is left for them. */
const RESULT_ROW_PX = 84;

/** The revealed ranking, as many bars as the screen holds, page by page. */
function Results({ tallies, width }: { tallies: readonly IdeaTally[]; width: number }) {
  const { t, i18n } = useTranslation();
  // The chart draws the ideas that got dots; pages go over those.
  const voted = tallies.filter((tally) => tally.total > 0);
  const perPage = Math.max(3, Math.floor((window.innerHeight * 0.42) / RESULT_ROW_PX));
  const { from, to, isPaged } = useChartPages(voted.length, perPage);
  const n = (value: number) => formatNumber(value, i18n.language);
  return (
    <section aria-labelledby="presenter-results" className="presenter-results">
      <h2 id="presenter-results">{t('runner.present.results')}</h2>
      <VoteResultsChart tallies={tallies.slice(from, to)} width={width} large />
      {isPaged && (
        <p className="presenter-page" aria-live="polite">
          {t('runner.present.cardsShown', {
            from: n(from + 1),
            to: n(to),
            total: n(tallies.length),
          })}
        </p>
      )}
      <p className="presenter-note">{t('runner.present.proxyNote')}</p>
    </section>
  );
}
