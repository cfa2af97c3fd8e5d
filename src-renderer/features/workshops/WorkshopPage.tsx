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
import { RecordGate } from '../../ui/RecordGate';
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
  const restore = useRestoreWorkshop();
  return (
    <RecordGate
      value={workshop}
      isDeleted={(record) => record.deleted}
      nameOf={(record) => record.name}
      back={{ href: hrefOf('workshops'), label: t('workshops.back') }}
      notFoundText={t('workshops.notFound')}
      deletedText={{
        title: t('workshops.delete.deletedTitle'),
        body: t('workshops.delete.deletedBody'),
      }}
      onRestore={(record) => void restore(record.id, record.name)}
    >
      {(record) => (
        <section className={`page workshop-page view-${view}`} aria-labelledby="workshop-title">
          <div className="page-header no-print">
            <h1 id="workshop-title">
              <bdi>{record.name}</bdi>
            </h1>
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
          {view === 'plan' && <WorkshopPlanView workshop={record} />}
          {view === 'participants' && <ParticipantsView workshop={record} />}
          {view === 'run' && <RunView workshopId={id} />}
          {view === 'report' && <ReportView workshopId={id} />}
        </section>
      )}
    </RecordGate>
  );
}

function useRestoreWorkshop() {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  return async (id: string, name: string) => {
    try {
      await repositories.workshops.restore(id);
      notify({ tone: 'success', message: t('workshops.delete.restored', { name }) });
    } catch (error) {
      notifyError(error);
    }
  };
}
