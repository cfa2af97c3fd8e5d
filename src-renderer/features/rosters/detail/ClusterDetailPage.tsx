/**
 * One cluster: its fields, value chains, and roster grouped by helix (the scientific
 * reinforcement step looks for missing knowledge entities here), with links to every member.
 * Memberships whose organisation is not in the workspace at all are members all the same: they
 * are counted, and listed in a group of their own saying whom to ask for the organisation.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../../routing/router';
import {
  useClusterDetail,
  type ClusterDetail,
  type ClusterMemberMissing,
} from '../../../db/record-queries';
import { formatNumber } from '../../../i18n/format';
import { StaticTable, type StaticColumn } from '../../../ui/table/StaticTable';
import { MissingReferenceNote } from '../../../ui/MissingNote';
import { countByStatus, groupByHelix } from './helix-groups';
import {
  DetailItem,
  EditDeleteActions,
  DetailList,
  RecordHeader,
  RosterRecordGate,
  RecordLink,
} from './parts';
import {
  CountryValue,
  DateValue,
  NaceList,
  RegionValue,
  StatusBadge,
  WebsiteLink,
  membershipStatusColumns,
} from './shared-values';

export function ClusterDetailPage({ id }: { id: string }) {
  const detail = useClusterDetail(id);
  return (
    <RosterRecordGate
      section="clusters"
      id={id}
      value={detail}
      isDeleted={(value) => value.cluster.deleted}
      nameOf={(value) => value.cluster.name}
    >
      {(value) => <ClusterDetailView detail={value} />}
    </RosterRecordGate>
  );
}

function ClusterDetailView({ detail }: { detail: ClusterDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { cluster, valueChains, members, membersMissingOrganisation } = detail;
  const groups = groupByHelix(members);
  const counts = countByStatus(members);
  // Their organisation's helix is unknown, but their status is not: they count.
  for (const { membership } of membersMissingOrganisation) counts[membership.status] += 1;
  const pipeline = counts.prospect + counts.contacted + counts.engaged;

  return (
    <article className="page record-page" aria-labelledby="record-title">
      <RecordHeader kind={t('forms.cluster.kind')} title={cluster.name}>
        <a
          className="button button-primary"
          href={hrefOf('memberships', undefined, 'new', { clusterId: cluster.id })}
        >
          {t('forms.cluster.addMember')}
        </a>
        <EditDeleteActions section="clusters" id={cluster.id} name={cluster.name} />
      </RecordHeader>

      <section className="card" aria-labelledby="cluster-fields">
        <h2 id="cluster-fields">{t('forms.cluster.sections.profile')}</h2>
        <DetailList>
          <DetailItem label={t('forms.fields.country')}>
            <CountryValue code={cluster.country} />
          </DetailItem>
          <DetailItem label={t('forms.fields.region')}>
            <RegionValue code={cluster.region} />
          </DetailItem>
          <DetailItem label={t('forms.cluster.fields.managementFte')}>
            {cluster.managementFte === null ? null : formatNumber(cluster.managementFte, language)}
          </DetailItem>
          <DetailItem label={t('forms.fields.website')}>
            <WebsiteLink url={cluster.website} />
          </DetailItem>
          <DetailItem label={t('forms.cluster.fields.hasEnglishWebsite')}>
            {cluster.hasEnglishWebsite ? t('forms.yes') : t('forms.no')}
          </DetailItem>
          <DetailItem label={t('forms.cluster.fields.label')}>
            {cluster.label && (
              <>
                {t(`codes.labelLevels.${cluster.label.level}`)}
                {' · '}
                {t('forms.cluster.labelExpires')} <DateValue iso={cluster.label.expires} />
              </>
            )}
          </DetailItem>
          <DetailItem label={t('forms.cluster.fields.ecosystems')} wide>
            {cluster.ecosystems.map((e) => t(`codes.ecosystems.${e}`)).join(', ')}
          </DetailItem>
          <DetailItem label={t('forms.fields.naceCodes')} wide>
            {cluster.naceCodes.length > 0 && <NaceList codes={cluster.naceCodes} />}
          </DetailItem>
        </DetailList>
      </section>

      <section className="card" aria-labelledby="cluster-chains">
        <h2 id="cluster-chains">{t('forms.cluster.fields.valueChainIds')}</h2>
        {valueChains.length === 0 ? (
          <p className="detail-empty">{t('forms.cluster.noValueChains')}</p>
        ) : (
          <DetailList>
            {valueChains.map((chain) => (
              <DetailItem key={chain.id} label={chain.name} wide>
                <ol className="chain-segments">
                  {[...chain.segments]
                    .sort((a, b) => a.order - b.order)
                    .map((segment) => (
                      <li key={segment.key}>{segment.name}</li>
                    ))}
                </ol>
              </DetailItem>
            ))}
          </DetailList>
        )}
      </section>

      <section className="card" aria-labelledby="cluster-members">
        <div className="card-header">
          <h2 id="cluster-members">{t('forms.cluster.membersTitle')}</h2>
        </div>
        <p className="section-intro" data-testid="member-summary">
          {t('forms.cluster.membersSummary', {
            members: formatNumber(counts.member, language),
            pipeline: formatNumber(pipeline, language),
            left: formatNumber(counts.left, language),
          })}
        </p>
        <p className="helix-summary-label" id="helix-summary-label">
          {t('forms.cluster.helixSummary')}
        </p>
        <ul className="helix-summary" aria-labelledby="helix-summary-label">
          {groups.map((group) => (
            <li
              key={group.helix}
              className={group.memberCount === 0 ? 'helix-empty' : undefined}
              data-testid={`helix-count-${group.helix}`}
            >
              {t(`codes.helices.${group.helix}`)}:{' '}
              <strong>{formatNumber(group.memberCount, language)}</strong>
            </li>
          ))}
        </ul>
        {members.length === 0 && membersMissingOrganisation.length === 0 && (
          <p className="detail-empty">{t('forms.cluster.noMembers')}</p>
        )}
        {membersMissingOrganisation.length > 0 && (
          <MissingOrganisationGroup rows={membersMissingOrganisation} />
        )}
        {groups
          .filter((group) => group.rows.length > 0)
          .map((group) => (
            <section
              key={group.helix}
              className="helix-group"
              aria-labelledby={`helix-${group.helix}`}
              data-testid={`helix-group-${group.helix}`}
            >
              <h3 id={`helix-${group.helix}`}>
                {t('forms.cluster.helixGroup', {
                  helix: t(`codes.helices.${group.helix}`),
                  count: group.rows.length,
                })}
              </h3>
              <div className="table-wrap">
                <StaticTable
                  label={t('forms.cluster.helixGroup', {
                    helix: t(`codes.helices.${group.helix}`),
                    count: group.rows.length,
                  })}
                  isCompact
                  className="helix-table"
                  rows={group.rows}
                  rowKey={(row) => row.membership.id}
                  columns={[
                    {
                      id: 'organisation',
                      header: t('forms.fields.organisation'),
                      className: 'col-name',
                      cell: ({ organisation }) => (
                        <RecordLink section="organisations" id={organisation.id}>
                          {organisation.name}
                        </RecordLink>
                      ),
                    },
                    {
                      id: 'type',
                      header: t('forms.organisation.fields.type'),
                      className: 'col-type',
                      cell: ({ organisation }) => t(`codes.organisationTypes.${organisation.type}`),
                    },
                    {
                      id: 'country',
                      header: t('forms.fields.country'),
                      cell: ({ organisation }) => <CountryValue code={organisation.country} />,
                    },
                    ...membershipStatusColumns<(typeof group.rows)[number]>(t),
                  ]}
                />
              </div>
            </section>
          ))}
      </section>
    </article>
  );
}

/**
 * Memberships whose organisation is missing, apart from the helix groups (no helix is known) and
 * before them: they are what needs someone to act.
 */
