/**
 * One output kind's entries at one stage of the report. The switch over the kind is exhaustive:
 * a new output kind does not compile until the report knows how to show it.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputKind } from '../../../../src-core/method';
import type { WorkshopEntryRecord } from '../../../../src-core/model/entities';
import { entriesOfKind } from '../../../db/workshop-run';
import { countryName, formatDateTime, formatNumber, formatPercent } from '../../../i18n/format';
import { ScheduleTable, ValueChainTable } from './GridViews';
import type { ReportLookup } from './lookup';
import { ImpactFeasibility, RankedIdeas, VotesCast } from './PrioritisationViews';
import { formatCalendarDate } from './report-model';

function Table({ head, children }: { head: readonly string[]; children: ReactNode }) {
  return (
    <table className="data-table compact">
      <thead>
        <tr>
          {head.map((label) => (
            <th key={label} scope="col">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function TextList({ texts }: { texts: readonly { id: string; text: string }[] }) {
  return (
    <ul className="report-list">
      {texts.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ul>
  );
}

/** One kind of output captured at one stage. */
interface GroupProps {
  readonly kind: OutputKind;
  readonly records: readonly WorkshopEntryRecord[];
  readonly stageId: string;
  readonly lookup: ReportLookup;
}

function GroupBody({ kind, records, stageId, lookup }: GroupProps) {
  const { t } = useTranslation();
  const { language } = lookup;
  const none = t('report.summary.none');
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso, language) : none);
  const number = (value: number) => formatNumber(value, language);
  const c = (column: keyof typeof columnKeys) => t(columnKeys[column]);

  switch (kind) {
    case 'scoping-note':
      return (
        <TextList
          texts={entriesOfKind(records, kind).map(({ id, entry }) => ({ id, text: entry.text }))}
        />
      );
    case 'engagement-offer':
      return (
        <TextList
          texts={entriesOfKind(records, kind).map(({ id, entry }) => ({ id, text: entry.text }))}
        />
      );
    case 'readiness-snapshot':
      return entriesOfKind(records, kind).map(({ id, entry }) => (
        <div key={id} className="report-block">
          <p className="report-note">
            {t('report.readiness.takenAt', { date: formatDateTime(entry.takenAt, language) })}
          </p>
          <Table
            head={[
              c('cluster'),
              c('country'),
              c('members'),
              c('knowledgeEntities'),
              c('knowledgeShare'),
              c('checks'),
            ]}
          >
            {entry.clusters.map((cluster) => (
              <tr key={cluster.clusterId}>
                <td>{cluster.name}</td>
                <td>{countryName(cluster.country, language)}</td>
                <td className="numeric">{number(cluster.members)}</td>
                <td className="numeric">{number(cluster.knowledgeEntities)}</td>
                <td className="numeric">{formatPercent(cluster.knowledgeShare, language)}</td>
                <td className="numeric">
                  {t('report.readiness.checksValue', {
                    passed: number(cluster.checksPassed),
                    total: number(cluster.checksTotal),
                  })}
                </td>
              </tr>
            ))}
          </Table>
        </div>
      ));
    case 'gap-list':
      return (
        <Table head={[c('segment'), c('text')]}>
          {entriesOfKind(records, kind).map(({ id, entry }) => (
            <tr key={id}>
              <td>{entry.segment || none}</td>
              <td>{entry.text}</td>
            </tr>
          ))}
        </Table>
      );
    case 'candidate-list':
      return (
        <Table head={[c('organisation'), c('score'), c('reason')]}>
          {entriesOfKind(records, kind)
            .sort((x, y) => y.entry.score - x.entry.score)
            .map(({ id, entry }) => (
              <tr key={id}>
                <td>{lookup.organisationName(entry.organisationId)}</td>
                <td className="numeric">{number(entry.score)}</td>
                <td>{entry.reason}</td>
              </tr>
            ))}
        </Table>
      );
    case 'recruitment-plan':
      return (
        <Table head={[c('organisation'), c('owner'), c('due')]}>
          {entriesOfKind(records, kind).map(({ id, entry }) => (
            <tr key={id}>
              <td>{lookup.organisationName(entry.organisationId)}</td>
              <td>{entry.owner || none}</td>
              <td>{date(entry.due)}</td>
            </tr>
          ))}
        </Table>
      );
    case 'reinforcement-commitment':
      return (
        <Table head={[c('cluster'), c('text'), c('owner'), c('due')]}>
          {entriesOfKind(records, kind).map(({ id, entry }) => (
            <tr key={id}>
              <td>{lookup.clusterName(entry.clusterId)}</td>
              <td>{entry.text}</td>
              <td>{entry.owner || none}</td>
              <td>{date(entry.due)}</td>
            </tr>
          ))}
        </Table>
      );
    case 'value-chain-map':
      return (
        <ValueChainTable
          entries={entriesOfKind(records, kind).map((record) => record.entry)}
          lookup={lookup}
        />
      );
    case 'offers-needs':
      return (
        <Table head={[c('organisation'), c('side'), c('text')]}>
          {entriesOfKind(records, kind).map(({ id, entry }) => (
            <tr key={id}>
              <td>{lookup.organisationName(entry.organisationId)}</td>
              <td>{t(`report.sides.${entry.side}`)}</td>
              <td>{entry.text}</td>
            </tr>
          ))}
        </Table>
      );
    case 'organisation-pairs':
      return (
        <Table head={[c('organisationA'), c('organisationB'), c('score'), c('reason')]}>
          {entriesOfKind(records, kind).map(({ id, entry }) => (
            <tr key={id}>
              <td>{lookup.organisationName(entry.a)}</td>
              <td>{lookup.organisationName(entry.b)}</td>
              <td className="numeric">{number(entry.score)}</td>
              <td>{entry.reason}</td>
            </tr>
          ))}
        </Table>
      );
    case 'b2b-schedule':
      return entriesOfKind(records, kind).map(({ id, entry }) => (
        <div key={id} className="report-block">
          <ScheduleTable entry={entry} lookup={lookup} />
        </div>
      ));
    case 'idea-cards':
      return <RankedIdeas records={records} stageId={stageId} lookup={lookup} />;
    case 'dot-votes':
      return <VotesCast records={records} lookup={lookup} />;
    case 'impact-feasibility':
      return <ImpactFeasibility records={records} lookup={lookup} />;
    case 'governance':
      return entriesOfKind(records, kind).map(({ id, entry }) => (
        <div key={id} className="report-block">
          <dl className="report-facts">
            <div>
              <dt>{t('report.governance.leadCluster')}</dt>
              <dd>{entry.leadClusterId ? lookup.clusterName(entry.leadClusterId) : none}</dd>
            </div>
            <div>
              <dt>{t('report.governance.decisionRule')}</dt>
              <dd>{entry.decisionRule || none}</dd>
            </div>
          </dl>
          {entry.roles.length > 0 && (
            <Table head={[c('cluster'), c('role')]}>
              {entry.roles.map((role) => (
                <tr key={role.clusterId}>
                  <td>{lookup.clusterName(role.clusterId)}</td>
                  <td>{t(`codes.metaClusterRoles.${role.role}`)}</td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      ));
    case 'agreement':
      return entriesOfKind(records, kind).map(({ id, entry }) => (
        <div key={id} className="report-block">
          <dl className="report-facts">
            <div>
              <dt>{t('report.agreement.type')}</dt>
              <dd>{t(`metaClusters.agreementTypes.${entry.type}`)}</dd>
            </div>
          </dl>
          <Table head={[c('name'), c('organisation'), c('status')]}>
            {entry.signatories.map((signatory, index) => (
              <tr key={`${signatory.name}/${index}`}>
                <td>{signatory.name}</td>
                <td>{signatory.organisation || none}</td>
                <td>{t(`report.agreement.statuses.${signatory.status}`)}</td>
              </tr>
            ))}
          </Table>
        </div>
      ));
    case 'action-plan':
      return (
        <Table head={[c('action'), c('owner'), c('due'), c('kpi'), c('status')]}>
          {entriesOfKind(records, kind).map(({ id, entry }) => (
            <tr key={id}>
              <td>{entry.text}</td>
              <td>{entry.owner || none}</td>
              <td>{date(entry.due)}</td>
              <td>{entry.kpi || none}</td>
              <td>{t(`metaClusters.actionStatuses.${entry.status}`)}</td>
            </tr>
          ))}
        </Table>
      );
    case 'workshop-report':
      return (
        <ul className="report-list">
          {entriesOfKind(records, kind).map(({ id, entry }) => (
            <li key={id}>
              {t('report.generatedAt', { date: formatDateTime(entry.generatedAt, language) })}
            </li>
          ))}
        </ul>
      );
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}

const columnKeys = {
  text: 'report.columns.text',
  segment: 'report.columns.segment',
  organisation: 'report.columns.organisation',
  score: 'report.columns.score',
  reason: 'report.columns.reason',
  owner: 'report.columns.owner',
  due: 'report.columns.due',
  cluster: 'report.columns.cluster',
  country: 'report.columns.country',
  members: 'report.columns.members',
  knowledgeEntities: 'report.columns.knowledgeEntities',
  knowledgeShare: 'report.columns.knowledgeShare',
  checks: 'report.columns.checks',
  side: 'report.columns.side',
  organisationA: 'report.columns.organisationA',
  organisationB: 'report.columns.organisationB',
  role: 'report.columns.role',
  name: 'report.columns.name',
  status: 'report.columns.status',
  action: 'report.columns.action',
  kpi: 'report.columns.kpi',
} as const;

/** The heading of a group: the vote kinds carry what the record shows, the rest their name. */
function headingKey(kind: OutputKind) {
  if (kind === 'idea-cards') return 'report.votes.rankedTitle' as const;
  if (kind === 'dot-votes') return 'report.votes.castTitle' as const;
  return `report.outputs.${kind}` as const;
}

export function EntryGroupView({ kind, records, stageId, lookup }: GroupProps) {
  const { t } = useTranslation();
  return (
    <section className="report-group">
      <h4>{t(headingKey(kind))}</h4>
      <GroupBody kind={kind} records={records} stageId={stageId} lookup={lookup} />
    </section>
  );
}
