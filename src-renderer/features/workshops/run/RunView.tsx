/**
 * The stepper the facilitator drives in the room: the stages in the planned order, the current
 * stage with its countdown (overrun shown), purpose and guidance, what the stage captures, and its
 * gate checks. Back and Next (Next waits until every gate passed or was overridden with a reason);
 * keyboard: PageDown / Ctrl+→ next, PageUp / Ctrl+← back, Alt+T pauses or starts the timer.
 * Every step is stored on the workshop at once (db/workshop-run.ts), so a reload — or a crash —
 * resumes on the same stage with the same time.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  evaluateStageGates,
  gatesClear,
  methodText,
  neighbours,
  plannedMinutes,
  type Stage,
} from '../../../../src-core/method';
import { useWorkspace } from '../../../db/provider';
import { runActions, useRunData, type RunData } from '../../../db/workshop-run';
import { getHost } from '../../../host';
import { todayIso } from '../../../ui/today';
import { useNotifyError } from '../../../ui/useNotifyError';
import { nowMs } from '../../../ui/useNow';
import { workshopHref } from '../WorkshopPage';
import { StageEditor } from './StageEditor';
import { GatesPanel } from './GatesPanel';
import { StageTimer } from './StageTimer';

export function RunView({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  const data = useRunData(workshopId, todayIso());
  if (data === undefined) return <p>{t('forms.states.loading')}</p>;
  if (data === null) return <p>{t('forms.states.notFoundTitle')}</p>;
  return <Runner data={data} />;
}

/** Opens the participant view: a second window on the desktop, a second tab in the browser. */
export async function openPresenter(workshopId: string): Promise<void> {
  await getHost().openPresenterWindow({ workshopId });
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName.toUpperCase())
  );
}

function Runner({ data }: { data: RunData }) {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const { workshop, order } = data;
  const run = workshop.run;
  const language = i18n.language;
  const current = order.find((stage) => stage.id === run.currentStageId) ?? null;
  const { previous, next, index } = neighbours(order, run.currentStageId);
  const results = current ? evaluateStageGates(current, data.gateInputs, run.overrides) : [];
  const clear = gatesClear(results);

  const act = (action: () => Promise<unknown>) => {
    action().catch(notifyError);
  };
  const goTo = (stage: Stage) =>
    act(() => runActions.goTo(db, repositories, workshop.id, stage.id, nowMs()));
  const toggleTimer = () =>
    act(() => runActions.toggleTimer(db, repositories, workshop.id, nowMs()));
  const finish = () => act(() => runActions.complete(db, repositories, workshop.id, nowMs()));
  const forward = () => {
    if (!clear) return;
    if (next) goTo(next);
    else finish();
  };

  // Keyboard: the latest handlers, read by one listener.
  const keys = useRef({ forward, back: () => previous && goTo(previous), toggleTimer });
  useEffect(() => {
    keys.current = { forward, back: () => previous && goTo(previous), toggleTimer };
  });
  const running = run.status === 'running';
  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const ctrl = event.ctrlKey || event.metaKey;
      if (event.key === 'PageDown' || (ctrl && event.key === 'ArrowRight')) {
        event.preventDefault();
        keys.current.forward();
      } else if (event.key === 'PageUp' || (ctrl && event.key === 'ArrowLeft')) {
        event.preventDefault();
        keys.current.back();
      } else if (event.altKey && event.key.toLowerCase() === 't') {
        event.preventDefault();
        keys.current.toggleTimer();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [running]);

  const presenterButton = (
    <button type="button" onClick={() => act(() => openPresenter(workshop.id))}>
      {t('runner.openPresenter')}
    </button>
  );

  if (run.status === 'planned' || (run.status === 'running' && !current)) {
    return (
      <section className="card run-start" aria-labelledby="run-start-title">
        <h2 id="run-start-title">{t('runner.start.title')}</h2>
        <p>{t('runner.start.intro', { count: order.length })}</p>
        {order.length === 0 ? (
          <p className="form-error">{t('runner.start.noStages')}</p>
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button-primary"
              onClick={() =>
                act(() =>
                  run.status === 'planned'
                    ? runActions.start(db, repositories, workshop.id, nowMs())
                    : runActions.goTo(db, repositories, workshop.id, order[0]!.id, nowMs()),
                )
              }
            >
              {t('runner.start.button')}
            </button>
            {presenterButton}
          </div>
        )}
      </section>
    );
  }

  if (run.status === 'completed' || !current) {
    return (
      <section className="card run-done" aria-labelledby="run-done-title">
        <h2 id="run-done-title">{t('runner.done.title')}</h2>
        <p>{t('runner.done.intro')}</p>
        <div className="button-row">
          <a className="button button-primary" href={workshopHref(workshop.id, 'report')}>
            {t('runner.done.report')}
          </a>
          {order.length > 0 && (
            <button type="button" onClick={() => goTo(order[order.length - 1]!)}>
              {t('runner.done.reopen')}
            </button>
          )}
        </div>
      </section>
    );
  }

  const planned = plannedMinutes(current, workshop.agenda);
  const title = methodText(current.title, language);
  return (
    <div className="runner">
      <nav className="run-steps" aria-label={t('runner.steps')}>
        <ol>
          {order.map((stage, position) => (
            <li key={stage.id}>
              <button
                type="button"
                className={stage.id === current.id ? 'current' : position < index ? 'done' : ''}
                aria-current={stage.id === current.id ? 'step' : undefined}
                onClick={() => stage.id !== current.id && goTo(stage)}
              >
                <span className="run-step-code">{stage.code}</span>{' '}
                {methodText(stage.title, language)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <article className="run-stage" aria-labelledby="stage-title">
        <header className="run-stage-header">
          <div>
            <p className="run-stage-position">
              {t('runner.position', { n: index + 1, count: order.length })}
            </p>
            <h2 id="stage-title">
              <span className="run-step-code">{current.code}</span> {title}
            </h2>
            <p className="run-purpose">{methodText(current.purpose, language)}</p>
          </div>
          <div className="run-timer-box">
            <StageTimer run={run} plannedMinutes={planned} />
            <div className="button-row">
              <button type="button" onClick={toggleTimer} aria-keyshortcuts="Alt+T">
                {run.timer.runningSince ? t('runner.timer.pause') : t('runner.timer.resume')}
              </button>
              {presenterButton}
            </div>
          </div>
        </header>
        <details className="run-guidance" open>
          <summary>{t('runner.guidance')}</summary>
          <p>{methodText(current.guidance, language)}</p>
        </details>
        <StageEditor data={data} stage={current} />
        <GatesPanel workshopId={workshop.id} stage={current} results={results} />
        <footer className="run-nav">
          <button
            type="button"
            disabled={!previous}
            aria-keyshortcuts="PageUp Control+ArrowLeft"
            onClick={() => previous && goTo(previous)}
          >
            {previous
              ? t('runner.back', {
                  stage: `${previous.code} ${methodText(previous.title, language)}`,
                })
              : t('runner.backNone')}
          </button>
          {!clear && <p className="run-nav-blocked">{t('runner.blocked')}</p>}
          <button
            type="button"
            className="button-primary"
            disabled={!clear}
            aria-keyshortcuts="PageDown Control+ArrowRight"
            onClick={forward}
          >
            {next
              ? t('runner.next', { stage: `${next.code} ${methodText(next.title, language)}` })
              : t('runner.finish')}
          </button>
        </footer>
        <p className="field-hint">{t('runner.shortcuts')}</p>
      </article>
    </div>
  );
}
