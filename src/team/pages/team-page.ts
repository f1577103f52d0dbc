/**
 * The team board page: reads dropped files (picker or drag and drop), keeps
 * them (kept-files.ts), builds the board (board.ts) against the course's own
 * data and the links this browser's Assign page made, and lays out the table,
 * the assignments and the weakest ideas. Every text from a file goes in as
 * text; links are built only from the course's own URLs.
 */
import { readAssigned } from '../../progress/assigned-links';
import { browserStorage } from '../../progress/browser/events';
import { MAX_REPORT_BYTES } from '../../progress/report-file';
import { $, LOAD_FAILED, base, download, loadIndex, loadQuestionBank, readChosenFile } from '../../progress/pages/dom';
import { h } from '../../utils/h';
import type { Board, CourseData, DroppedFile } from '../board';
import { buildBoard } from '../board';
import type { Column, DayFormat, Filter } from '../board-table';
import { COLUMNS, boardCsv, matches, rowCells, sortEntries } from '../board-table';
import type { IdeaInfo } from '../idea-map';
import { coachingAnchor } from '../idea-map';
import { readKept, withAdded, writeKept } from '../kept-files';

const storage = browserStorage();
const input = $<HTMLInputElement>('[data-team-files]');
const status = $('[data-team-status]');
const board = $('[data-team-board]');
const show = $<HTMLSelectElement>('[data-team-show]');
const find = $<HTMLInputElement>('[data-team-find]');

const day: DayFormat = (t) =>
  new Date(typeof t === 'string' ? `${t}T12:00:00` : t).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

let files: DroppedFile[] = [];
let current: Board | undefined;
let sort: { column: Column; ascending: boolean } | undefined;

async function loadCourse(): Promise<CourseData> {
  const ideas = fetch(`${base}team-ideas.json`).then(async (r) => {
    if (!r.ok) throw new Error(`team-ideas.json: ${r.status}`);
    return ((await r.json()) as { ideas: IdeaInfo[] }).ideas;
  });
  const [index, bank, map] = await Promise.all([loadIndex(), loadQuestionBank(), ideas]);
  return { index, bank, ideas: map };
}

/** The entries the table shows now: filtered, then sorted. */
function shown(b: Board) {
  const list = b.entries.filter((e) => matches(e, show.value as Filter, find.value));
  return sort ? sortEntries(list, sort.column, sort.ascending, day) : list;
}

