// The board's table as text: the CSV says what the table says, sorting is
// stable, filters pick the rows they name, and a name that a spreadsheet
// would run as a formula is written as text.
import { describe, expect, it } from 'vitest';
import { buildBoard } from '../../../src/team/board';
import { COLUMNS, boardCsv, matches, rowCells, sortEntries } from '../../../src/team/board-table';
import { T0, DAY } from '../progress/fixtures';
import { assignmentFor, course, file, linkFile, reportFor, tampered } from './team-fixtures';
import { parseCsv } from '../../support/parse-csv';

const day = (t: number | string) => (typeof t === 'string' ? t : new Date(t).toISOString().slice(0, 10));
const board = buildBoard(
  [
    linkFile('sam.txt', assignmentFor('Sam Okafor')),
    linkFile('ana.txt', assignmentFor('Ana Ruiz')),
    file('sam.json', reportFor('Sam Okafor', true)),
    file('ana.json', tampered('Ana Ruiz')),
    file('lee.json', reportFor('Lee Chen', false)),
    file('bad.json', '{'),
  ],
  course,
  [],
  T0 + DAY,
);
const shown = board.entries.filter((e) => matches(e, 'all', ''));

describe('the board table', () => {
  it('writes each row’s cells, a failing report plainly and a bad file with its reason', () => {
    const cells = shown.map((e) => rowCells(e, day));
    expect(cells.map((c) => c.Trainee)).toEqual(['Sam Okafor', 'Ana Ruiz', 'Lee Chen', '']);
    expect(cells[0]).toMatchObject({
      Assignment: 'Set on 2026-11-01',
      Status: 'Done (3 of 3 items)',
      'Final assessment': '15 of 15 (100%), passed',
      Flags: '✓ None',
    });
    expect(cells[1]?.Flags).toBe('⚠ 1 claim does not match the answers.');
    expect(cells[2]).toMatchObject({ Assignment: 'None of yours', 'Final assessment': 'Not taken' });
    expect(cells[2]?.Status).toMatch(/^Not done yet, due 2026-12-05 \([0-2] of 3 items\)$/);
    expect(cells[3]).toMatchObject({ Status: 'Not read', File: 'bad.json' });
    expect(cells[3]?.Flags).toMatch(/^⚠ This file is not a report: it is not JSON/);
  });

  it('exports exactly the cells of the rows shown, header first', () => {
    const rows = parseCsv(boardCsv(shown, day));
    expect(rows[0]).toEqual([...COLUMNS]);
    expect(rows.slice(1)).toEqual(shown.map((e) => COLUMNS.map((c) => rowCells(e, day)[c])));
  });

  it('quotes commas and quotes, and keeps a formula from running', () => {
    const named = buildBoard([file('x.json', reportFor('=HYPERLINK("http://x.example", "a, b")', true))], course, [], T0);
    const row = parseCsv(boardCsv(named.entries, day))[1];
    expect(row?.[0]).toBe(`'=HYPERLINK("http://x.example", "a, b")`);
  });

  it('filters by standing, flags and name, and never lists the links', () => {
    const names = (f: Parameters<typeof matches>[1], text = '') => board.entries.filter((e) => matches(e, f, text)).map((e) => e.file);
    expect(names('flagged')).toEqual(['ana.json', 'lee.json']);
    expect(names('done')).toEqual(['sam.json']);
    expect(names('not-done')).toEqual(['ana.json', 'lee.json']);
    expect(names('unreadable')).toEqual(['bad.json']);
    expect(names('all', 'RUIZ')).toEqual(['ana.json']);
    expect(names('overdue')).toEqual([]);
  });

  it('sorts by a column either way, stably', () => {
    const by = (c: (typeof COLUMNS)[number], up: boolean) => sortEntries(shown, c, up, day).map((e) => e.file);
    expect(by('Trainee', true)).toEqual(['bad.json', 'ana.json', 'lee.json', 'sam.json']);
    expect(by('Final assessment', false)[0]).toBe('sam.json');
    expect(by('Status', true)).toEqual(['bad.json', 'ana.json', 'lee.json', 'sam.json']);
    expect(by('Flags', false).slice(0, 2)).toEqual(['ana.json', 'lee.json']);
  });
});
