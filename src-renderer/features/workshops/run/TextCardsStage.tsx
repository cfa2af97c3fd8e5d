/**
 * Stages that capture short texts as they are said: the scoping note, engagement offers, and the
 * knowledge gaps (each with the value-chain segment it concerns, if any). Offers and gaps are added
 * with Enter (the note, several lines long, with its button); each card's text is edited in place
 * (saved on leaving the field, only the text) or removed with Undo.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../src-core/method';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { TextArea, TextInput, clearIfUnchanged } from '../../../ui/form';
import { useEntryActions } from './useEntryActions';
import './stages.css';

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
  const { save, patch, remove } = useEntryActions(data.workshop.id, stage.id);
  const [text, setText] = useState('');
  const [segment, setSegment] = useState('');
  const cards = entriesOfKind(data.entries, kind);
  const listId = `segments-${stage.id}`;
  const textLabel = t(`runner.capture.${kind}.text`);

  const entryOf = (value: string, segmentName: string) =>
    kind === 'gap-list' ? { kind, text: value, segment: segmentName } : { kind, text: value };

  async function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') return;
    if (await save(entryOf(text.trim(), segment.trim()))) {
      clearIfUnchanged(setText, text);
      clearIfUnchanged(setSegment, segment);
    }
  }

  return (
    <section className="card capture" aria-labelledby={`capture-${stage.id}`}>
      <h3 id={`capture-${stage.id}`}>{t(`runner.capture.${kind}.title`)}</h3>
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        {kind === 'scoping-note' ? (
          <TextArea wide label={textLabel} value={text} maxLength={500} onChange={setText} />
        ) : (
          <TextInput wide label={textLabel} value={text} maxLength={500} onChange={setText} />
        )}
        {kind === 'gap-list' && (
          <>
            <TextInput
              label={t('runner.capture.gap-list.segment')}
              value={segment}
              list={listId}
              maxLength={300}
              onChange={setSegment}
            />
            <datalist id={listId}>
              {segments.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </>
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
              <TextArea
                hideLabel
                label={t('runner.capture.editText')}
                value={card.entry.text}
                maxLength={500}
                onCommit={(next) => patch(card.id, card.entry.kind, { text: next })}
              />
              {card.entry.kind === 'gap-list' && card.entry.segment && (
                <span className="badge">{card.entry.segment}</span>
              )}
              <button type="button" onClick={() => void remove(card.id, card.entry.text)}>
                {t('common.remove')}
                <span className="visually-hidden"> {card.entry.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
