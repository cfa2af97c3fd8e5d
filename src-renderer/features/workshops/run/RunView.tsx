/**
 * The stepper the facilitator drives in the room: the stages in the planned order, the current
 * stage with its purpose and guidance, what the stage captures, and its gate checks, under a bar
 * that stays in view while a long stage scrolls (StageNavBar: position, countdown with overrun,
 * gate status, Back and Next). Next waits until every gate passed or was overridden with a reason;
 * a refused move says why. Keyboard: PageDown / Ctrl+→ next, PageUp / Ctrl+← back (neither ever
 * finishes the workshop: that takes the Finish button), Alt+T pauses or starts the timer. A move
 * is announced ("Stage 4 of 9: …") and puts focus on the stage's heading.
 * Every step is stored on the workshop at once (db/workshop-run.ts), so a reload — or a crash —
 * resumes on the same stage with the same time.
 */
import { useEffect, useRef, useState } from 'react';
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
import { workshopHref } from '../../../routing/workshops';
import { StageEditor } from './StageEditor';
import { GatesPanel } from './GatesPanel';
import { StageNavBar, type StageNavHold, type StageNavNotice } from './StageNavBar';
import { closeRoomOf } from '../../../room/useRoomSource';
import { RoomPanel } from './room/RoomPanel';
import { RoomSizeField } from './RoomSizeField';
import { stageArrows } from './stage-nav';

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

/** Puts focus on a heading and shows it (or its section, from the top) below the sticky bar. */
function focusHeading(headingId: string, scrollTo: 'heading' | 'section'): void {
  const heading = document.getElementById(headingId);
  if (!heading) return;
  heading.focus({ preventScroll: true });
  const target = scrollTo === 'section' ? (heading.closest('section') ?? heading) : heading;
  // 'nearest' leaves a visible heading where it is; the page's scroll padding keeps it below the bar.
  target.scrollIntoView({ block: scrollTo === 'section' ? 'start' : 'nearest' });
}

function Runner({ data }: { data: RunData }) {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notifyError = useNotifyError();
  const { workshop, order } = data;
  const run = workshop.run;
  const language = i18n.language;
  const current = order.find((stage) => stage.id === run.currentStageId) ?? null;
  const currentId = current?.id ?? null;
  const { previous, next, index } = neighbours(order, run.currentStageId);
  const results = current ? evaluateStageGates(current, data.gateInputs, run.overrides) : [];
  const clear = gatesClear(results);

  // Why the last move was refused (until the stage changes), and whether a move was made since
  // this view opened: only a move is announced, not a reload landing on a stage.
  const [notice, setNotice] = useState<StageNavNotice | null>(null);
  const [seenStageId, setSeenStageId] = useState(currentId);
  const [hasMoved, setHasMoved] = useState(false);
  if (seenStageId !== currentId) {
    setSeenStageId(currentId);
    setHasMoved(true);
    setNotice(null);
  }
  const announcement =
    hasMoved && current
      ? t('runner.nav.moved', {
          n: index + 1,
          count: order.length,
          stage: methodText(current.title, language),
        })
      : '';

  // Focus follows a move to the new stage's heading (or to "Workshop completed").
  const focusedStageId = useRef(currentId);
  useEffect(() => {
    if (focusedStageId.current === currentId) return;
    focusedStageId.current = currentId;
    focusHeading(currentId === null ? 'run-done-title' : 'stage-title', 'heading');
  }, [currentId]);

  const act = (action: () => Promise<unknown>) => {
    action().catch(notifyError);
  };
  const refuse = (hold: StageNavHold) => setNotice((last) => ({ hold, id: (last?.id ?? 0) + 1 }));
  const goTo = (stage: Stage) =>
    act(() => runActions.goTo(db, repositories, workshop.id, stage.id, nowMs()));
  const toggleTimer = () =>
    act(() => runActions.toggleTimer(db, repositories, workshop.id, nowMs()));
  // Completing the run closes the workshop, and with it the room this tab opened.
  const finish = () =>
    act(async () => {
      await runActions.complete(db, repositories, workshop.id, nowMs());
      await closeRoomOf(workshop.id);
    });
  /** Next; from the keyboard, the last stage does not finish the workshop (a stray key would). */
  const forward = (isKey: boolean) => {
    if (!clear) refuse('gates');
    else if (next) goTo(next);
    else if (isKey) refuse('last');
    else finish();
  };
  const back = () => {
    if (previous) goTo(previous);
    else refuse('first');
  };

  // Keyboard: the latest handlers, read by one listener.
  const keys = useRef({ forward: () => forward(true), back, toggleTimer });
  useEffect(() => {
    keys.current = { forward: () => forward(true), back, toggleTimer };
  });
  const running = run.status === 'running';
  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const ctrl = event.ctrlKey || event.metaKey;
      // The arrows follow the page: in Arabic the next stage is on the left.
      const { next, previous } = stageArrows(document.documentElement.dir);
      if (event.key === 'PageDown' || (ctrl && event.key === next)) {
        event.preventDefault();
        keys.current.forward();
      } else if (event.key === 'PageUp' || (ctrl && event.key === previous)) {
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

  // Stage moves are said here, outside every branch, so the region outlives the branch it names.
  const announcer = (
    <p className="visually-hidden" aria-live="polite" data-testid="stage-announcer">
      {announcement}
    </p>
  );

  const presenterButton = (
    <button type="button" onClick={() => act(() => openPresenter(workshop.id))}>
      {t('runner.openPresenter')}
    </button>
  );

  if (run.status === 'planned' || (run.status === 'running' && !current)) {
    return (
      <>
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
          <RoomSizeField />
        </section>
        {announcer}
      </>
    );
  }

  if (run.status === 'completed' || !current) {
    return (
      <>
        <section className="card run-done" aria-labelledby="run-done-title">
          <h2 id="run-done-title" tabIndex={-1}>
            {t('runner.done.title')}
          </h2>
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
        {announcer}
      </>
    );
  }

  const title = methodText(current.title, language);
  return (
    <>
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
          <StageNavBar
            position={index + 1}
            total={order.length}
            run={run}
            plannedMinutes={plannedMinutes(current, workshop.agenda)}
            results={results}
            previous={previous}
            next={next}
            notice={notice}
            onBack={back}
            onForward={() => forward(false)}
            onToggleTimer={toggleTimer}
            onShowGates={() => focusHeading('gates-title', 'section')}
          />
          <header className="run-stage-header">
            <div>
              <h2 id="stage-title" tabIndex={-1}>
                <span className="run-step-code">{current.code}</span> {title}
              </h2>
              <p className="run-purpose">{methodText(current.purpose, language)}</p>
            </div>
            <div className="button-row">{presenterButton}</div>
          </header>
          <details className="run-guidance" open>
            <summary>{t('runner.guidance')}</summary>
            <p>{methodText(current.guidance, language)}</p>
          </details>
          <StageEditor data={data} stage={current} />
          <RoomPanel data={data} stage={current} />
          <GatesPanel workshopId={workshop.id} stage={current} results={results} />
          <RoomSizeField />
          <p className="field-hint">{t('runner.shortcuts')}</p>
        </article>
      </div>
      {announcer}
    </>
  );
}
