/**
 * One workshop, in four tabs that follow the day: Plan (agenda), Participants (invite, walk-ins,
 * check-in, sign-in sheet and name tags), Run (the stepper the facilitator drives in the room)
 * and Report. The tab is part of the address (`#/workshops/<id>?view=run`), so a reload opens
 * the same tab — and the run itself resumes where it stood, from the stored run state.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/router';
import { useRecord } from '../../db/record-queries';
import { ParticipantsView } from './participants/ParticipantsView';
import { ReportView } from './report/ReportView';
import { RunView } from './run/RunView';
import { WorkshopPlanView } from './WorkshopPlanView';
import './run/run.css';

export const workshopViews = ['plan', 'participants', 'run', 'report'] as const;
export type WorkshopView = (typeof workshopViews)[number];

export function workshopViewOf(value: string | undefined): WorkshopView {
  return workshopViews.find((view) => view === value) ?? 'plan';
}

export function workshopHref(id: string, view: WorkshopView | 'present'): string {
  return hrefOf('workshops', id, undefined, { view });
}

export function WorkshopPage({ id, view }: { id: string; view: WorkshopView }) {
  const { t } = useTranslation();
  const workshop = useRecord('workshops', id);

  if (workshop === undefined) return <p className="page">{t('forms.states.loading')}</p>;
  if (workshop === null || workshop.deleted) {
    return (
      <section className="page">
        <h1>{t('forms.states.notFoundTitle')}</h1>
        <a href={hrefOf('workshops')}>{t('workshops.back')}</a>
      </section>
    );
  }
  return (
    <section className={`page workshop-page view-${view}`} aria-labelledby="workshop-title">
      <div className="page-header no-print">
        <h1 id="workshop-title">{workshop.name}</h1>
        <a href={hrefOf('workshops')}>{t('workshops.back')}</a>
      </div>
      <nav className="tabs no-print" aria-label={t('runner.tabs.label')}>
        {workshopViews.map((name) => (
          <a
            key={name}
            href={workshopHref(id, name)}
            aria-current={name === view ? 'page' : undefined}
          >
            {t(`runner.tabs.${name}`)}
          </a>
        ))}
      </nav>
      {view === 'plan' && <WorkshopPlanView workshop={workshop} />}
      {view === 'participants' && <ParticipantsView workshop={workshop} />}
      {view === 'run' && <RunView workshopId={id} />}
      {view === 'report' && <ReportView workshopId={id} />}
    </section>
  );
}
