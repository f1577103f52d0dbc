/**
 * The board's table as text: the cells of each row, sorting, filtering and
 * the CSV export. The page and the CSV take their cells from rowCells, so the
 * download says exactly what the table shows.
 */
import type { BoardEntry, ReportRow, Standing } from './board';

export const COLUMNS = ['Trainee', 'Assignment', 'Status', 'Final assessment', 'Flags', 'Last activity', 'File'] as const;
export type Column = (typeof COLUMNS)[number];

/** How a day or a time is written: the page passes the reader's calendar, tests a fixed one. */
export type DayFormat = (t: number | string) => string;

export type Filter = 'all' | 'flagged' | 'overdue' | 'not-done' | 'done' | 'unreadable';

const pct = (score: number, max: number) => `${Math.round((max ? score / max : 0) * 100)}%`;
const round = (n: number) => String(Math.round(n * 100) / 100);

function status(row: ReportRow, day: DayFormat): string {
  const items = `${row.done} of ${row.items} items`;
  if (row.standing === 'done') return `Done (${items})`;
  const due = row.due === undefined ? 'no due date' : `due ${day(row.due)}`;
  return row.standing === 'overdue' ? `Overdue: ${due} (${items})` : `Not done yet, ${due} (${items})`;
}

/** One entry's cells, in COLUMNS order; a file that is not a report gives its reason. */
export function rowCells(entry: BoardEntry, day: DayFormat): Record<Column, string> {
  if (entry.kind === 'bad')
    return { Trainee: '', Assignment: '', Status: 'Not read', 'Final assessment': '', Flags: `⚠ ${entry.reason}`, 'Last activity': '', File: entry.file };
  if (entry.kind === 'assignment')
    return {
      Trainee: entry.assignment.n,
      Assignment: `Set on ${day(entry.assignment.c)}`,
      Status: entry.repeat ? 'Assignment link (already added)' : 'Assignment link',
      'Final assessment': '',
      Flags: '',
      'Last activity': '',
      File: entry.file,
    };
  const f = entry.final;
  return {
    Trainee: entry.trainee,
    Assignment: entry.assignment ? `Set on ${day(entry.assignment.c)}` : 'None of yours',
    Status: status(entry, day),
    'Final assessment': f ? `${round(f.score)} of ${round(f.max)} (${pct(f.score, f.max)}), ${f.passed ? 'passed' : 'not passed'}` : 'Not taken',
    // The mark and the words say it, not only the row's colour.
    Flags: entry.flags.length ? `⚠ ${entry.flags.join(' ')}` : '✓ None',
    'Last activity': day(entry.last),
    File: entry.file,
  };
}

export function matches(entry: BoardEntry, filter: Filter, text: string): boolean {
  if (entry.kind === 'assignment') return false;
  const words = text.trim().toLowerCase();
  if (words && !`${entry.kind === 'report' ? entry.trainee : ''} ${entry.file}`.toLowerCase().includes(words)) return false;
  if (filter === 'all') return true;
  if (entry.kind === 'bad') return filter === 'unreadable';
  if (filter === 'flagged') return entry.flags.length > 0;
  if (filter === 'overdue') return entry.standing === 'overdue';
  if (filter === 'not-done') return entry.standing !== 'done';
  return filter === 'done' && entry.standing === 'done';
}

const STANDING_ORDER: Record<Standing, number> = { overdue: 0, due: 1, done: 2 };

/** A sort key per column: numbers where the column is a quantity, else the cell's text. */
function key(entry: BoardEntry, column: Column, day: DayFormat): number | string {
  if (entry.kind !== 'report') return column === 'File' ? entry.file : column === 'Flags' ? 1 : column === 'Trainee' ? '' : -1;
  switch (column) {
    case 'Status':
      return STANDING_ORDER[entry.standing] * 1000 + entry.done;
    case 'Final assessment':
      return entry.final ? entry.final.score / (entry.final.max || 1) : -1;
    case 'Flags':
      return entry.flags.length;
    case 'Last activity':
      return entry.last;
    default:
      return rowCells(entry, day)[column];
  }
}

/** A stable sort of the entries by one column. */
export function sortEntries<T extends BoardEntry>(entries: readonly T[], column: Column, ascending: boolean, day: DayFormat): T[] {
  const keyed = entries.map((entry, i) => ({ entry, i, k: key(entry, column, day) }));
  keyed.sort((a, b) => {
    const order = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k));
    return (ascending ? order : -order) || a.i - b.i;
  });
  return keyed.map((k) => k.entry);
}

/**
 * RFC 4180 CSV of the rows shown, header first. A cell that a spreadsheet
 * would run as a formula (=, +, -, @, tab, return) gets a leading apostrophe:
 * names come from trainees' files.
 */
export function boardCsv(entries: readonly BoardEntry[], day: DayFormat): string {
  const cell = (text: string) => {
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const lines = [COLUMNS.map(cell).join(','), ...entries.map((e) => COLUMNS.map((c) => cell(rowCells(e, day)[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
