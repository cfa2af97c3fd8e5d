/** Idea cards with a theme: add (Enter), change a theme (Enter or leaving the field), remove with Undo. */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByTheme } from '../../../../src-core/workshop/stage-logic';
import type { IdeaRef } from '../../../../src-core/workshop/votes';
import type { RunData } from '../../../db/workshop-run';
import { useStageWrites } from './useStageWrites';

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
  const writes = useStageWrites(data.workshop.id, stageId);
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
    const saved = await writes.add({ kind: 'idea-cards', text: text.trim(), theme: theme.trim() });
    // Cleared only if unchanged: what was typed while the save was on its way is kept.
    if (saved) setText((now) => (now === submitted ? '' : now));
  }

  function commitTheme(idea: IdeaRef, value: string) {
    const next = value.trim();
    if (next === idea.theme.trim()) return;
    void writes.update(idea.id, { kind: 'idea-cards', text: idea.text, theme: next });
  }

  function onThemeKey(event: KeyboardEvent<HTMLInputElement>, idea: IdeaRef) {
    if (event.key === 'Enter') {
      event.preventDefault();
      commitTheme(idea, event.currentTarget.value);
    }
  }

  return (
    <section className="card" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('stages.prioritisation.ideasTitle')}</h2>
      <datalist id={themesId}>
        {themes.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <form className="inline-form" onSubmit={(event) => void add(event)}>
        <label className="field stage-grow">
          <span>{t('stages.prioritisation.idea')}</span>
          <input value={text} maxLength={500} onChange={(event) => setText(event.target.value)} />
        </label>
        <label className="field">
          <span>{t('stages.prioritisation.theme')}</span>
          <input
            value={theme}
            maxLength={300}
            list={themesId}
            onChange={(event) => setTheme(event.target.value)}
          />
        </label>
        <button type="submit" className="button-primary">
          {t('stages.prioritisation.addIdea')}
        </button>
      </form>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
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
                    <input
                      key={idea.theme}
                      defaultValue={idea.theme}
                      maxLength={300}
                      list={themesId}
                      aria-label={t('stages.prioritisation.themeOf', { idea: idea.text })}
                      onBlur={(event) => commitTheme(idea, event.currentTarget.value)}
                      onKeyDown={(event) => onThemeKey(event, idea)}
                    />
                    <button
                      type="button"
                      aria-label={t('stages.prioritisation.removeIdeaLabel', { idea: idea.text })}
                      onClick={() =>
                        void writes.remove(idea.id, t('stages.prioritisation.ideaRemoved'))
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
