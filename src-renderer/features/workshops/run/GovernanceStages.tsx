/**
 * Governance and the roadmap, as agreed in the room: member roles (the lead role is the lead
 * cluster), the decision rule, the agreement (Letter of Interest or MoU) with its signatories; then
 * the action plan. Both stay workshop records (what was agreed that day) and can be applied to the
 * meta-cluster itself — after a confirmation, with Undo — whose page then shows them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionTextsFromTopIdeas,
  initialGovernance,
  rolesAgreeingWith,
  talliesOf,
} from '../../../../src-core/edits';
import type { Stage } from '../../../../src-core/method';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { useCommand } from '../../../ui/useCommand';
import { ActionLinesEditor } from '../../editors/ActionLinesEditor';
import { AgreementEditor } from '../../editors/AgreementEditor';
import { GovernanceEditor } from '../../editors/GovernanceEditor';
import { workshopHref } from '../../../routing/workshops';

/** How many of the best-voted ideas become action lines at once. */
const TOP_IDEAS = 5;

interface StageProps {
  readonly data: RunData;
  readonly stage: Stage;
}

/** A button that writes the stage's result onto the meta-cluster once the facilitator confirms. */
function ApplyButton({
  data,
  label,
  body,
  command,
}: {
  data: RunData;
  label: string;
  body: string;
  command: 'workshop.applyGovernance' | 'workshop.copyActions';
}) {
  const { t } = useTranslation();
  const run = useCommand();
  const [asking, setAsking] = useState(false);
  const metaCluster = data.metaCluster;
  if (!metaCluster) return null;
  return (
    <>
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
      <ConfirmDialog
        open={asking}
        title={label}
        body={body}
        confirmLabel={label}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          void run(
            command,
            { workshopId: data.workshop.id, metaClusterId: metaCluster.id },
            { success: t('runner.capture.applied', { name: metaCluster.name }) },
          );
        }}
      />
    </>
  );
}

export function GovernanceStage({ data, stage }: StageProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const target = { workshopId: data.workshop.id, stageId: stage.id };
  const clusterIds = data.clusters.map((cluster) => cluster.id);
  const governance =
    entriesOfKind(data.entries, 'governance').at(-1)?.entry ?? initialGovernance(clusterIds);
  const roles = rolesAgreeingWith(governance.roles, governance.leadClusterId);
  const deal = entriesOfKind(data.entries, 'agreement').at(-1)?.entry;
  const saved = { success: t('editors.roles.saved'), undo: false };
  const name = data.metaCluster?.name ?? '';

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.governance.title')}</h3>
      <GovernanceEditor
        clusters={data.clusters}
        roleOf={(id) => roles.find((row) => row.clusterId === id)?.role ?? 'member'}
        onRole={(clusterId, role) =>
          void run('governance.setRole', { ...target, clusterIds, clusterId, role }, saved)
        }
        rule={governance.decisionRule}
        onRule={(rule) => run('governance.setRule', { ...target, clusterIds, rule }, saved)}
      />
      <h4>{t('runner.capture.agreement.title')}</h4>
      <AgreementEditor
        mode="status"
        type={deal?.type ?? 'letter-of-interest'}
        onType={(type) => void run('agreement.setType', { ...target, type }, saved)}
        signatories={deal?.signatories ?? []}
        onAdd={(person) =>
          run(
            'agreement.addSignatory',
            { ...target, person: { ...person, status: person.status ?? 'pending' } },
            { success: t('editors.agreement.added') },
          )
        }
        onEdit={(key, patch) =>
          void run(
            'agreement.editSignatory',
            { ...target, key, patch: patch.status ? { status: patch.status } : {} },
            saved,
          )
        }
        onRemove={(person) =>
          void run(
            'agreement.removeSignatory',
            { ...target, key: person },
            { success: t('editors.agreement.removed', { name: person.name }) },
          )
        }
      />
      <ApplyButton
        data={data}
        command="workshop.applyGovernance"
        label={t('runner.capture.governance.apply', { name })}
        body={t('editors.apply.governanceBody', { name })}
      />
    </section>
  );
}

export function RoadmapStage({ data, stage }: StageProps) {
  const { t } = useTranslation();
  const run = useCommand();
  const rows = entriesOfKind(data.entries, 'action-plan');
  const owners = [...new Set(data.participants.map((p) => p.organisation).filter(Boolean))];
  const name = data.metaCluster?.name ?? '';
  // The best-voted ideas not yet action lines (the command adds exactly these).
  const fromIdeas = actionTextsFromTopIdeas(
    talliesOf(data.entries),
    TOP_IDEAS,
    rows.map((row) => row.entry.text),
  ).length;
  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.action-plan.title')}</h3>
      {fromIdeas > 0 && (
        <p className="feed-row">
          <button
            type="button"
            onClick={() =>
              void run(
                'actions.fromTopIdeas',
                { workshopId: data.workshop.id, stageId: stage.id, count: TOP_IDEAS },
                { success: t('editors.feed.actionsAdded', { count: fromIdeas }) },
              )
            }
          >
            {t('editors.feed.actionsFromIdeas', { count: fromIdeas })}
          </button>
        </p>
      )}
      <ActionLinesEditor
        label={t('runner.capture.action-plan.title')}
        lines={rows.map((row) => ({ id: row.id, ...row.entry }))}
        ownerSuggestions={owners}
        onAdd={(action) =>
          run(
            'entry.add',
            {
              workshopId: data.workshop.id,
              stageId: stage.id,
              entry: { kind: 'action-plan', ...action, status: 'planned' },
            },
            { success: t('editors.actions.added') },
          )
        }
        onEdit={(id, patch) =>
          run(
            'entry.patch',
            { id, kind: 'action-plan', patch },
            { success: t('editors.actions.saved'), undo: false },
          )
        }
        onRemove={(line) =>
          void run(
            'entry.remove',
            { id: line.id },
            { success: t('editors.actions.removed', { action: line.text }) },
          )
        }
      />
      {rows.length > 0 && (
        <ApplyButton
          data={data}
          command="workshop.copyActions"
          label={t('runner.capture.action-plan.copy', { name })}
          body={t('editors.apply.actionsBody', { name, count: rows.length })}
        />
      )}
    </section>
  );
}

export function CloseStage({ data, stage }: StageProps) {
  const { t } = useTranslation();
  const reports = entriesOfKind(data.entries, 'workshop-report');
  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.workshop-report.title')}</h3>
      <p>
        {reports.length > 0
          ? t('runner.capture.workshop-report.done')
          : t('runner.capture.workshop-report.todo')}
      </p>
      <a className="button" href={workshopHref(data.workshop.id, 'report')}>
        {t('runner.capture.workshop-report.open')}
      </a>
    </section>
  );
}
