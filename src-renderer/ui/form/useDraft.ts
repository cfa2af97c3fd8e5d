/**
 * A text the user is typing, kept apart from the stored value until it is committed (on blur or
 * Enter): a save landing while the user types never replaces or splices what they are typing, and
 * the field shows what was typed until the store catches up. Escape goes back to the stored value.
 */
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';

/** Resolves false when the write was refused (the typed text stays, to be corrected). */
export type Commit = (value: string) => Promise<boolean> | boolean | void;

interface Draft {
  readonly text: string;
  readonly editing: boolean;
}

export function useDraft(value: string, commit: Commit, options: { multiline?: boolean } = {}) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const stored = useRef(value);

  // A new stored value ends a draft that is not being edited (the store caught up, or another
  // writer changed it); while the user types, their text wins.
  useEffect(() => {
    if (stored.current === value) return;
    stored.current = value;
    setDraft((current) => (current && !current.editing ? null : current));
  }, [value]);

  async function finish(text: string) {
    const next = text.trim();
    if (next === value.trim()) {
      setDraft(null);
      return;
    }
    setDraft({ text, editing: false });
    const accepted = await commit(next);
    // The store may already hold the value (no new render comes): end the draft here.
    if (accepted !== false && stored.current.trim() === next) setDraft(null);
  }

  return {
    value: draft?.text ?? value,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDraft({ text: event.target.value, editing: true }),
    onBlur: () => {
      if (draft?.editing) void finish(draft.text);
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Escape' && draft) {
        event.preventDefault();
        setDraft(null);
      } else if (event.key === 'Enter' && !options.multiline && draft?.editing) {
        event.preventDefault();
        void finish(draft.text);
      }
    },
  };
}
