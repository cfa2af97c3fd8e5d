/**
 * Stages that capture short texts as they are said: the scoping note, engagement offers, and the
 * knowledge gaps (each with the value-chain segment it concerns, if any). Enter adds; each card
 * can be edited in place (saved on leaving the field) or removed with Undo.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src-core/method';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { useEntryActions } from './useEntryActions';

type TextKind = 'scoping-note' | 'engagement-offer' | 'gap-list';

export function TextCardsStage({
  data,
  stage,
  kind,
  segments = [],
}: {
  data: RunData;
  stage: Stage;
  kind: TextKind;
  /** Segment names offered for gaps. */
  segments?: readonly string[];
}) {
  const { t } = useTranslation();
  const { save, remove } = useEntryActions(data.workshop.id, stage.id);
  const [text, setText] = useState('');
  const [segment, setSegment] = useState('');
  const cards = entriesOfKind(data.entries, kind);
  const listId = `segments-${stage.id}`;

  const entryOf = (value: string, segmentName: string) =>
    kind === 'gap-list' ? { kind, text: value, segment: segmentName } : { kind, text: value };

  async function add() {
    if (text.trim() === '') return;
    const submitted = text;
    // Cleared only if unchanged: what was typed while the save was on its way is kept.
    if (await save(entryOf(text.trim(), segment.trim()))) {
      setText((now) => (now === submitted ? '' : now));
      setSegment('');
    }
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t(`runner.capture.${kind}.title`)}</h3>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label className="field grow">
          <span>{t(`runner.capture.${kind}.text`)}</span>
          <input value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
        </label>
        {kind === 'gap-list' && (
          <label className="field">
            <span>{t('runner.capture.gap-list.segment')}</span>
            <input
              value={segment}
              list={listId}
              maxLength={300}
              onChange={(event) => setSegment(event.target.value)}
            />
            <datalist id={listId}>
              {segments.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </label>
        )}
        <button type="submit" className="button-primary">
          {t(`runner.capture.${kind}.add`)}
        </button>
      </form>
      {cards.length === 0 ? (
        <p className="empty-state">{t('runner.capture.empty')}</p>
      ) : (
        <ul className="entry-cards">
          {cards.map((card) => (
            <li key={card.id} className="entry-card">
              <input
                key={card.entry.text}
                className="entry-card-text"
                aria-label={t('runner.capture.editText')}
                defaultValue={card.entry.text}
                maxLength={500}
                onBlur={(event) => {
                  const value = event.target.value.trim();
                  if (value && value !== card.entry.text) {
                    void save({ ...card.entry, text: value }, card.id);
                  } else event.target.value = card.entry.text;
                }}
                onKeyDown={(event) => {
                  if (event.key === 'Enter') event.currentTarget.blur();
                }}
              />
              {card.entry.kind === 'gap-list' && card.entry.segment && (
                <span className="badge">{card.entry.segment}</span>
              )}
              <button
                type="button"
                aria-label={t('runner.capture.removeCard', { text: card.entry.text })}
                onClick={() => void remove(card.id, card.entry.text)}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
