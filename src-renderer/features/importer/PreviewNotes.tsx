/**
 * What the import will store differently from the file, or wants the user to look at, on rows that
 * are imported all the same: one line per kind with its row count ("Website: https:// added
 * (12 rows)"), then each row with the value as it will be stored.
 */
import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '../../../src-core/roster';
import { formatNumber } from '../../i18n/format';
import { StaticTable, type StaticColumn } from '../../ui/table/StaticTable';
import { messageOf } from './messages';

const LISTED = 500;

interface ListedNote {
  readonly note: ImportProblem;
  readonly index: number;
}

/** Notes by kind, in the order each kind first appears; a kind counts rows, not notes. */
export function noteKinds(notes: readonly ImportProblem[]): { key: string; rows: number }[] {
  const rowsByKey = new Map<string, Set<number>>();
  for (const note of notes) {
    const rows = rowsByKey.get(note.key) ?? new Set<number>();
    rows.add(note.rowNumber);
    rowsByKey.set(note.key, rows);
  }
  return [...rowsByKey].map(([key, rows]) => ({ key, rows: rows.size }));
}

/** "importer.notes.websiteSchemeAdded" → "importer.noteKinds.websiteSchemeAdded". */
const kindKey = (key: string): string => key.replace(/^importer\.notes\./, 'importer.noteKinds.');

export function PreviewNotes({ notes }: { notes: readonly ImportProblem[] }) {
  const { t, i18n } = useTranslation();
  if (notes.length === 0) return null;
  const n = (value: number) => formatNumber(value, i18n.language);
  const kinds = noteKinds(notes).filter(({ key }) => i18n.exists(kindKey(key)));
  const columns: StaticColumn<ListedNote>[] = [
    {
      id: 'row',
      header: t('importPage.columns.row'),
      cell: ({ note }) => n(note.rowNumber),
      isNumeric: true,
    },
    {
      id: 'column',
      header: t('importPage.columns.column'),
      cell: ({ note }) => note.column ?? '—',
    },
    {
      id: 'note',
      header: t('importer.notesColumn'),
      cell: ({ note }) => messageOf(t, note.key, note.values),
    },
  ];
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('importer.notesTitle')}</h2>
      <p className="field-hint">{t('importer.notesHint')}</p>
      {kinds.length > 0 && (
        <ul className="import-counts" data-testid="note-kinds">
          {kinds.map(({ key, rows }) => (
            <li key={key}>
              {t('importer.noteCount', {
                what: t(kindKey(key) as 'importer.notesTitle'),
                count: rows,
                n: n(rows),
              })}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('importer.notesShow', { count: notes.length, n: n(notes.length) })}</summary>
        <div className="table-wrap import-list">
          <StaticTable
            label={t('importer.notesTitle')}
            columns={columns}
            rows={notes.slice(0, LISTED).map((note, index) => ({ note, index }))}
            rowKey={({ note, index }) => `${note.rowNumber}-${index}`}
            isCompact
          />
        </div>
        {notes.length > LISTED && (
          <p className="field-hint">
            {t('importer.moreNotes', { count: notes.length - LISTED, n: n(notes.length - LISTED) })}
          </p>
        )}
      </details>
    </section>
  );
}