function renderTable(b: Board) {
  const list = shown(b);
  $('[data-team-rows]').replaceChildren(
    ...list.map((entry) => {
      const cells = rowCells(entry, day);
      const flagged = entry.kind === 'bad' || (entry.kind === 'report' && entry.flags.length > 0);
      const row = h('tr', { class: flagged ? 'is-problem' : 'is-match' });
      // <bdi>: a right-to-left name keeps its own direction without turning the row's.
      row.append(h('th', {}, h('bdi', {}, cells.Trainee)), ...COLUMNS.slice(1).map((c) => h('td', {}, c === 'File' ? h('bdi', {}, cells[c]) : cells[c])));
      row.firstElementChild?.setAttribute('scope', 'row');
      return row;
    }),
  );
  for (const th of document.querySelectorAll<HTMLElement>('[data-column]')) {
    if (sort && th.dataset['column'] === sort.column) th.setAttribute('aria-sort', sort.ascending ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  return list.length;
}

function renderAssignments(b: Board) {
  const items = b.assignments.map((a) =>
    h(
      'li',
      {},
      h('bdi', {}, a.n),
      `: ${a.i.length} ${a.i.length === 1 ? 'item' : 'items'}, pass mark ${a.m}%, set on ${day(a.c)}${a.d ? `, due ${day(a.d)}` : ''}.`,
    ),
  );
  $('[data-team-assignments]').replaceChildren(
    ...(items.length ? items : [h('li', {}, 'None yet: drop the assignment links you sent, or make them on Assign lessons in this browser.')]),
  );
}

function renderIdeas(b: Board) {
  const top = b.weakest.slice(0, 5);
  $('[data-team-ideas]').replaceChildren(
    ...(top.length
      ? top.map(({ idea, missed, team }) =>
          h(
            'li',
            {},
            h('span', { class: 'team-idea-share' }, `Missed by ${missed} of ${team} (${Math.round((missed / team) * 100)}%)`),
            `: ${idea.text} `,
            idea.lesson ? h('a', { href: idea.lesson.url }, `Lesson: ${idea.lesson.title}`) : '',
            idea.lesson ? ' · ' : '',
            h('a', { href: `${base}manager-guide/#${coachingAnchor(idea.id)}` }, `Coaching notes for ${idea.id}`),
          ),
        )
      : [h('li', {}, 'No idea was missed in these reports.')]),
  );
}

function render(b: Board) {
  const reports = b.rows.length;
  const flagged = b.rows.filter((r) => r.flags.length).length;
  const bad = b.entries.filter((e) => e.kind === 'bad').length;
  const done = b.rows.filter((r) => r.standing === 'done').length;
  const overdue = b.rows.filter((r) => r.standing === 'overdue').length;
  $('[data-team-summary]').textContent =
    `${reports} ${reports === 1 ? 'report' : 'reports'}: ${done} done, ${overdue} overdue, ${flagged} flagged.` +
    (bad ? ` ${bad} ${bad === 1 ? 'file' : 'files'} could not be read (listed in the table).` : '');
  renderTable(b);
  renderAssignments(b);
  renderIdeas(b);
  board.hidden = false;
}

async function readFiles(list: FileList | File[]): Promise<DroppedFile[]> {
  return Promise.all(
    [...list].map(async (file) => {
      // Too large to be a report: never loaded whole, listed with its reason.
      const chosen = await readChosenFile(file, MAX_REPORT_BYTES);
      if (chosen.ok) return { name: file.name, text: chosen.text };
      return {
        name: file.name,
        text: '',
        problem: chosen.tooLarge ? 'This file is too large to be a report from this course.' : 'This file could not be read.',
      };
    }),
  );
}

function start(course: CourseData) {
  const kept = readKept(storage);
  files = kept.files;
  const rebuild = () => {
    current = buildBoard(
      files,
      course,
      readAssigned(storage).map((r) => r.assignment),
      Date.now(),
    );
    render(current);
  };
  if (files.length) rebuild();
  if (kept.problem === 'blocked') status.textContent = 'This browser blocks site storage: the board works, but forgets its files when you leave the page.';
  if (kept.problem === 'unreadable')
    status.textContent = 'The files kept on this board could not be read back, so the board starts empty. Drop the files again.';

  const add = async (list: FileList | File[]) => {
    if (!list.length) return;
    const added = await readFiles(list);
    files = withAdded(files, added);
    const keptNow = writeKept(storage, files);
    rebuild();
    const n = added.length;
    status.textContent =
      `Added ${n} ${n === 1 ? 'file' : 'files'}; the board shows ${files.length}.` +
      (keptNow ? '' : " This browser's storage is full or blocked: these files show until you leave the page, and your saved progress is untouched.");
    board.focus();
  };
  input.addEventListener('change', () => {
    const list = [...(input.files ?? [])];
    input.value = '';
    void add(list);
  });
  const drop = $('[data-team-drop]');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('is-over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('is-over');
    void add([...(e.dataTransfer?.files ?? [])]);
  });

  const refilter = () => {
    if (!current) return;
    const n = renderTable(current);
    status.textContent = `Showing ${n} of ${current.entries.filter((e) => e.kind !== 'assignment').length} files.`;
  };
  show.addEventListener('change', refilter);
  find.addEventListener('input', refilter);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-sort]')) {
    button.addEventListener('click', () => {
      const column = button.dataset['sort'] as Column;
      sort = { column, ascending: sort?.column === column ? !sort.ascending : true };
      if (current) renderTable(current);
      status.textContent = `Sorted by ${column}, ${sort.ascending ? 'ascending' : 'descending'}.`;
    });
  }
  $('[data-team-csv]').addEventListener('click', () => {
    if (current) download('warm-open-team.csv', boardCsv(shown(current), day), 'text/csv;charset=utf-8');
  });
  $('[data-team-print]').addEventListener('click', () => window.print());
  $('[data-team-clear]').addEventListener('click', () => {
    files = [];
    const cleared = writeKept(storage, files);
    current = undefined;
    board.hidden = true;
    status.textContent = cleared ? 'The board is cleared: its files are no longer kept in this browser.' : 'The board is cleared for now.';
    input.focus();
  });
  input.disabled = false;
}

loadCourse().then(start, () => {
  status.textContent = LOAD_FAILED;
});
