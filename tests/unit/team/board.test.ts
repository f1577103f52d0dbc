// Issue 20: the team board. Every file is one entry, a bad file never stops
// the others, and each report is judged by the Check a report page's own
// code against the manager's assignment for that trainee.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../../src/progress/assignment';
import { checkReport } from '../../../src/progress/check-report';
import type { ReportRow } from '../../../src/team/board';
import { buildBoard } from '../../../src/team/board';
import { T0, DAY } from '../progress/fixtures';
import { assignmentFor, course, file, ideas, linkFile, reportFor, tampered } from './team-fixtures';

const rowOf = (entries: ReturnType<typeof buildBoard>['entries'], name: string) => entries.find((e): e is ReportRow => e.kind === 'report' && e.file === name);

describe('the team board', () => {
  const links = [
    linkFile('sam.txt', assignmentFor('Sam Okafor')),
    linkFile('ana.txt', assignmentFor('Ana Ruiz')),
    linkFile('lee.txt', assignmentFor('Lee Chen')),
  ];
  const files = [
    ...links,
    file('sam.json', reportFor('Sam Okafor', true)),
    file('ana.json', tampered('Ana Ruiz')),
    file('lee.json', reportFor('Lee Chen', false)),
    file('notes.json', '{"hello":'),
  ];
  const board = buildBoard(files, course, [], T0 + DAY);

  it('gives one entry per file, in order, and one row per readable report', () => {
    expect(board.entries.map((e) => [e.kind, e.file])).toEqual([
      ['assignment', 'sam.txt'],
      ['assignment', 'ana.txt'],
      ['assignment', 'lee.txt'],
      ['report', 'sam.json'],
      ['report', 'ana.json'],
      ['report', 'lee.json'],
      ['bad', 'notes.json'],
    ]);
    expect(board.rows).toHaveLength(3);
    expect(board.assignments.map((a) => a.n)).toEqual(['Sam Okafor', 'Ana Ruiz', 'Lee Chen']);
  });

  it('judges a report with the same check as the Check a report page, against the trainee’s own assignment', () => {
    const sam = rowOf(board.entries, 'sam.json');
    expect(sam?.check).toEqual(checkReport(reportFor('Sam Okafor', true), course.bank, course.index, assignmentFor('Sam Okafor')));
    expect(sam).toMatchObject({ trainee: 'Sam Okafor', standing: 'done', done: 3, items: 3, flags: [], final: { score: 15, max: 15, passed: true } });
    expect(sam?.assignment?.n).toBe('Sam Okafor');
  });

  it('flags a tampered report with its reason, and a failing one is not done but not flagged', () => {
    expect(rowOf(board.entries, 'ana.json')?.flags).toContain('1 claim does not match the answers.');
    const lee = rowOf(board.entries, 'lee.json');
    expect(lee).toMatchObject({ standing: 'due', flags: [], due: '2026-12-05' });
    expect(lee?.final).toBeUndefined();
    expect(lee?.done).toBeLessThan(3);
  });

  it('lists a bad file with its reason', () => {
    expect(board.entries.at(-1)).toEqual({ kind: 'bad', file: 'notes.json', reason: expect.stringContaining('not JSON') });
    const other = buildBoard([file('cat.png', 'GIF89a…'), file('x.json', { format: 'warm-open-report', v: 9 })], course, [], T0);
    expect(other.entries.map((e) => (e.kind === 'bad' ? e.reason : ''))).toEqual([
      'This file is neither a completion report from this course nor an assignment link.',
      'This report was made by a newer version of the course; this page cannot read it.',
    ]);
  });

  it('is overdue once past the due day, and flags a report with no assignment of the manager’s', () => {
    const late = buildBoard([file('lee.json', reportFor('Lee Chen', false))], course, [assignmentFor('Lee Chen')], Date.UTC(2026, 11, 6, 12));
    expect(late.rows[0]?.standing).toBe('overdue');
    const none = buildBoard([file('lee.json', reportFor('Lee Chen', false))], course, [], T0);
    expect(none.rows[0]?.flags).toEqual(['No assignment of yours to check it against: add your assignment link.']);
    const other = buildBoard([file('lee.json', reportFor('Lee Chen', false))], course, [assignmentFor('Sam Okafor')], T0);
    expect(other.rows[0]?.flags).toEqual(['None of your assignments is for this trainee.']);
  });

  it('flags a report whose assignment differs from the manager’s, choosing the closest of the trainee’s', () => {
    const mine: Assignment[] = [
      { ...assignmentFor('Sam Okafor'), m: 90, c: '2026-10-01' },
      { ...assignmentFor('Sam Okafor'), m: 95 },
    ];
    const b = buildBoard([file('sam.json', reportFor('Sam Okafor', true))], course, mine, T0);
    expect(b.rows[0]?.flags).toEqual(["Does not answer your assignment. Pass mark: yours is 95%; the report's is 80%."]);
  });

  it('counts a dropped link it already knows once, and refuses a link of another course', () => {
    const a = assignmentFor('Sam Okafor');
    const b = buildBoard([linkFile('one.txt', a), linkFile('foreign.txt', { ...a, i: ['L:negotiation/anchoring'] })], course, [a], T0);
    expect(b.entries[0]).toMatchObject({ kind: 'assignment', repeat: true });
    expect(b.entries[1]).toMatchObject({ kind: 'bad', reason: expect.stringContaining('does not have (L:negotiation/anchoring)') });
    expect(b.assignments).toHaveLength(1);
  });

  it("ranks the team's weakest ideas by the share that missed them", () => {
    // Lee and Ana answered the lesson's practice wrong; Sam answered all right.
    const top = board.weakest[0];
    expect(top).toMatchObject({ missed: 2, team: 3 });
    expect(board.weakest.every((s) => s.missed <= 2)).toBe(true);
    const connect = ideas.find((i) => i.id === 'O6');
    expect(board.weakest.map((s) => s.idea.id)).toContain('O6');
    expect(connect?.lesson?.url).toBe('/course/openers/connect-first/');
    expect(buildBoard([file('sam.json', reportFor('Sam Okafor', true))], course, [], T0).weakest).toEqual([]);
  });

  it('maps every idea to the questions that assess it', () => {
    expect(ideas).toHaveLength(21);
    for (const idea of ideas) expect(idea.questions.length, idea.id).toBeGreaterThan(0);
  });
});

