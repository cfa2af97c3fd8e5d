/**
 * Suggested organisation pairs (different countries, what one offers answers what the other
 * needs, from the rosters and the cards captured here) and the pairs the room kept.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationPair } from '../../../../src-core/metacluster/matching';
import type { OrganisationRecord } from '../../../../src-core/model/entities';
import {
  pairKey,
  pairReasonText,
  suggestRoomPairs,
} from '../../../../src-core/workshop/stage-logic';
import { countryName, formatNumber } from '../../../i18n/format';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { useStageWrites } from './useStageWrites';
import { organisationLabel } from '../organisation-label';

export function PairsSection({
  data,
  stageId,
  organisations,
}: {
  data: RunData;
  stageId: string;
  organisations: readonly OrganisationRecord[];
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const keptTitleId = useId();
  const writes = useStageWrites(data.workshop.id, stageId);
  const [isShowing, setShowing] = useState(false);
  const kept = entriesOfKind(data.entries, 'organisation-pairs');
  const keptKeys = new Set(kept.map((pair) => pairKey(pair.entry.a, pair.entry.b)));
  const pairs = useMemo(
    () =>
      isShowing
        ? suggestRoomPairs(
            organisations,
            entriesOfKind(data.entries, 'offers-needs').map((card) => card.entry),
          )
        : [],
    [isShowing, organisations, data.entries],
  );
  const n = (value: number) => formatNumber(value, i18n.language);

  function nameOf(id: string): string {
    return organisationLabel(t, data, id);
  }

  function describe(organisation: { name: string; country: string }): string {
    return organisation.country
      ? t('stages.organisationIn', {
          organisation: organisation.name,
          country: countryName(organisation.country, i18n.language),
        })
      : organisation.name;
  }

  function keep(pair: OrganisationPair) {
    void writes.add({
      kind: 'organisation-pairs',
      a: pair.a.id,
      b: pair.b.id,
      score: Math.min(1000, pair.score),
      reason: pairReasonText(pair),
    });
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.matchmaking.pairsTitle')}</h2>
      <p className="field-hint">{t('stages.matchmaking.pairsHint')}</p>
      <button type="button" className="button-primary" onClick={() => setShowing(true)}>
        {t('stages.matchmaking.suggest')}
      </button>
      {isShowing &&
        (pairs.length === 0 ? (
          <p>{t('stages.matchmaking.noPairs')}</p>
        ) : (
          <ul className="stage-pairs" aria-label={t('stages.matchmaking.suggestedLabel')}>
            {pairs.map((pair) => {
              const offeredBy = pair.reason.offeredBy === pair.a.id ? pair.a : pair.b;
              const neededBy = offeredBy === pair.a ? pair.b : pair.a;
              const isKept = keptKeys.has(pairKey(pair.a.id, pair.b.id));
              return (
                <li key={`${pair.a.id}-${pair.b.id}`} className="stage-pair">
                  <div>
                    <strong>
                      {t('stages.matchmaking.pair', { a: describe(pair.a), b: describe(pair.b) })}
                    </strong>
                    <span className="stage-pair-reason">
                      {t('stages.matchmaking.reason', {
                        offeredBy: offeredBy.name,
                        offer: pair.reason.offer,
                        neededBy: neededBy.name,
                        need: pair.reason.need,
                      })}
                    </span>
                    <span className="field-hint">
                      {t('stages.matchmaking.score', { score: n(pair.score) })}
                    </span>
                  </div>
                  {isKept ? (
                    <span className="badge stage-badge">{t('stages.matchmaking.kept')}</span>
                  ) : (
                    <button
                      type="button"
                      aria-label={t('stages.matchmaking.keepLabel', {
                        a: pair.a.name,
                        b: pair.b.name,
                      })}
                      onClick={() => keep(pair)}
                    >
                      {t('stages.matchmaking.keep')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        ))}
      <h3 id={keptTitleId}>{t('stages.matchmaking.keptTitle')}</h3>
      {kept.length === 0 ? (
        <p className="field-hint">{t('stages.matchmaking.noKept')}</p>
      ) : (
        <table className="data-table compact" aria-labelledby={keptTitleId}>
          <thead>
            <tr>
              <th scope="col">{t('stages.matchmaking.pairColumn')}</th>
              <th scope="col">{t('stages.matchmaking.reasonColumn')}</th>
              <th scope="col" className="numeric">
                {t('stages.matchmaking.scoreColumn')}
              </th>
              <td />
            </tr>
          </thead>
          <tbody>
            {kept.map((pair) => (
              <tr key={pair.id}>
                <th scope="row">
                  {t('stages.matchmaking.pair', {
                    a: nameOf(pair.entry.a),
                    b: nameOf(pair.entry.b),
                  })}
                </th>
                <td>{pair.entry.reason}</td>
                <td className="numeric">{n(pair.entry.score)}</td>
                <td>
                  <button
                    type="button"
                    aria-label={t('stages.matchmaking.removePairLabel', {
                      a: nameOf(pair.entry.a),
                      b: nameOf(pair.entry.b),
                    })}
                    onClick={() => void writes.remove(pair.id, t('stages.matchmaking.pairRemoved'))}
                  >
                    {t('stages.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
