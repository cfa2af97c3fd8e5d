/** Offers and needs captured on cards: one form (Enter adds), two columns, remove with Undo. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationRecord } from '../../../../src-core/model/entities';
import { countryName } from '../../../i18n/format';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { useStageWrites } from './useStageWrites';
import { organisationLabel } from '../organisation-label';

type Side = 'offer' | 'need';

export function CardsSection({
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
  const writes = useStageWrites(data.workshop.id, stageId);
  const [organisationId, setOrganisationId] = useState('');
  const [side, setSide] = useState<Side>('offer');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const cards = entriesOfKind(data.entries, 'offers-needs');
  const chosen = organisations.some((o) => o.id === organisationId)
    ? organisationId
    : (organisations[0]?.id ?? '');

  function nameOf(id: string): string {
    const organisation = data.organisations.get(id);
    if (!organisation) return organisationLabel(t, data, id);
    return organisation.country
      ? t('stages.organisationIn', {
          organisation: organisation.name,
          country: countryName(organisation.country, i18n.language),
        })
      : organisation.name;
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    if (chosen === '') {
      setError(t('stages.matchmaking.organisationRequired'));
      return;
    }
    if (text.trim() === '') {
      setError(t('stages.matchmaking.textRequired'));
      return;
    }
    setError(null);
    const submitted = text;
    const saved = await writes.add({
      kind: 'offers-needs',
      organisationId: chosen,
      side,
      text: text.trim(),
    });
    // Cleared only if unchanged: what was typed while the save was on its way is kept.
    if (saved) setText((now) => (now === submitted ? '' : now));
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.matchmaking.cardsTitle')}</h2>
      {organisations.length === 0 ? (
        <p>{t('stages.matchmaking.noOrganisations')}</p>
      ) : (
        <form className="inline-form" onSubmit={(event) => void add(event)}>
          <label className="field">
            <span>{t('stages.matchmaking.organisation')}</span>
            <select value={chosen} onChange={(event) => setOrganisationId(event.target.value)}>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {nameOf(organisation.id)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('stages.matchmaking.side')}</span>
            <select value={side} onChange={(event) => setSide(event.target.value as Side)}>
              <option value="offer">{t('stages.matchmaking.offer')}</option>
              <option value="need">{t('stages.matchmaking.need')}</option>
            </select>
          </label>
          <label className="field stage-grow">
            <span>{t('stages.matchmaking.text')}</span>
            <input value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
          </label>
          <button type="submit" className="button-primary">
            {t('stages.matchmaking.addCard')}
          </button>
        </form>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="stage-columns">
        {(['offer', 'need'] as const).map((column) => {
          const list = cards.filter((card) => card.entry.side === column);
          const headingId = `${titleId}-${column}`;
          return (
            <div key={column} className="stage-column">
              <h3 id={headingId}>
                {column === 'offer'
                  ? t('stages.matchmaking.offers')
                  : t('stages.matchmaking.needs')}
              </h3>
              {list.length === 0 ? (
                <p className="field-hint">{t('stages.matchmaking.noCards')}</p>
              ) : (
                <ul className="stage-cards" aria-labelledby={headingId}>
                  {list.map((card) => (
                    <li key={card.id} className={`stage-card stage-card-${column}`}>
                      <span className="stage-card-text">{card.entry.text}</span>
                      <span className="stage-card-meta">{nameOf(card.entry.organisationId)}</span>
                      <button
                        type="button"
                        aria-label={t('stages.matchmaking.removeCardLabel', {
                          text: card.entry.text,
                        })}
                        onClick={() =>
                          void writes.remove(card.id, t('stages.matchmaking.cardRemoved'))
                        }
                      >
                        {t('stages.remove')}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