describe('the team board, for any mix of files', () => {
  const honest = JSON.stringify(reportFor('Sam Okafor', true));
  const link = linkFile('l.txt', assignmentFor('Sam Okafor')).text;
  /** A valid report with one value anywhere in it replaced: tampered or malformed. */
  const edited = fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([at, value]) => {
    const data = JSON.parse(honest) as Record<string, unknown>;
    const paths: { obj: Record<string, unknown> | unknown[]; key: string | number }[] = [];
    const walk = (node: unknown) => {
      if (node === null || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        paths.push({ obj: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
        walk(value);
      }
    };
    walk(data);
    const spot = paths[at % paths.length];
    if (spot) (spot.obj as Record<string | number, unknown>)[spot.key] = value;
    return JSON.stringify(data);
  });
  const anyText = fc.oneof(
    fc.constant(honest),
    fc.constant(link),
    edited,
    fc.string(),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.nat(honest.length).map((n) => honest.slice(0, n)),
    fc.nat(link.length).map((n) => link.slice(0, n)),
  );
  const files = fc.array(fc.record({ name: fc.string({ maxLength: 30 }), text: anyText }), { maxLength: 8 });

  it('gives one entry per file and never throws', () => {
    fc.assert(
      fc.property(files, fc.integer({ min: T0 - 400 * DAY, max: T0 + 400 * DAY }), (list, now) => {
        const b = buildBoard(list, course, [], now);
        expect(b.entries).toHaveLength(list.length);
        b.entries.forEach((e, i) => expect(e.file).toBe(list[i]?.name));
        expect(b.rows.length).toBe(b.entries.filter((e) => e.kind === 'report').length);
        for (const s of b.weakest) expect(s.missed).toBeLessThanOrEqual(s.team);
      }),
      { numRuns: 150 },
    );
  });
});
