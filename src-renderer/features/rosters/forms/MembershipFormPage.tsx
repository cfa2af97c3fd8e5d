/**
 * Create or edit a membership (organisation ↔ cluster, status, dates). Opened from a cluster or
 * an organisation, the other side is pre-filled: #/memberships/new?clusterId=…&organisationId=….
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipFieldsSchema, type MembershipFields } from '../../../../src-core/model/entities';
import {
  membershipStatusSchema,
  membershipStatuses,
  type MembershipStatus,
} from '../../../../src-core/model/enums';
import { hrefOf } from '../../../routing/router';
import { useMembershipsBetween } from '../../../db/record-queries';
import {
  DateInput,
  SelectField,
  dateOrNull,
  validateWith,
  withRules,
  type FieldErrors,
} from '../../../ui/form';
import { ClusterPicker, OrganisationPicker } from '../../../ui/pickers';
import { EditableRecord, RecordForm, useRecordForm, type FormProps } from './record-form';

export function MembershipFormPage({ id, params }: FormProps) {
  const { t } = useTranslation();
  return (
    <EditableRecord section="memberships" id={id} nameOf={() => t('forms.membership.kind')}>
      {(initial) => <MembershipForm key={id ?? 'new'} id={id} initial={initial} params={params} />}
    </EditableRecord>
  );
}

/** Where Cancel goes: the record, or the page the form was opened from. */
function cancelHrefOf(id: string | undefined, params: Readonly<Record<string, string>>): string {
  if (id) return hrefOf('memberships', id);
  if (params.organisationId) return hrefOf('organisations', params.organisationId);
  if (params.clusterId) return hrefOf('clusters', params.clusterId);
  return hrefOf('memberships');
}

function MembershipForm({
  id,
  initial,
  params,
}: {
  id?: string;
  initial: MembershipFields | null;
  params: Readonly<Record<string, string>>;
}) {
  const { t } = useTranslation();
  const { formRef, errors, isSaving, save } = useRecordForm('memberships', id);
  const [organisationId, setOrganisationId] = useState<string | null>(
    initial?.organisationId ?? params.organisationId ?? null,
  );
  const [clusterId, setClusterId] = useState<string | null>(
    initial?.clusterId ?? params.clusterId ?? null,
  );
  const [status, setStatus] = useState<MembershipStatus>(
    initial?.status ?? membershipStatusSchema.catch('member').parse(params.status),
  );
  const [since, setSince] = useState(initial?.since ?? '');
  const [until, setUntil] = useState(initial?.until ?? '');
  const duplicates = useMembershipsBetween(organisationId, clusterId, id);

  function submit() {
    const candidate = {
      organisationId: organisationId ?? '',
      clusterId: clusterId ?? '',
      status,
      since: dateOrNull(since),
      until: dateOrNull(until),
    };
    const rules: FieldErrors = {};
    if (!organisationId) rules.organisationId = t('forms.errors.chooseOrganisation');
    if (!clusterId) rules.clusterId = t('forms.errors.chooseCluster');
    // ISO dates compare correctly as strings.
    if (since && until && until < since) rules.until = t('forms.errors.untilBeforeSince');
    void save(withRules(validateWith(t, membershipFieldsSchema, candidate), rules));
  }

  const duplicate = duplicates?.[0];

  return (
    <RecordForm
      title={id ? t('forms.membership.editTitle') : t('forms.membership.newTitle')}
      formRef={formRef}
      errors={errors}
      isSaving={isSaving}
      cancelHref={cancelHrefOf(id, params)}
      onSubmit={submit}
    >
      <fieldset className="form-grid">
        <legend>{t('forms.membership.sections.membership')}</legend>
        <OrganisationPicker
          required
          name="organisationId"
          label={t('forms.fields.organisation')}
          value={organisationId}
          onChange={setOrganisationId}
          error={errors.organisationId}
        />
        <ClusterPicker
          required
          name="clusterId"
          label={t('forms.fields.cluster')}
          value={clusterId}
          onChange={setClusterId}
          error={errors.clusterId}
        />
        {duplicate && (
          <p className="form-note field-wide" role="status">
            {t('forms.membership.duplicate', {
              status: t(`codes.membershipStatuses.${duplicate.status}`),
            })}{' '}
            <a href={hrefOf('memberships', duplicate.id)}>{t('forms.membership.openDuplicate')}</a>
          </p>
        )}
        <SelectField
          required
          name="status"
          label={t('forms.membership.fields.status')}
          hint={t('forms.membership.hints.status')}
          value={status}
          onChange={(next) => setStatus(membershipStatusSchema.catch(status).parse(next))}
          options={membershipStatuses.map((value) => ({
            value,
            label: t(`codes.membershipStatuses.${value}`),
          }))}
          error={errors.status}
        />
        <div />
        <DateInput
          name="since"
          label={t('forms.membership.fields.since')}
          value={since}
          onChange={setSince}
          error={errors.since}
        />
        <DateInput
          name="until"
          label={t('forms.membership.fields.until')}
          hint={t('forms.membership.hints.until')}
          value={until}
          onChange={setUntil}
          error={errors.until}
        />
      </fieldset>
    </RecordForm>
  );
}
