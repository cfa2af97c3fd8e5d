/**
 * Suggested organisation pairs (different countries, what one offers answers what the other
 * needs, from the rosters and the cards captured here) and the pairs the room kept.
 */
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationPair } from '../../../../src-core/metacluster/matching';
import type { OrganisationRecord, WorkshopEntryRecord } from '../../../../src-core/model/entities';
import type { EntryOf } from '../../../../src-core/model/workshop-run';
import {
  pairKey,
  pairReasonText,
  suggestRoomPairs,
} from '../../../../src-core/workshop/stage-logic';
import { countryName, formatNumber } from '../../../i18n/format';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { StaticTable, type StaticColumn } from '../../../ui/table/StaticTable';
import { useCommand } from '../../../ui/useCommand';
import { organisationLabel } from '../organisation-label';

type KeptPair = WorkshopEntryRecord & { entry: EntryOf<'organisation-pairs'> };

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
  const run = useCommand();
  const [isShowing, setShowing] = useState(false);
  // Pairs whose Keep is on its way: a second click does not keep them twice.
  const [keeping, setKeeping] = useState<ReadonlySet<string>>(new Set());
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

  async function keep(pair: OrganisationPair) {
    const key = pairKey(pair.a.id, pair.b.id);
    setKeeping((now) => new Set(now).add(key));
    await run('entry.add', {
      workshopId: data.workshop.id,
      stageId,
      entry: {
        kind: 'organisation-pairs',
        a: pair.a.id,
        b: pair.b.id,
        score: Math.min(1000, pair.score),
        reason: pairReasonText(pair),
      },
    });
    setKeeping((now) => {
      const rest = new Set(now);
      rest.delete(key);
      return rest;
    });
  }

  const pairName = (pair: KeptPair) =>
    t('stages.matchmaking.pair', { a: nameOf(pair.entry.a), b: nameOf(pair.entry.b) });
  const keptColumns: StaticColumn<KeptPair>[] = [
    { id: 'pair', header: t('stages.matchmaking.pairColumn'), cell: pairName },
    {
      id: 'reason',
      header: t('stages.matchmaking.reasonColumn'),
      cell: (pair) => pair.entry.reason,
    },
    {
      id: 'score',
      header: t('stages.matchmaking.scoreColumn'),
      isNumeric: true,
      cell: (pair) => n(pair.entry.score),
    },
    {
      id: 'remove',
      header: t('stages.remove'),
      cell: (pair) => (
        <button
          type="button"
          aria-label={t('stages.matchmaking.removePairLabel', {
            a: nameOf(pair.entry.a),
            b: nameOf(pair.entry.b),
          })}
          onClick={() =>
            void run(
              'entry.remove',
              { id: pair.id },
              { success: t('stages.matchmaking.pairRemoved') },
            )
          }
        >
          {t('stages.remove')}
        </button>
      ),
    },
  ];

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
              const key = pairKey(pair.a.id, pair.b.id);
              const isKept = keptKeys.has(key);
              return (
                <li key={key} className="stage-pair">
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
                      disabled={keeping.has(key)}
                      onClick={() => void keep(pair)}
                    >
                      {t('stages.matchmaking.keep')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        ))}
      <h3>{t('stages.matchmaking.keptTitle')}</h3>
      {kept.length === 0 ? (
        <p className="field-hint">{t('stages.matchmaking.noKept')}</p>
      ) : (
        <StaticTable
          label={t('stages.matchmaking.keptTitle')}
          columns={keptColumns}
          rows={kept}
          rowKey={(pair) => pair.id}
          isCompact
        />
      )}
    </section>
  );
}
