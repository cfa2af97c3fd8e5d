/**
 * The table element itself, with virtualized rows. Only the rows in view (plus overscan) are in the
 * DOM, between two aria-hidden spacer rows that give the scroll area its full height; the table
 * keeps native semantics, with aria-rowcount/aria-rowindex telling where each row sits.
 *
 * Keyboard: rows form one tab stop (roving tabindex). Arrow keys, Page Up/Down, Home and End move
 * between rows (scrolling as needed); Enter opens the record, as does a click.
 */
import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { TableRow } from './types';

/** Row height in CSS pixels; table.css gives every body row exactly this height. */
export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 40;
const OVERSCAN = 10;
/** Space kept below the table when it fills the window. */
const BOTTOM_GAP = 24;
const MIN_HEIGHT = 240;

/** A cell cut short by its column's width shows its whole text on hover (or keyboard focus). */
function showClippedText(event: SyntheticEvent<HTMLTableSectionElement>) {
  const cell = event.target instanceof Element ? event.target.closest('td') : null;
  if (!cell) return;
  const isClipped = cell.scrollWidth > cell.clientWidth;
  cell.title = isClipped ? (cell.textContent ?? '') : '';
}

export function TableGrid<T extends TableRow>({
  table,
  rows,
  labelledBy,
  rowHref,
  resetKey,
}: {
  table: Table<T>;
  rows: readonly Row<T>[];
  labelledBy: string;
  rowHref: (id: string) => string;
  /** Changes when the search or filters change: the list then scrolls back to its top. */
  resetKey: string;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const focusRequest = useRef<number | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  // The scroll area fills the window below it, and follows the window's size.
  const attachScrollArea = useCallback((element: HTMLDivElement | null) => {
    scrollRef.current = element;
    if (!element) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.height = `${Math.max(MIN_HEIGHT, window.innerHeight - top - BOTTOM_GAP)}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    if (element.parentElement) observer.observe(element.parentElement);
    window.addEventListener('resize', fit);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', fit);
      scrollRef.current = null;
    };
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    scrollPaddingStart: HEADER_HEIGHT,
    useFlushSync: false,
  });

  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  // A row asked for by the keyboard gets focus once it is rendered.
  useEffect(() => {
    const index = focusRequest.current;
    if (index === null) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (element) {
      focusRequest.current = null;
      element.focus({ preventScroll: true });
    }
  });

  const items = virtualizer.getVirtualItems();
  const total = virtualizer.getTotalSize();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? total - (items[items.length - 1]?.end ?? 0) : 0;
  const active = Math.min(activeIndex, rows.length - 1);
  const tabStop = items.some((item) => item.index === active) ? active : (items[0]?.index ?? 0);
  const columns = table.getVisibleLeafColumns();

  function open(row: Row<T>) {
    window.location.hash = rowHref(row.original.id);
  }

  function moveTo(index: number) {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    setActiveIndex(target);
    focusRequest.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    const element = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    if (element) {
      focusRequest.current = null;
      element.focus({ preventScroll: true });
    }
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, row: Row<T>) {
    if (event.target !== event.currentTarget) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      open(row);
    } else if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] ?? index);
    }
  }

  return (
    <div className="table-scroll" ref={attachScrollArea}>
      <table
        className="data-table virtual-table"
        aria-labelledby={labelledBy}
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: column.columnDef.meta?.width }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} role="row" aria-rowindex={1}>
              {group.headers.map((header) => {
                const column = header.column;
                const sorted = column.getIsSorted();
                const meta = column.columnDef.meta;
                const label = meta?.label(t) ?? column.id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={meta?.isNumeric ? 'numeric' : undefined}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    {column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={column.getToggleSortingHandler()}
                      >
                        <span className="sort-label">{label}</span>
                        <span aria-hidden="true" className="sort-indicator">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onMouseOver={showClippedText} onFocus={showClippedText}>
          {paddingTop > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <tr
                key={row.id}
                role="row"
                className="data-row"
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === tabStop ? 0 : -1}
                onClick={() => open(row)}
                onFocus={() => setActiveIndex(item.index)}
                onKeyDown={(event) => onRowKeyDown(event, item.index, row)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cell.column.columnDef.meta?.isNumeric ? 'numeric' : undefined}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={columns.length} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
