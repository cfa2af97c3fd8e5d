/**
 * One meta-cluster: its lifecycle and value chain; the composer (member clusters with roles,
 * coverage of the chain as clusters are added or removed, candidate clusters ranked with their
 * reasons, suggested compositions from at least three countries); governance and the agreement;
 * organisation matching across countries; and the pilot dashboard (KPIs over time, workshops).
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import {
  coverageOf,
  rankClustersForChain,
  suggestCompositions,
  suggestPairs,
  valueChainMatrix,
  type CompositionFactor,
} from '../../../src-core/metacluster';
import {
  actionStatuses,
  agreementStatuses,
  agreementTypes,
  metaClusterRoles,
  metaClusterStatuses,
  pilotKpis,
  type PilotKpi,
} from '../../../src-core/model/enums';
import type { MetaClusterFields } from '../../../src-core/model/entities';
import { newRecordId } from '../../../src-core/model/ids';
import { hrefOf } from '../../app/router';
import {
  recordKpi,
  setMembers,
  useMetaClusterWorkspace,
  type MetaClusterMember,
  type MetaClusterWorkspace,
} from '../../db/metaclusters';
import { useWorkspace } from '../../db/provider';
import { countryName, formatNumber, formatPercent } from '../../i18n/format';
import { useStudioStore } from '../../state/store';
import { errorText } from '../../ui/errors';
import { ProgressBar } from '../../ui/ProgressBar';
import { useNotifyError } from '../../ui/useNotifyError';
import { useWidth } from '../../ui/useWidth';
import { todayIso } from '../../ui/today';
import { MatrixTable } from './MatrixTable';

const kpiColours: Record<PilotKpi, string> = {
  'smes-engaged': '#0b6e8a',
  'joint-projects': '#f0a500',
  'knowledge-entities-added': '#6a4c93',
  'agreements-signed': '#2a9d5b',
};

function useUpdate(id: string) {
  const { t } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  return async (patch: Partial<MetaClusterFields>, message = t('forms.notices.saved')) => {
    try {
      await repositories.metaClusters.update(id, patch);
      notify({ tone: 'success', message });
    } catch (error) {
      notifyError(error);
    }
  };
}

function ProfileSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t } = useTranslation();
  const update = useUpdate(ws.metaCluster.id);
  const record = ws.metaCluster;
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('metaClusters.profileTitle')}</h2>
      <div className="inline-form">
        <label className="field">
          <span>{t('metaClusters.lifecycle')}</span>
          <select
            value={record.status}
            onChange={(event) =>
              void update({ status: event.target.value as MetaClusterFields['status'] })
            }
          >
            {metaClusterStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`codes.metaClusterStatuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('metaClusters.valueChain')}</span>
          <select
            value={record.valueChainId ?? ''}
            onChange={(event) => void update({ valueChainId: event.target.value || null })}
          >
            {ws.valueChains.map((chain) => (
              <option key={chain.id} value={chain.id}>
                {chain.name}
              </option>
            ))}
          </select>
        </label>
        {record.valueChainId && (
          <a href={hrefOf('valueChains', record.valueChainId)}>{t('metaClusters.matrixLink')}</a>
        )}
      </div>
    </section>
  );
}

function factorText(
  t: TFunction,
  factor: CompositionFactor,
  language: string,
  segmentName: (key: string) => string,
): string {
  switch (factor.kind) {
    case 'segmentsAdded':
      return t('metaClusters.factors.segmentsAdded', {
        points: factor.points,
        list: factor.data.segments.map(segmentName).join(', ') || '—',
      });
    case 'complementarity':
      return factor.data.newCountry
        ? t('metaClusters.factors.newCountry', {
            points: factor.points,
            country: countryName(factor.data.country, language),
          })
        : t('metaClusters.factors.sameCountry', {
            country: countryName(factor.data.country, language),
          });
    case 'scientificStrength':
      return t('metaClusters.factors.science', {
        points: factor.points,
        knowledge: factor.data.knowledge,
        members: factor.data.members,
      });
    case 'readiness':
      return t('metaClusters.factors.readiness', {
        points: factor.points,
        passed: factor.data.passed,
        total: factor.data.total,
      });
    default: {
      const unknown: never = factor;
      return String(unknown);
    }
  }
}

function ComposerSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const record = ws.metaCluster;
  const members = record.members;
  const today = todayIso();
  const nameOf = new Map(ws.clusters.map((c) => [c.id, c]));
  const segmentName = (key: string) =>
    ws.valueChain?.segments.find((segment) => segment.key === key)?.name ?? key;
  const current = members.map((m) => m.clusterId);
  const computed = useMemo(() => {
    if (!ws.valueChain) return null;
    const input = {
      valueChain: ws.valueChain,
      clusters: ws.clusters,
      organisations: ws.organisations,
      memberships: ws.memberships,
      today,
    };
    return {
      coverage: coverageOf(current, input),
      candidates: rankClustersForChain({ ...input, current }).slice(0, 10),
      suggestions: suggestCompositions({ ...input, current: [], count: 3 }),
    };
    // `current` is derived from `members`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ws, members, today]);

  async function store(next: MetaClusterMember[], message: string) {
    try {
      await setMembers(repositories, record.id, next);
      notify({ tone: 'success', message });
    } catch (error) {
      notifyError(error);
    }
  }

  if (!computed) {
    return (
      <section className="card">
        <h2>{t('metaClusters.composerTitle')}</h2>
        <p>{t('metaClusters.chooseValueChain')}</p>
      </section>
    );
  }
  const { coverage, candidates, suggestions } = computed;
  return (
    <section className="card" aria-labelledby="composer-title">
      <h2 id="composer-title">{t('metaClusters.composerTitle')}</h2>
      <p data-testid="coverage">
        {t('metaClusters.coverage', {
          covered: coverage.covered.length,
          total: coverage.total,
          ratio: formatPercent(coverage.ratio, i18n.language),
          countries: coverage.countries.length,
        })}{' '}
        {coverage.meetsCountryRule ? '' : t('metaClusters.needThreeCountries')}
      </p>
      {coverage.missing.length > 0 && (
        <p className="field-hint">
          {t('metaClusters.missing', { list: coverage.missing.map(segmentName).join(', ') })}
        </p>
      )}
      <h3>{t('metaClusters.membersTitle')}</h3>
      {members.length === 0 ? (
        <p>{t('metaClusters.noMembers')}</p>
      ) : (
        <ul className="member-list" aria-label={t('metaClusters.membersTitle')}>
          {members.map((member) => {
            const cluster = nameOf.get(member.clusterId);
            return (
              <li key={member.clusterId}>
                <a href={hrefOf('clusters', member.clusterId)}>
                  {cluster?.name ?? member.clusterId}
                </a>{' '}
                ({cluster ? countryName(cluster.country, i18n.language) : '—'})
                <select
                  aria-label={t('metaClusters.roleOf', { name: cluster?.name ?? '' })}
                  value={member.role}
                  onChange={(event) =>
                    void store(
                      members.map((m) =>
                        m.clusterId === member.clusterId
                          ? { ...m, role: event.target.value as MetaClusterMember['role'] }
                          : m,
                      ),
                      t('forms.notices.saved'),
                    )
                  }
                >
                  {metaClusterRoles.map((role) => (
                    <option key={role} value={role}>
                      {t(`codes.metaClusterRoles.${role}`)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  onClick={() =>
                    void store(
                      members.filter((m) => m.clusterId !== member.clusterId),
                      t('metaClusters.removed', { name: cluster?.name ?? '' }),
                    )
                  }
                >
                  {t('metaClusters.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('metaClusters.candidatesTitle')}</h3>
      <table className="data-table compact" aria-label={t('metaClusters.candidatesTitle')}>
        <thead>
          <tr>
            <th scope="col">{t('metaClusters.cluster')}</th>
            <th scope="col" className="numeric">
              {t('metaClusters.score')}
            </th>
            <th scope="col">{t('metaClusters.why')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('metaClusters.action')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {candidates.map((candidate) => (
            <tr key={candidate.clusterId}>
              <th scope="row">
                {candidate.name}
                <br />
                <span className="field-hint">{countryName(candidate.country, i18n.language)}</span>
              </th>
              <td className="numeric">{formatNumber(candidate.score, i18n.language)}</td>
              <td>
                <ul className="factor-list">
                  {candidate.factors
                    .filter((factor) => factor.points > 0 || factor.kind === 'complementarity')
                    .map((factor) => (
                      <li key={factor.kind}>{factorText(t, factor, i18n.language, segmentName)}</li>
                    ))}
                </ul>
              </td>
              <td>
                <button
                  type="button"
                  aria-label={t('metaClusters.addNamed', { name: candidate.name })}
                  onClick={() =>
                    void store(
                      [...members, { clusterId: candidate.clusterId, role: 'member' }],
                      t('metaClusters.added', { name: candidate.name }),
                    )
                  }
                >
                  {t('metaClusters.add')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('metaClusters.suggestionsTitle')}</h3>
      {suggestions.compositions.length === 0 ? (
        <p>{t(`metaClusters.noSuggestion.${suggestions.reason ?? 'fewer-than-3-countries'}`)}</p>
      ) : (
        <ol className="suggestions" data-testid="suggestions">
          {suggestions.compositions.map((suggestion, index) => (
            <li key={suggestion.clusterIds.join()}>
              <p>
                {t('metaClusters.suggestion', {
                  ratio: formatPercent(suggestion.coverage.ratio, i18n.language),
                  countries: suggestion.countries
                    .map((c) => countryName(c, i18n.language))
                    .join(', '),
                })}
              </p>
              <p className="field-hint">
                {suggestion.clusterIds.map((id) => nameOf.get(id)?.name ?? id).join(' · ')}
              </p>
              <button
                type="button"
                aria-label={t('metaClusters.useSuggestionNamed', { n: index + 1 })}
                onClick={() =>
                  void store(
                    suggestion.clusterIds.map((clusterId, position) => ({
                      clusterId,
                      role: position === 0 ? 'lead' : 'member',
                    })),
                    t('metaClusters.suggestionUsed'),
                  )
                }
              >
                {t('metaClusters.useSuggestion')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function GovernanceSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t } = useTranslation();
  const record = ws.metaCluster;
  const update = useUpdate(record.id);
  const [rule, setRule] = useState(record.governance.decisionRule);
  const [signatory, setSignatory] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const nameOf = new Map(ws.clusters.map((c) => [c.id, c.name]));
  const agreement = record.agreement;

  function addSignatory(event: FormEvent) {
    event.preventDefault();
    if (!signatory.trim()) return;
    void update({
      agreement: {
        ...agreement,
        signatories: [
          ...agreement.signatories,
          {
            name: signatory.trim(),
            organisation: organisation.trim(),
            signedOn: signedOn || null,
          },
        ],
      },
    });
    setSignatory('');
    setOrganisation('');
    setSignedOn('');
  }

  return (
    <section className="card" aria-labelledby="governance-title">
      <h2 id="governance-title">{t('metaClusters.governanceTitle')}</h2>
      <div className="inline-form">
        <label className="field">
          <span>{t('metaClusters.leadCluster')}</span>
          <select
            value={record.governance.leadClusterId ?? ''}
            onChange={(event) =>
              void update({
                governance: { ...record.governance, leadClusterId: event.target.value || null },
              })
            }
          >
            <option value="">—</option>
            {record.members.map((member) => (
              <option key={member.clusterId} value={member.clusterId}>
                {nameOf.get(member.clusterId) ?? member.clusterId}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('metaClusters.decisionRule')}</span>
          <input
            value={rule}
            onChange={(event) => setRule(event.target.value)}
            onBlur={() =>
              rule !== record.governance.decisionRule &&
              void update({ governance: { ...record.governance, decisionRule: rule } })
            }
          />
        </label>
      </div>
      <h3>{t('metaClusters.agreementTitle')}</h3>
      <div className="inline-form">
        <label className="field">
          <span>{t('metaClusters.agreementType')}</span>
          <select
            value={agreement.type}
            onChange={(event) =>
              void update({
                agreement: { ...agreement, type: event.target.value as typeof agreement.type },
              })
            }
          >
            {agreementTypes.map((type) => (
              <option key={type} value={type}>
                {t(`metaClusters.agreementTypes.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('metaClusters.agreementStatus')}</span>
          <select
            value={agreement.status}
            onChange={(event) =>
              void update({
                agreement: { ...agreement, status: event.target.value as typeof agreement.status },
              })
            }
          >
            {agreementStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`metaClusters.agreementStatuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('metaClusters.signedOn')}</span>
          <input
            type="date"
            value={agreement.signedOn ?? ''}
            onChange={(event) =>
              void update({ agreement: { ...agreement, signedOn: event.target.value || null } })
            }
          />
        </label>
      </div>
      <ul className="signatories" aria-label={t('metaClusters.signatories')}>
        {agreement.signatories.map((person, index) => (
          <li key={`${person.name}-${index}`}>
            {person.name}
            {person.organisation && `, ${person.organisation}`}
            {person.signedOn
              ? ` — ${t('metaClusters.signedOnDate', { date: person.signedOn })}`
              : ` — ${t('metaClusters.notSignedYet')}`}
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={addSignatory}>
        <label className="field">
          <span>{t('metaClusters.signatory')}</span>
          <input value={signatory} onChange={(event) => setSignatory(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('metaClusters.signatoryOrganisation')}</span>
          <input value={organisation} onChange={(event) => setOrganisation(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('metaClusters.signedOn')}</span>
          <input
            type="date"
            value={signedOn}
            onChange={(event) => setSignedOn(event.target.value)}
          />
        </label>
        <button type="submit">{t('metaClusters.addSignatory')}</button>
      </form>
    </section>
  );
}

function MatchingSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t, i18n } = useTranslation();
  const pairs = useMemo(
    () =>
      suggestPairs({
        organisations: ws.organisations,
        memberships: ws.memberships,
        clusterIds: ws.metaCluster.members.map((m) => m.clusterId),
        today: todayIso(),
        maxPerOrganisation: 3,
        limit: 30,
      }),
    [ws],
  );
  return (
    <section className="card" aria-labelledby="matching-title">
      <h2 id="matching-title">{t('metaClusters.matchingTitle')}</h2>
      <p className="field-hint">{t('metaClusters.matchingHint')}</p>
      {pairs.length === 0 ? (
        <p>{t('metaClusters.noPairs')}</p>
      ) : (
        <ul className="pair-list" data-testid="pairs">
          {pairs.map((pair) => {
            const offeredBy = pair.reason.offeredBy === pair.a.id ? pair.a : pair.b;
            const neededBy = offeredBy === pair.a ? pair.b : pair.a;
            return (
              <li key={`${pair.a.id}-${pair.b.id}`}>
                {t('metaClusters.pair', {
                  offeredBy: `${offeredBy.name} (${countryName(offeredBy.country, i18n.language)})`,
                  offer: pair.reason.offer,
                  neededBy: `${neededBy.name} (${countryName(neededBy.country, i18n.language)})`,
                  need: pair.reason.need,
                })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** The chain's segments × the member clusters: where the pilot is strong, and its gaps. */
