/**
 * One workshop, in four tabs that follow the day: Plan (agenda), Participants (invite, walk-ins,
 * check-in, sign-in sheet and name tags), Run (the stepper the facilitator drives in the room)
 * and Report. The tab is part of the address (`#/workshops/<id>?view=run`), so a reload opens
 * the same tab — and the run itself resumes where it stood, from the stored run state. A deleted
 * workshop says so and offers to restore it.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../routing/router';
import { workshopHref, workshopViewOf, workshopViews } from '../../routing/workshops';
import { useWorkspace } from '../../db/provider';
import { useRecord } from '../../db/record-queries';
import { useStudioStore } from '../../state/store';
import { useNotifyError } from '../../ui/useNotifyError';
import { ParticipantsView } from './participants/ParticipantsView';
import { ReportView } from './report/ReportView';
import { RunView } from './run/RunView';
import { WorkshopPlanView } from './WorkshopPlanView';
import './run/run.css';

export function WorkshopPage({ id, view: viewParam }: { id: string; view: string | undefined }) {
  const view = workshopViewOf(viewParam);
  const { t } = useTranslation();
  const workshop = useRecord('workshops', id);

  if (workshop === undefined) return <p className="page">{t('forms.states.loading')}</p>;
  if (workshop?.deleted) return <DeletedWorkshop id={id} name={workshop.name} />;
  if (workshop === null) {
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

function DeletedWorkshop({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();

  async function restore() {
    try {
      await repositories.workshops.restore(id);
      notify({ tone: 'success', message: t('workshops.delete.restored', { name }) });
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <section className="page" aria-labelledby="workshop-title">
      <h1 id="workshop-title">{name}</h1>
      <p className="form-note" role="status">
        <strong>{t('workshops.delete.deletedTitle')}</strong> {t('workshops.delete.deletedBody')}
      </p>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={() => void restore()}>
          {t('forms.actions.restore')}
        </button>
        <a className="button" href={hrefOf('workshops')}>
          {t('workshops.back')}
        </a>
      </div>
    </section>
  );
}
