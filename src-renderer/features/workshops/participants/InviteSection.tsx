/**
 * Invite people before the day: tick members' contacts on the rosters of the clusters taking
 * part (a filter narrows every cluster's list; each says how many it shows and how many are
 * ticked), or find anyone else in the workspace by name. Inviting someone already on the list adds
 * nobody (the write skips them), so two facilitators preparing together cannot double a person.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationRecord } from '../../../../src-core/model/entities';
import { groupCounts, inviteFilter } from '../../../../src-core/workshop/invite-filter';
import { useWorkspace } from '../../../db/provider';
import {
  inviteParticipants,
  useInvitableContacts,
  useInvitableSearch,
  type Invitable,
  type InvitePerson,
} from '../../../db/workshop-participants';
import { countryName, formatNumber } from '../../../i18n/format';
import { useStudioStore } from '../../../state/store';
import { TextInput } from '../../../ui/form';
import { useNotifyError } from '../../../ui/useNotifyError';

/** How a person (or an organisation invited without a person) is named in labels. */
function labelOf(person: Invitable): string {
  return person.person ? `${person.person} (${person.organisation})` : person.organisation;
}

/** Groups up to this size are shown open. */
const OPEN_GROUP_SIZE = 12;

export function InviteSection({
  workshopId,
  today,
  organisations,
}: {
  workshopId: string;
  today: string;
  /** The member organisations the page has read (the run data's). */
  organisations: ReadonlyMap<string, OrganisationRecord>;
}) {
  const { t, i18n } = useTranslation();
  const { db, repositories } = useWorkspace();
  const notify = useStudioStore((state) => state.notify);
  const notifyError = useNotifyError();
  const groups = useInvitableContacts(workshopId, today, organisations);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [filter, setFilter] = useState('');
  const [query, setQuery] = useState('');
  const hits = useInvitableSearch(workshopId, query);
  const language = i18n.language;
  const keep = useMemo(() => inviteFilter(filter), [filter]);
  const isFiltering = filter.trim() !== '';
  const n = (value: number) => formatNumber(value, language);

  const open = (groups ?? []).flatMap((group) => group.people.filter((p) => !p.invited));
  // Ticked people hidden by the filter are still invited: each group's count says how many.
  const chosen = open.filter((person) => selected.has(person.key));
  const shownOpen = open.filter(keep);

  async function invite(people: readonly InvitePerson[]) {
    try {
      const added = await inviteParticipants(db, repositories, workshopId, people);
      notify(
        added.length > 0
          ? { tone: 'success', message: t('participants.invite.invited', { count: added.length }) }
          : { tone: 'info', message: t('participants.invite.nobodyNew') },
      );
      setSelected(new Set());
    } catch (error) {
      notifyError(error);
    }
  }

  function toggle(key: string, on: boolean) {
    setSelected((now) => {
      const next = new Set(now);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('participants.invite.title')}</h2>
      <p className="field-hint">{t('participants.invite.intro')}</p>
      {groups === undefined ? (
        <p>{t('participants.loading')}</p>
      ) : groups.length === 0 ? (
        <p>{t('participants.invite.noClusters')}</p>
      ) : (
        <>
          <TextInput
            label={t('participants.invite.filter')}
            value={filter}
            onChange={setFilter}
            hint={t('participants.invite.filterHint')}
          />
          {groups.map((group) => {
            const counts = groupCounts(group.people, keep, selected);
            const shown = group.people.filter(keep);
            return (
              // Long rosters start folded, so the page stays usable in the room; a filter opens
              // every list, to show whom it found (or that it found nobody there).
              <details
                key={group.clusterId}
                className="invite-details"
                open={isFiltering || group.people.length <= OPEN_GROUP_SIZE}
              >
                <summary>
                  {group.cluster}
                  {' · '}
                  <span className="invite-counts" data-testid="invite-group-counts">
                    {t('participants.invite.groupShown', {
                      count: counts.shown,
                      shown: n(counts.shown),
                      total: n(counts.total),
                    })}
                    {' · '}
                    {t('participants.invite.groupSelected', {
                      count: counts.selected,
                      n: n(counts.selected),
                    })}
                  </span>
                </summary>
                <fieldset className="invite-group">
                  <legend>{group.cluster}</legend>
                  {group.people.length === 0 ? (
                    <p className="field-hint">
                      {t('participants.invite.noMembers', { cluster: group.cluster })}
                    </p>
                  ) : shown.length === 0 ? (
                    <p className="field-hint">
                      {t('participants.invite.noMatches', {
                        cluster: group.cluster,
                        query: filter.trim(),
                      })}
                    </p>
                  ) : (
                    <ul className="invite-list">
                      {shown.map((person) => (
                        <li key={person.key}>
                          <label className="checkbox">
                            <input
                              type="checkbox"
                              checked={person.invited || selected.has(person.key)}
                              disabled={person.invited}
                              aria-label={t('participants.invite.select', {
                                name: labelOf(person),
                              })}
                              onChange={(event) => toggle(person.key, event.target.checked)}
                            />
                            <span>
                              {person.person || t('participants.invite.organisationOnly')}
                              {' · '}
                              {person.organisation}
                              {' · '}
                              {countryName(person.country, language)}
                              {person.invited && (
                                <span className="badge">
                                  {t('participants.invite.alreadyInvited')}
                                </span>
                              )}
                            </span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  )}
                </fieldset>
              </details>
            );
          })}
          <div className="inline-form">
            <button
              type="button"
              disabled={shownOpen.length === 0}
              onClick={() =>
                setSelected((now) => new Set([...now, ...shownOpen.map((person) => person.key)]))
              }
            >
              {isFiltering
                ? t('participants.invite.selectAllShown')
                : t('participants.invite.selectAll')}
            </button>
            <button
              type="button"
              className="button-primary"
              disabled={chosen.length === 0}
              onClick={() => void invite(chosen)}
            >
              {t('participants.invite.submit')}
            </button>
          </div>
        </>
      )}

      <h3>{t('participants.invite.searchTitle')}</h3>
      <TextInput
        label={t('participants.invite.search')}
        hint={t('participants.invite.searchHint')}
        value={query}
        onChange={setQuery}
      />
      {query.trim() !== '' && hits !== undefined && (
        <div aria-live="polite">
          {hits.length === 0 ? (
            <p>{t('participants.invite.noHits', { query: query.trim() })}</p>
          ) : (
            <ul className="invite-hits">
              {hits.map((hit) => (
                <li key={hit.key}>
                  <span>
                    {hit.person ? `${hit.person} · ${hit.organisation}` : hit.organisation}
                    {' · '}
                    {countryName(hit.country, language)}
                  </span>
                  {hit.invited ? (
                    <span className="badge">{t('participants.invite.alreadyInvited')}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={t('participants.invite.oneLabel', { name: labelOf(hit) })}
                      onClick={() => void invite([hit])}
                    >
                      {t('participants.invite.one')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