function MissingOrganisationGroup({ rows }: { rows: readonly ClusterMemberMissing[] }) {
  const { t } = useTranslation();
  const columns: StaticColumn<ClusterMemberMissing>[] = [
    {
      id: 'organisation',
      header: t('forms.fields.organisation'),
      cell: ({ membership, missing }) => (
        <RecordLink section="memberships" id={membership.id}>
          <MissingReferenceNote missing={missing} />
        </RecordLink>
      ),
    },
    {
      id: 'status',
      header: t('forms.membership.fields.status'),
      cell: ({ membership }) => <StatusBadge status={membership.status} />,
    },
    {
      id: 'since',
      header: t('forms.membership.fields.since'),
      cell: ({ membership }) => <DateValue iso={membership.since} />,
    },
  ];
  return (
    <section
      className="helix-group missing-group"
      aria-labelledby="members-missing-organisation"
      data-testid="members-missing-organisation"
    >
      <h3 id="members-missing-organisation">
        {t('lists.missing.clusterGroup', { count: rows.length })}
      </h3>
      <p className="section-intro">{t('lists.missing.clusterGroupIntro')}</p>
      <div className="table-wrap">
        <StaticTable
          label={t('lists.missing.clusterGroupTable')}
          columns={columns}
          rows={rows}
          rowKey={({ membership }) => membership.id}
          isCompact
        />
      </div>
    </section>
  );
}
