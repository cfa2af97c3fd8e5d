/**
 * Governance and the roadmap, as agreed in the room: lead cluster, roles, decision rule, the
 * agreement (Letter of Interest or MoU) with its signatories; then the action plan. Both stay
 * workshop records (what was agreed that day) and can be applied to the meta-cluster itself, whose
 * page and pilot dashboard then show them.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src-core/method';
import type { MetaClusterFields } from '../../../../src-core/model/entities';
import { actionStatuses, agreementTypes, metaClusterRoles } from '../../../../src-core/model/enums';
import { signatoryStatuses, type EntryOf } from '../../../../src-core/model/workshop-run';
import { useWorkspace } from '../../../db/provider';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { useStudioStore } from '../../../state/store';
import { todayIso } from '../../../ui/today';
import { useNotifyError } from '../../../ui/useNotifyError';
import { workshopHref } from '../WorkshopPage';
import { useEntryActions } from './useEntryActions';

interface StageProps {
  readonly data: RunData;
  readonly stage: Stage;
}

function useApplyToMetaCluster(data: RunData) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  return async (patch: Partial<MetaClusterFields>) => {
    if (!data.metaCluster) return;
    try {
      await repositories.metaClusters.update(data.metaCluster.id, patch);
      notify({
        tone: 'success',
        message: t('runner.capture.applied', { name: data.metaCluster.name }),
      });
    } catch (error) {
      notifyError(error);
    }
  };
}

export function GovernanceStage({ data, stage }: StageProps) {
  const { t } = useTranslation();
  const { save } = useEntryActions(data.workshop.id, stage.id);
  const apply = useApplyToMetaCluster(data);
  const governance = entriesOfKind(data.entries, 'governance').at(-1);
  const agreement = entriesOfKind(data.entries, 'agreement').at(-1);
  const [signatory, setSignatory] = useState({ name: '', organisation: '' });
  const current: EntryOf<'governance'> = governance?.entry ?? {
    kind: 'governance',
    leadClusterId: null,
    decisionRule: '',
    roles: data.clusters.map((cluster, index) => ({
      clusterId: cluster.id,
      role: index === 0 ? 'lead' : 'member',
    })),
  };
  const deal: EntryOf<'agreement'> = agreement?.entry ?? {
    kind: 'agreement',
    type: 'letter-of-interest',
    signatories: [],
  };
  const saveGovernance = (patch: Partial<EntryOf<'governance'>>) =>
    void save({ ...current, ...patch }, governance?.id);
  const saveAgreement = (patch: Partial<EntryOf<'agreement'>>) =>
    void save({ ...deal, ...patch }, agreement?.id);
  const roleOf = (clusterId: string) =>
    current.roles.find((role) => role.clusterId === clusterId)?.role ?? 'member';

  function applyAll() {
    const allSigned =
      deal.signatories.length > 0 && deal.signatories.every((s) => s.status === 'signed');
    const members = data.metaCluster?.members ?? [];
    void apply({
      governance: { leadClusterId: current.leadClusterId, decisionRule: current.decisionRule },
      members: members.map((member) => ({ ...member, role: roleOf(member.clusterId) })),
      agreement: {
        type: deal.type,
        status: allSigned ? 'signed' : 'draft',
        signedOn: allSigned ? todayIso() : null,
        signatories: deal.signatories.map((s) => ({
          name: s.name,
          organisation: s.organisation,
          signedOn: s.status === 'signed' ? todayIso() : null,
        })),
      },
    });
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.governance.title')}</h3>
      <div className="inline-form">
        <label className="field">
          <span>{t('runner.capture.governance.lead')}</span>
          <select
            value={current.leadClusterId ?? ''}
            onChange={(event) => saveGovernance({ leadClusterId: event.target.value || null })}
          >
            <option value="">{t('runner.capture.governance.noLead')}</option>
            {data.clusters.map((cluster) => (
              <option key={cluster.id} value={cluster.id}>
                {cluster.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field grow">
          <span>{t('runner.capture.governance.rule')}</span>
          <input
            key={current.decisionRule}
            defaultValue={current.decisionRule}
            maxLength={300}
            onBlur={(event) =>
              event.target.value.trim() !== current.decisionRule &&
              saveGovernance({ decisionRule: event.target.value.trim() })
            }
          />
        </label>
      </div>
      <table className="data-table compact">
        <caption>{t('runner.capture.governance.roles')}</caption>
        <tbody>
          {data.clusters.map((cluster) => (
            <tr key={cluster.id}>
              <th scope="row">{cluster.name}</th>
              <td>
                <select
                  aria-label={t('runner.capture.governance.roleOf', { cluster: cluster.name })}
                  value={roleOf(cluster.id)}
                  onChange={(event) =>
                    saveGovernance({
                      roles: [
                        ...current.roles.filter((role) => role.clusterId !== cluster.id),
                        {
                          clusterId: cluster.id,
                          role: event.target.value as (typeof metaClusterRoles)[number],
                        },
                      ],
                    })
                  }
                >
                  {metaClusterRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`codes.metaClusterRoles.${role}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h4>{t('runner.capture.agreement.title')}</h4>
      <label className="field">
        <span>{t('runner.capture.agreement.type')}</span>
        <select
          value={deal.type}
          onChange={(event) =>
            saveAgreement({ type: event.target.value as (typeof agreementTypes)[number] })
          }
        >
          {agreementTypes.map((type) => (
            <option key={type} value={type}>
              {t(`metaClusters.agreementTypes.${type}`)}
            </option>
          ))}
        </select>
      </label>
      <ul className="plain-list">
        {deal.signatories.map((person, index) => (
          <li key={`${person.name}-${index}`} className="inline-form">
            <span>
              {person.name}
              {person.organisation && ` — ${person.organisation}`}
            </span>
            <select
              aria-label={t('runner.capture.agreement.statusOf', { name: person.name })}
              value={person.status}
              onChange={(event) =>
                saveAgreement({
                  signatories: deal.signatories.map((s, i) =>
                    i === index
                      ? { ...s, status: event.target.value as (typeof signatoryStatuses)[number] }
                      : s,
                  ),
                })
              }
            >
              {signatoryStatuses.map((status) => (
                <option key={status} value={status}>
                  {t(`runner.capture.agreement.statuses.${status}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="link"
              onClick={() =>
                saveAgreement({ signatories: deal.signatories.filter((_, i) => i !== index) })
              }
            >
              {t('common.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (signatory.name.trim() === '') return;
          saveAgreement({
            signatories: [
              ...deal.signatories,
              {
                name: signatory.name.trim(),
                organisation: signatory.organisation.trim(),
                status: 'pending',
              },
            ],
          });
          setSignatory({ name: '', organisation: '' });
        }}
      >
        <label className="field">
          <span>{t('runner.capture.agreement.signatory')}</span>
          <input
            value={signatory.name}
            maxLength={120}
            onChange={(event) => setSignatory({ ...signatory, name: event.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('runner.capture.agreement.organisation')}</span>
          <input
            value={signatory.organisation}
            maxLength={300}
            onChange={(event) => setSignatory({ ...signatory, organisation: event.target.value })}
          />
        </label>
        <button type="submit">{t('runner.capture.agreement.addSignatory')}</button>
      </form>
      {data.metaCluster && (
        <button type="button" onClick={applyAll}>
          {t('runner.capture.governance.apply', { name: data.metaCluster.name })}
        </button>
      )}
    </section>
  );
}

export function RoadmapStage({ data, stage }: StageProps) {
  const { t } = useTranslation();
  const { save, remove } = useEntryActions(data.workshop.id, stage.id);
  const apply = useApplyToMetaCluster(data);
  const [text, setText] = useState('');
  const actions = entriesOfKind(data.entries, 'action-plan');
  const owners = [...new Set(data.participants.map((p) => p.organisation).filter(Boolean))];
  const listId = `owners-${stage.id}`;

  function copyToMetaCluster() {
    if (!data.metaCluster) return;
    const others = data.metaCluster.actions.filter(
      (action) => !actions.some((row) => row.id === action.id),
    );
    void apply({
      actions: [
        ...others,
        ...actions.map((row) => ({
          id: row.id,
          text: row.entry.text,
          owner: row.entry.owner,
          due: row.entry.due,
          kpi: row.entry.kpi,
          status: row.entry.status,
        })),
      ],
    });
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t('runner.capture.action-plan.title')}</h3>
      <datalist id={listId}>
        {owners.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <table className="data-table compact action-plan">
        <thead>
          <tr>
            <th scope="col">{t('runner.capture.action-plan.action')}</th>
            <th scope="col">{t('runner.capture.action-plan.owner')}</th>
            <th scope="col">{t('runner.capture.action-plan.due')}</th>
            <th scope="col">{t('runner.capture.action-plan.kpi')}</th>
            <th scope="col">{t('runner.capture.action-plan.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.map((row) => {
            const entry = row.entry;
            const change = (patch: Partial<EntryOf<'action-plan'>>) =>
              void save({ ...entry, ...patch }, row.id);
            return (
              <tr key={row.id}>
                <th scope="row">{entry.text}</th>
                <td>
                  <input
                    key={entry.owner}
                    list={listId}
                    defaultValue={entry.owner}
                    maxLength={300}
                    aria-label={t('runner.capture.action-plan.ownerOf', { action: entry.text })}
                    onBlur={(event) =>
                      event.target.value.trim() !== entry.owner &&
                      change({ owner: event.target.value.trim() })
                    }
                  />
                </td>
                <td>
                  <input
                    type="date"
                    value={entry.due ?? ''}
                    aria-label={t('runner.capture.action-plan.dueOf', { action: entry.text })}
                    onChange={(event) => change({ due: event.target.value || null })}
                  />
                </td>
                <td>
                  <input
                    key={entry.kpi}
                    defaultValue={entry.kpi}
                    maxLength={300}
                    aria-label={t('runner.capture.action-plan.kpiOf', { action: entry.text })}
                    onBlur={(event) =>
                      event.target.value.trim() !== entry.kpi &&
                      change({ kpi: event.target.value.trim() })
                    }
                  />
                </td>
                <td>
                  <select
                    value={entry.status}
                    aria-label={t('runner.capture.action-plan.statusOf', { action: entry.text })}
                    onChange={(event) =>
                      change({ status: event.target.value as (typeof actionStatuses)[number] })
                    }
                  >
                    {actionStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(`metaClusters.actionStatuses.${status}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <button type="button" onClick={() => void remove(row.id, entry.text)}>
                    {t('common.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          const submitted = text;
          void save({
            kind: 'action-plan',
            text: text.trim(),
            owner: '',
            due: null,
            kpi: '',
            status: 'planned',
          }).then((saved) => saved && setText((now) => (now === submitted ? '' : now)));
        }}
      >
        <label className="field grow">
          <span>{t('runner.capture.action-plan.new')}</span>
          <input value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
        </label>
        <button type="submit" className="button-primary">
          {t('runner.capture.action-plan.add')}
        </button>
      </form>
      {data.metaCluster && actions.length > 0 && (
        <button type="button" onClick={copyToMetaCluster}>
          {t('runner.capture.action-plan.copy', { name: data.metaCluster.name })}
        </button>
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
