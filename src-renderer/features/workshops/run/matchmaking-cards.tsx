/** Offers and needs captured on cards: one form (Enter adds), two columns, remove with Undo. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationRecord } from '../../../../src-core/model/entities';
import { countryName } from '../../../i18n/format';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { SelectField, TextInput, enumOptions } from '../../../ui/form';
import { useCommand } from '../../../ui/useCommand';
import { organisationLabel } from '../organisation-label';

const sides = ['offer', 'need'] as const;
type Side = (typeof sides)[number];

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
  const run = useCommand();
  const [organisationId, setOrganisationId] = useState('');
  const [side, setSide] = useState<Side>('offer');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
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
    if (text.trim() === '') {
      setError(t('stages.matchmaking.textRequired'));
      return;
    }
    setError(undefined);
    const submitted = text;
    const saved = await run('entry.add', {
      workshopId: data.workshop.id,
      stageId,
      entry: { kind: 'offers-needs', organisationId: chosen, side, text: text.trim() },
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
        <form className="inline-form" onSubmit={(event) => void add(event)} noValidate>
          <SelectField
            label={t('stages.matchmaking.organisation')}
            value={chosen}
            options={organisations.map((o) => ({ value: o.id, label: nameOf(o.id) }))}
            onChange={setOrganisationId}
          />
          <SelectField
            label={t('stages.matchmaking.side')}
            value={side}
            options={enumOptions(sides, (s) => t(`stages.matchmaking.${s}`))}
            onChange={(value) => setSide(value as Side)}
          />
          <TextInput
            wide
            required
            label={t('stages.matchmaking.text')}
            value={text}
            maxLength={500}
            error={error}
            onChange={setText}
          />
          <button type="submit" className="button-primary">
            {t('stages.matchmaking.addCard')}
          </button>
        </form>
      )}
      <div className="stage-columns">
        {sides.map((column) => {
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
                          void run(
                            'entry.remove',
                            { id: card.id },
                            { success: t('stages.matchmaking.cardRemoved') },
                          )
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
