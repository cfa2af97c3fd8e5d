/**
 * Rows of a recruitment plan — who or what, an owner and a date — edited in a table: the actions
 * of a cluster's reinforcement plan (its page) and the shortlisted organisations a reinforcement
 * workshop plans (the runner) are the same rows. Each field saves on its own through the caller
 * (a command, or the runner's row not added yet); the caller adds the last column (done, add).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, TextInput } from '../../ui/form';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import './recruitment-plan.css';

export interface PlanRow {
  readonly id: string;
  /** The organisation or the action, as the row's header and in its fields' names. */
  readonly name: string;
  readonly owner: string;
  readonly due: string | null;
}

export interface PlanRowPatch {
  readonly owner?: string;
  readonly due?: string | null;
}

export interface RecruitmentPlanEditorProps<R extends PlanRow> {
  /** The table's accessible name. */
  readonly label: string;
  /** What a row is ("Organisation", "Action"). */
  readonly nameHeader: string;
  readonly rows: readonly R[];
  /** Resolves false when the write was refused (the typed owner stays, to be corrected). */
  readonly onEdit: (row: R, patch: PlanRowPatch) => Promise<boolean> | boolean;
  /** The row's header cell (a done checkbox, a link); its name by default. */
  readonly renderName?: (row: R) => ReactNode;
  readonly actionHeader: string;
  readonly action: (row: R) => ReactNode;
}

/** The longest owner every plan row accepts (a cluster plan's action owner). */
const OWNER_LENGTH = 120;

export function RecruitmentPlanEditor<R extends PlanRow>(props: RecruitmentPlanEditorProps<R>) {
  const { t } = useTranslation();
  const { onEdit } = props;
  const columns: StaticColumn<R>[] = [
    {
      id: 'name',
      header: props.nameHeader,
      cell: (row) => (props.renderName ? props.renderName(row) : row.name),
    },
    {
      id: 'owner',
      header: t('reinforcement.planRows.owner'),
      cell: (row) => (
        <TextInput
          hideLabel
          label={t('reinforcement.planRows.ownerOf', { name: row.name })}
          value={row.owner}
          maxLength={OWNER_LENGTH}
          onCommit={(owner) => onEdit(row, { owner })}
        />
      ),
    },
    {
      id: 'due',
      header: t('reinforcement.planRows.due'),
      cell: (row) => (
        <DateInput
          hideLabel
          label={t('reinforcement.planRows.dueOf', { name: row.name })}
          value={row.due ?? ''}
          onChange={(due) => void onEdit(row, { due: due || null })}
        />
      ),
    },
    { id: 'action', header: props.actionHeader, cell: props.action },
  ];
  return (
    <div className="table-scroll plan-rows">
      <StaticTable
        label={props.label}
        columns={columns}
        rows={props.rows}
        rowKey={(row) => row.id}
        isCompact
      />
    </div>
  );
}
