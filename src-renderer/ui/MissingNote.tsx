/**
 * The "missing" state of a record whose organisation, cluster or other required target is not in
 * this workspace (it never arrived): a warning mark and the whole sentence, naming whom to ask
 * (src-renderer/db/missing-references.ts). One look wherever such a record is shown — roster
 * lists and pages, workshop participants, the runner and the report.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { MissingReference } from '../db/missing-references';
import './missing-note.css';

/** The tables whose missing records have words of their own; any other is "a record". */
function missingKind(ref: MissingReference): 'organisations' | 'clusters' | 'records' {
  return ref.table === 'organisations' || ref.table === 'clusters' ? ref.table : 'records';
}

/** "Missing organisation — ask Tunis Olive Cluster for it", in the UI language. */
export function missingReferenceText(t: TFunction, ref: MissingReference): string {
  const kind = missingKind(ref);
  switch (ref.ask.kind) {
    case 'partner':
      return t(`lists.missing.${kind}.askPartner`, { partner: ref.ask.partner });
    case 'here':
      return t(`lists.missing.${kind}.here`);
    case 'unknown':
      return t(`lists.missing.${kind}.askUnknown`, { node: ref.ask.shortNode });
  }
}

/** "Missing organisation", where the record's name is wanted (a page title). */
export function missingReferenceName(t: TFunction, ref: MissingReference): string {
  return t(`lists.missing.${missingKind(ref)}.short`);
}

/**
 * The missing state as shown everywhere: a warning mark and the full sentence (not colour alone).
 * The mark is drawn by CSS with empty alternative text, so screen readers and copied text get the
 * sentence only. The title keeps the sentence at hand where a narrow table cell cuts it short.
 */
export function MissingNote({ text }: { text: string }) {
  return (
    <span className="missing-note" title={text}>
      <span className="missing-note-text">{text}</span>
    </span>
  );
}

/** A MissingNote for one missing reference. */
export function MissingReferenceNote({ missing }: { missing: MissingReference }) {
  const { t } = useTranslation();
  return <MissingNote text={missingReferenceText(t, missing)} />;
}
