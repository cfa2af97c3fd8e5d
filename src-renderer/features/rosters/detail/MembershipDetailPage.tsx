/**
 * One membership: which organisation in which cluster, its status and dates. An organisation or
 * cluster that is not in the workspace at all is shown as missing, with whom to ask for it.
 */
import { useTranslation } from 'react-i18next';
import { useMembershipDetail, type MembershipDetail } from '../../../db/record-queries';
import { MissingReferenceNote, missingReferenceName } from '../../../ui/MissingNote';
import {
  DetailItem,
  EditDeleteActions,
  DetailList,
  RecordHeader,
  RosterRecordGate,
  RecordLink,
} from './parts';
import { DateValue, StatusBadge } from './shared-values';

export function MembershipDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const detail = useMembershipDetail(id);
  const nameOf = ({
    organisation,
    cluster,
    missingOrganisation,
    missingCluster,
  }: MembershipDetail) =>
    t('forms.membership.title', {
      organisation:
        organisation?.name ??
        (missingOrganisation
          ? missingReferenceName(t, missingOrganisation)
          : t('forms.states.unknownRecord')),
      cluster:
        cluster?.name ??
        (missingCluster
          ? missingReferenceName(t, missingCluster)
          : t('forms.states.unknownRecord')),
    });
  return (
    <RosterRecordGate
      section="memberships"
      id={id}
      value={detail}
      isDeleted={(value) => value.membership.deleted}
      nameOf={nameOf}
    >
      {(value) => <MembershipDetailView detail={value} name={nameOf(value)} />}
    </RosterRecordGate>
  );
}

function MembershipDetailView({ detail, name }: { detail: MembershipDetail; name: string }) {
  const { t } = useTranslation();
  const { membership, organisation, cluster, missingOrganisation, missingCluster } = detail;
  const nameOf = (record: { name: string; deleted: boolean }) =>
    record.deleted ? t('forms.picker.deletedRecord', { name: record.name }) : record.name;

  return (
    <article className="page record-page" aria-labelledby="record-title">
      <RecordHeader kind={t('forms.membership.kind')} title={name}>
        <EditDeleteActions section="memberships" id={membership.id} name={name} />
      </RecordHeader>
      <section className="card" aria-labelledby="membership-fields">
        <h2 id="membership-fields">{t('forms.membership.sections.membership')}</h2>
        <DetailList>
          <DetailItem label={t('forms.fields.organisation')}>
            {organisation ? (
              <RecordLink section="organisations" id={organisation.id}>
                {nameOf(organisation)}
              </RecordLink>
            ) : (
              missingOrganisation && <MissingReferenceNote missing={missingOrganisation} />
            )}
          </DetailItem>
          <DetailItem label={t('forms.fields.cluster')}>
            {cluster ? (
              <RecordLink section="clusters" id={cluster.id}>
                {nameOf(cluster)}
              </RecordLink>
            ) : (
              missingCluster && <MissingReferenceNote missing={missingCluster} />
            )}
          </DetailItem>
          <DetailItem label={t('forms.membership.fields.status')}>
            <StatusBadge status={membership.status} />
          </DetailItem>
          <DetailItem label={t('forms.membership.fields.since')}>
            <DateValue iso={membership.since} />
          </DetailItem>
          <DetailItem label={t('forms.membership.fields.until')}>
            <DateValue iso={membership.until} />
          </DetailItem>
        </DetailList>
      </section>
    </article>
  );
}
