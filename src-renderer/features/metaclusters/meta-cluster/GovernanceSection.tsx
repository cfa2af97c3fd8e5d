/**
 * A meta-cluster's governance (roles — the lead role is the lead cluster — and decision rule) and
 * its agreement with the signatories: the same editors as the workshop's governance stage.
 */
import { useTranslation } from 'react-i18next';
import { rolesAgreeingWith } from '../../../../src-core/edits';
import type { MetaClusterWorkspace } from '../../../db/metaclusters';
import { useCommand } from '../../../ui/useCommand';
import { AgreementEditor } from '../../editors/AgreementEditor';
import { GovernanceEditor } from '../../editors/GovernanceEditor';

export function GovernanceSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t } = useTranslation();
  const run = useCommand();
  const record = ws.metaCluster;
  const id = record.id;
  const agreement = record.agreement;
  const nameOf = new Map(ws.clusters.map((cluster) => [cluster.id, cluster.name]));
  const roles = rolesAgreeingWith(record.members, record.governance.leadClusterId);
  const saved = { success: t('forms.notices.saved'), undo: false };
  return (
    <section className="card" aria-labelledby="governance-title">
      <h2 id="governance-title">{t('metaClusters.governanceTitle')}</h2>
      <GovernanceEditor
        clusters={record.members.map((member) => ({
          id: member.clusterId,
          name: nameOf.get(member.clusterId) ?? member.clusterId,
        }))}
        roleOf={(clusterId) => roles.find((row) => row.clusterId === clusterId)?.role ?? 'member'}
        onRole={(clusterId, role) =>
          void run(
            'metaCluster.setRole',
            { id, clusterId, role },
            { success: t('forms.notices.saved') },
          )
        }
        rule={record.governance.decisionRule}
        onRule={(rule) => run('metaCluster.setRule', { id, rule }, saved)}
      />
      <h3>{t('metaClusters.agreementTitle')}</h3>
      <AgreementEditor
        mode="date"
        type={agreement.type}
        onType={(type) => void run('metaCluster.agreement', { id, patch: { type } }, saved)}
        status={{
          value: agreement.status,
          onChange: (status) => void run('metaCluster.agreement', { id, patch: { status } }, saved),
        }}
        signedOn={{
          value: agreement.signedOn,
          onChange: (signedOn) =>
            void run('metaCluster.agreement', { id, patch: { signedOn } }, saved),
        }}
        signatories={agreement.signatories}
        onAdd={(person) =>
          run(
            'metaCluster.addSignatory',
            {
              id,
              person: {
                name: person.name,
                organisation: person.organisation,
                signedOn: person.signedOn ?? null,
              },
            },
            { success: t('editors.agreement.added') },
          )
        }
        onEdit={(key, patch) =>
          void run(
            'metaCluster.editSignatory',
            { id, key, patch: patch.signedOn !== undefined ? { signedOn: patch.signedOn } : {} },
            saved,
          )
        }
        onRemove={(person) =>
          void run(
            'metaCluster.removeSignatory',
            { id, key: person },
            { success: t('editors.agreement.removed', { name: person.name }) },
          )
        }
      />
    </section>
  );
}
