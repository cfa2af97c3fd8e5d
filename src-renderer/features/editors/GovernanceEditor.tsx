/**
 * Governance: each member cluster's role — the one with the lead role is the lead cluster, so
 * roles and lead never disagree — and the decision rule. Shared by the runner's governance stage
 * and a meta-cluster's page; every field saves on its own through the caller's commands.
 */
import { useTranslation } from 'react-i18next';
import { metaClusterRoles } from '../../../src-core/model/enums';
import { SelectField, TextArea, enumOptions } from '../../ui/form';
import { StaticTable } from '../../ui/table/StaticTable';

type Role = (typeof metaClusterRoles)[number];

export interface GovernanceEditorProps {
  readonly clusters: readonly { readonly id: string; readonly name: string }[];
  readonly roleOf: (clusterId: string) => Role;
  readonly onRole: (clusterId: string, role: Role) => void;
  readonly rule: string;
  readonly onRule: (rule: string) => Promise<boolean>;
}

export function GovernanceEditor({
  clusters,
  roleOf,
  onRole,
  rule,
  onRule,
}: GovernanceEditorProps) {
  const { t } = useTranslation();
  const options = enumOptions(metaClusterRoles, (role) => t(`codes.metaClusterRoles.${role}`));
  return (
    <div className="governance-editor">
      <p className="field-hint">{t('editors.roles.hint')}</p>
      <StaticTable
        label={t('editors.roles.caption')}
        isCompact
        rows={clusters}
        rowKey={(cluster) => cluster.id}
        columns={[
          { id: 'cluster', header: t('editors.roles.cluster'), cell: (cluster) => cluster.name },
          {
            id: 'role',
            header: t('editors.roles.role'),
            cell: (cluster) => (
              <SelectField
                hideLabel
                label={t('editors.roles.roleOf', { cluster: cluster.name })}
                value={roleOf(cluster.id)}
                options={options}
                onChange={(role) => onRole(cluster.id, role as Role)}
              />
            ),
          },
        ]}
      />
      <TextArea
        label={t('editors.roles.rule')}
        hint={t('editors.roles.ruleHint')}
        value={rule}
        maxLength={300}
        onCommit={onRule}
      />
    </div>
  );
}
