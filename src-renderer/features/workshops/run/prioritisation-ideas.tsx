/**
 * Idea cards with a theme: add (Enter), change a theme (Enter or leaving the field), merge a
 * duplicate into another card (its dots and scores follow), remove with Undo.
 */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByTheme } from '../../../../src-core/workshop/stage-logic';
import type { IdeaRef } from '../../../../src-core/workshop/votes';
import { ideaTextsFromPairs } from '../../../../src-core/edits';
import { entriesOfKind, type RunData } from '../../../db/workshop-run';
import { SelectField, TextInput } from '../../../ui/form';
import { useCommand } from '../../../ui/useCommand';
import { useEntryActions } from './useEntryActions';

export function IdeasSection({
  data,
  stageId,
  ideas,
}: {
  data: RunData;
  stageId: string;
  ideas: readonly IdeaRef[];
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const themesId = useId();
  const { save, removeSaying } = useEntryActions(data.workshop.id, stageId);
  const run = useCommand();
  const [text, setText] = useState('');
  const [theme, setTheme] = useState('');
  const [error, setError] = useState<string | null>(null);
  const groups = groupByTheme(ideas);
  const themes = groups.map((group) => group.theme).filter((name) => name !== '');

  async function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('stages.prioritisation.ideaRequired'));
      return;
    }
    setError(null);
    const submitted = text;
    const saved = await save({ kind: 'idea-cards', text: text.trim(), theme: theme.trim() });
    // Cleared only if unchanged: what was typed while the save was on its way is kept.
    if (saved) setText((now) => (now === submitted ? '' : now));
  }

  // Pairs kept at matchmaking that are not idea cards yet (the command adds exactly these).
  const fromPairs = ideaTextsFromPairs(
    entriesOfKind(data.entries, 'organisation-pairs').map((row) => row.entry),
    (id) => data.organisations.get(id)?.name ?? id,
    ideas.map((idea) => idea.text),
  ).length;

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.prioritisation.ideasTitle')}</h2>
      {fromPairs > 0 && (
        <p className="feed-row">
          <button
            type="button"
            onClick={() =>
              void run(
                'ideas.fromKeptPairs',
                { workshopId: data.workshop.id, stageId },
                { success: t('editors.feed.ideasAdded', { count: fromPairs }) },
              )
            }
          >
            {t('editors.feed.ideasFromPairs', { count: fromPairs })}
          </button>
        </p>
      )}
      <datalist id={themesId}>
        {themes.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        <TextInput
          wide
          label={t('stages.prioritisation.idea')}
          value={text}
          maxLength={500}
          error={error ?? undefined}
          onChange={setText}
        />
        <TextInput
          label={t('stages.prioritisation.theme')}
          value={theme}
          maxLength={300}
          list={themesId}
          onChange={setTheme}
        />
        <button type="submit" className="button-primary">
          {t('stages.prioritisation.addIdea')}
        </button>
      </form>
      {ideas.length === 0 ? (
        <p className="field-hint">{t('stages.prioritisation.noIdeas')}</p>
      ) : (
        groups.map((group, index) => {
          const headingId = `${titleId}-${index}`;
          return (
            <div key={group.theme} className="stage-theme-group">
              <h3 id={headingId}>{group.theme || t('stages.prioritisation.noTheme')}</h3>
              <ul className="stage-ideas" aria-labelledby={headingId}>
                {group.ideas.map((idea) => (
                  <li key={idea.id} className="stage-idea">
                    <span className="stage-idea-text">{idea.text}</span>
                    <TextInput
                      hideLabel
                      label={t('stages.prioritisation.themeOf', { idea: idea.text })}
                      value={idea.theme}
                      maxLength={300}
                      list={themesId}
                      onCommit={(next) =>
                        run('entry.patch', {
                          id: idea.id,
                          kind: 'idea-cards',
                          patch: { theme: next },
                        })
                      }
                    />
                    {ideas.length > 1 && (
                      <MergeIdea
                        idea={idea}
                        others={ideas.filter((other) => other.id !== idea.id)}
                        onMerge={(intoId) =>
                          run(
                            'ideas.merge',
                            { workshopId: data.workshop.id, stageId, fromId: idea.id, intoId },
                            { success: t('stages.prioritisation.merged', { idea: idea.text }) },
                          )
                        }
                      />
                    )}
                    <button
                      type="button"
                      aria-label={t('stages.prioritisation.removeIdeaLabel', { idea: idea.text })}
                      onClick={() =>
                        void removeSaying(idea.id, t('stages.prioritisation.ideaRemoved'))
                      }
                    >
                      {t('stages.remove')}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

/**
 * "Merge into": a button opens the choice of the card to keep (the list of every other card is
 * built only then: a wall of a hundred cards stays light), then Merge does it — choosing alone
 * never merges (arrow keys on a closed select change it on some systems).
 */
function MergeIdea({
  idea,
  others,
  onMerge,
}: {
  idea: IdeaRef;
  others: readonly IdeaRef[];
  onMerge: (intoId: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [intoId, setIntoId] = useState('');
  if (!isOpen) {
    return (
      <button
        type="button"
        aria-label={t('stages.prioritisation.mergeOpenLabel', { idea: idea.text })}
        onClick={() => setOpen(true)}
      >
        {t('stages.prioritisation.mergeOpen')}
      </button>
    );
  }
  const chosen = others.some((other) => other.id === intoId) ? intoId : '';
  const close = () => {
    setOpen(false);
    setIntoId('');
  };
  return (
    <>
      <SelectField
        hideLabel
        label={t('stages.prioritisation.mergeInto', { idea: idea.text })}
        value={chosen}
        emptyLabel={t('stages.prioritisation.mergeChoose')}
        options={others.map((other) => ({
          value: other.id,
          // Duplicates often read alike: the theme tells them apart.
          label: other.theme ? `${other.text} (${other.theme})` : other.text,
        }))}
        onChange={setIntoId}
      />
      <button
        type="button"
        disabled={chosen === ''}
        aria-label={t('stages.prioritisation.mergeLabel', { idea: idea.text })}
        onClick={() => void onMerge(chosen).then(close)}
      >
        {t('stages.prioritisation.merge')}
      </button>
      <button type="button" onClick={close}>
        {t('stages.prioritisation.mergeCancel')}
      </button>
    </>
  );
}