function CoverageMatrix({ ws }: { ws: MetaClusterWorkspace }) {
  const { t } = useTranslation();
  const members = useMemo(
    () => new Set(ws.metaCluster.members.map((member) => member.clusterId)),
    [ws.metaCluster.members],
  );
  const matrix = useMemo(
    () =>
      ws.valueChain
        ? valueChainMatrix({
            valueChain: ws.valueChain,
            clusters: ws.clusters.filter((cluster) => members.has(cluster.id)),
            organisations: ws.organisations,
            memberships: ws.memberships,
            today: todayIso(),
            participation: 'tagged-or-members',
          })
        : null,
    [ws, members],
  );
  if (!matrix || members.size === 0) return <p>{t('metaClusters.noMembers')}</p>;
  return <MatrixTable matrix={matrix} view="clusters" labelledBy="coverage-matrix-title" />;
}

type Action = MetaClusterFields['actions'][number];

/** The pilot's action lines: owner organisation, due date, KPI, status, and overall progress. */
function ActionLines({ ws }: { ws: MetaClusterWorkspace }) {
  const { t, i18n } = useTranslation();
  const update = useUpdate(ws.metaCluster.id);
  const actions = ws.metaCluster.actions;
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [kpi, setKpi] = useState('');
  const [error, setError] = useState<string | null>(null);
  const done = actions.filter((action) => action.status === 'done').length;
  const open = actions.filter((action) => action.status !== 'dropped').length;

  function add(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('metaClusters.actionRequired'));
      return;
    }
    setError(null);
    const action: Action = {
      id: newRecordId().slice(-12),
      text: text.trim(),
      owner: owner.trim(),
      due: due || null,
      kpi: kpi.trim(),
      status: 'planned',
    };
    void update({ actions: [...actions, action] }, t('metaClusters.actionAdded'));
    setText('');
    setOwner('');
    setDue('');
    setKpi('');
  }

  return (
    <>
      <h3 id="actions-title">{t('metaClusters.actionsTitle')}</h3>
      {actions.length === 0 ? (
        <p>{t('metaClusters.noActions')}</p>
      ) : (
        <>
          <ProgressBar
            label={t('metaClusters.actionProgress', {
              done: formatNumber(done, i18n.language),
              total: formatNumber(open, i18n.language),
            })}
            value={done}
            max={Math.max(1, open)}
          />
          <table className="data-table compact" aria-labelledby="actions-title">
            <thead>
              <tr>
                <th scope="col">{t('metaClusters.action')}</th>
                <th scope="col">{t('metaClusters.actionOwner')}</th>
                <th scope="col">{t('metaClusters.actionDue')}</th>
                <th scope="col">{t('metaClusters.actionKpi')}</th>
                <th scope="col">{t('metaClusters.actionStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.text}</th>
                  <td>{action.owner}</td>
                  <td>{action.due ?? ''}</td>
                  <td>{action.kpi}</td>
                  <td>
                    <select
                      aria-label={t('metaClusters.statusOf', { action: action.text })}
                      value={action.status}
                      onChange={(event) =>
                        void update({
                          actions: actions.map((a) =>
                            a.id === action.id
                              ? { ...a, status: event.target.value as Action['status'] }
                              : a,
                          ),
                        })
                      }
                    >
                      {actionStatuses.map((status) => (
                        <option key={status} value={status}>
                          {t(`metaClusters.actionStatuses.${status}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <form className="inline-form" onSubmit={add}>
        <label className="field">
          <span>{t('metaClusters.newAction')}</span>
          <input value={text} onChange={(event) => setText(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('metaClusters.actionOwner')}</span>
          <input value={owner} onChange={(event) => setOwner(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('metaClusters.actionDue')}</span>
          <input type="date" value={due} onChange={(event) => setDue(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('metaClusters.actionKpi')}</span>
          <input value={kpi} onChange={(event) => setKpi(event.target.value)} />
        </label>
        <button type="submit">{t('metaClusters.addAction')}</button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

function DashboardSection({ ws }: { ws: MetaClusterWorkspace }) {
  const { t, i18n } = useTranslation();
  const { repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const [ref, width] = useWidth<HTMLDivElement>(640, 320);
  const [kpi, setKpi] = useState<PilotKpi>('smes-engaged');
  const [date, setDate] = useState(todayIso());
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dates = [...new Set(ws.kpis.map((k) => k.date))].sort();
  const data = dates.map((day) => {
    const row: Record<string, string | number> = { date: day };
    for (const reading of ws.kpis) if (reading.date === day) row[reading.kpi] = reading.value;
    return row;
  });

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const number = Number(value);
    if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
      setError(t('metaClusters.kpiInvalid'));
      return;
    }
    try {
      await recordKpi(repositories, {
        metaClusterId: ws.metaCluster.id,
        kpi,
        date,
        value: number,
        note: '',
      });
      setValue('');
      notify({ tone: 'success', message: t('metaClusters.kpiRecorded') });
    } catch (failure) {
      setError(errorText(t, failure));
    }
  }

  return (
    <section className="card" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('metaClusters.dashboardTitle')}</h2>
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        <label className="field">
          <span>{t('metaClusters.kpi')}</span>
          <select value={kpi} onChange={(event) => setKpi(event.target.value as PilotKpi)}>
            {pilotKpis.map((option) => (
              <option key={option} value={option}>
                {t(`metaClusters.kpis.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('metaClusters.kpiDate')}</span>
          <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('metaClusters.kpiValue')}</span>
          <input
            inputMode="numeric"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <button type="submit">{t('metaClusters.recordKpi')}</button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {data.length === 0 ? (
        <p>{t('metaClusters.noKpis')}</p>
      ) : (
        <div ref={ref} className="chart-box">
          <figure className="chart" aria-labelledby="kpi-chart-title">
            <figcaption id="kpi-chart-title">{t('metaClusters.kpiChartTitle')}</figcaption>
            <LineChart width={width} height={260} data={data} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="date" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              {pilotKpis.map((key) => (
                <Line
                  key={key}
                  type="monotone"
                  dataKey={key}
                  name={t(`metaClusters.kpis.${key}`)}
                  stroke={kpiColours[key]}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </figure>
        </div>
      )}
      <ActionLines ws={ws} />
      <h3 id="coverage-matrix-title">{t('metaClusters.coverageMatrixTitle')}</h3>
      <CoverageMatrix ws={ws} />
      <h3>{t('metaClusters.workshopsTitle')}</h3>
      {ws.workshops.length === 0 ? (
        <p>{t('metaClusters.noWorkshops')}</p>
      ) : (
        <ul>
          {ws.workshops.map((workshop) => (
            <li key={workshop.id}>
              {workshop.name} — {workshop.date}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">
        {t('metaClusters.kpiCount', {
          count: ws.kpis.length,
          n: formatNumber(ws.kpis.length, i18n.language),
        })}
      </p>
    </section>
  );
}

export function MetaClusterPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const ws = useMetaClusterWorkspace(id);
  if (ws === undefined) return <p className="page">{t('forms.states.loading')}</p>;
  if (ws === null || ws.metaCluster.deleted) {
    return (
      <section className="page">
        <h1>{t('forms.states.notFoundTitle')}</h1>
        <a href={hrefOf('metaClusters')}>{t('metaClusters.back')}</a>
      </section>
    );
  }
  return (
    <section className="page" aria-labelledby="meta-cluster-title">
      <div className="page-header">
        <h1 id="meta-cluster-title">{ws.metaCluster.name}</h1>
        <a href={hrefOf('metaClusters')}>{t('metaClusters.back')}</a>
      </div>
      <div className="cards">
        <ProfileSection ws={ws} />
        <ComposerSection ws={ws} />
        <GovernanceSection ws={ws} />
        <MatchingSection ws={ws} />
        <DashboardSection ws={ws} />
      </div>
    </section>
  );
}
