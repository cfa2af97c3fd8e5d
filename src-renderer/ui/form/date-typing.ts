/**
 * Dates typed as text in the order of the UI language (dd/mm/yyyy, mm/dd/yyyy, yyyy-mm-dd), read
 * into and written from ISO calendar days. Pure: Intl only, no React, no DOM.
 */
import { formatLocale } from '../../../src-core/model/workspace';

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** What the field shows, in order: e.g. "dd/mm/yyyy" for English and Spanish. */
export interface DatePartLetters {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

interface DatePattern {
  readonly order: DateOrder;
  readonly separator: string;
}

const patterns = new Map<string, DatePattern>();

/** The order of the language's formats (region included: English as in the US types mm/dd). */
function patternOf(language: string): DatePattern {
  const locale = formatLocale(language);
  const known = patterns.get(locale);
  if (known) return known;
  let parts: Intl.DateTimeFormatPart[] = [];
  try {
    parts = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2026, 2, 15)));
  } catch {
    // Not a language tag Intl knows: fall back to ISO order, which nobody misreads.
  }
  const fields = parts
    .filter(({ type }) => type === 'day' || type === 'month' || type === 'year')
    .map(({ type }) => type[0])
    .join('');
  const order: DateOrder = fields === 'dmy' || fields === 'mdy' ? fields : 'ymd';
  const literal = parts.find(({ type }) => type === 'literal')?.value.trim()[0] ?? '';
  const separator =
    literal !== '' && '/.-'.includes(literal) ? literal : order === 'ymd' ? '-' : '/';
  const pattern = { order, separator };
  patterns.set(locale, pattern);
  return pattern;
}

export function dateOrder(locale: string): DateOrder {
  return patternOf(locale).order;
}

/** Three groups of digits split by one of / . - (spaces around it allowed) or by spaces. */
const TYPED = /^(\d{1,4})(?:\s*[/.-]\s*|\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+)(\d{1,4})\.?$/;

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits typed as the Latin ones. */
function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) =>
    String((digit.codePointAt(0)! - 0x0660) % 0x90),
  );
}

/**
 * A typed date → ISO "YYYY-MM-DD"; null when empty; 'invalid' when it is not a calendar day.
 * A first group of four digits is read as year-month-day in every language ("2026-03-15").
 * Two-digit years are this century; shorter or three-digit ones are unfinished typing.
 */
export function parseTypedDate(text: string, locale: string): string | null | 'invalid' {
  const trimmed = latinDigits(text).trim();
  if (trimmed === '') return null;
  const match = TYPED.exec(trimmed);
  if (!match) return 'invalid';
  const [, first = '', second = '', third = ''] = match;
  const order = first.length === 4 ? 'ymd' : dateOrder(locale);
  const [dayText, monthText, yearText] =
    order === 'dmy'
      ? [first, second, third]
      : order === 'mdy'
        ? [second, first, third]
        : [third, second, first];
  if (dayText.length > 2 || (yearText.length !== 2 && yearText.length !== 4)) return 'invalid';
  const year = Number(yearText) + (yearText.length === 2 ? 2000 : 0);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return 'invalid';
  }
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An ISO date as the field shows it ("15/03/2026"); anything else is returned as it is. */
export function formatTypedDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year = '', month = '', day = ''] = match;
  return arrange(patternOf(locale), { day, month, year });
}

/** What to type, in the language's order: "dd/mm/yyyy", or with the letters given. */
export function datePlaceholder(
  locale: string,
  letters: DatePartLetters = { day: 'dd', month: 'mm', year: 'yyyy' },
): string {
  return arrange(patternOf(locale), letters);
}

function arrange({ order, separator }: DatePattern, parts: DatePartLetters): string {
  const { day, month, year } = parts;
  const ordered =
    order === 'dmy'
      ? [day, month, year]
      : order === 'mdy'
        ? [month, day, year]
        : [year, month, day];
  return ordered.join(separator);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
