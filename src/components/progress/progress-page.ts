/**
 * The "My progress" page: fills the server-rendered outline from this
 * browser's progress, and runs export, import (validated, merged), reset
 * (after a confirmation) and the list of damaged copies kept aside.
 */
import type { CourseIndex } from '../../progress/course-index';
import { practiceQuestionIds } from '../../progress/course-index';
import { discardKept, keptAside } from '../../progress/kept-aside';
import { reviewQueue } from '../../progress/leitner';
import { combine } from '../../progress/merge';
import { MAX_PROGRESS_FILE_BYTES, progressFileName, progressFileText, readProgressFile } from '../../progress/progress-file';
import type { ProgressState } from '../../progress/state';
import { PROGRESS_KEY } from '../../progress/state';
import { assessmentFraction, bestAssessment, completedLessons, formatDuration, moduleSummaries, percent } from '../../progress/summary';
import { $, LOAD_FAILED, base, download, h, loadIndex, longDate, pageStore, recall } from './dom';
import { announceChange } from './announce';

const { store, storage } = pageStore();
const importStatus = $('[data-import-status]');
const resetStatus = $('[data-reset-status]');

function quizLink(index: CourseIndex, state: ProgressState): (string | Node)[] {
  const quiz = index.quizzes.find((q) => q.draw);
  if (!quiz) return [];
  const best = bestAssessment(state, quiz.id);
  const link = h('a', { href: quiz.url }, quiz.title);
  if (!best) return [link, `: not taken yet. You need ${percent(quiz.passMark)} to pass.`];
  const score = percent(assessmentFraction(best));
  if (best[3] === 1) return [link, `: ✓ passed with ${score} on ${longDate(best[0])}. `, h('a', { href: `${base}certificate/` }, 'Print your certificate'), '.'];
  return [link, `: best score so far ${score}; you need ${percent(quiz.passMark)} to pass.`];
}

function reviewLine(index: CourseIndex, state: ProgressState): (string | Node)[] {
  const queue = reviewQueue(state.q, practiceQuestionIds(index), Date.now());
  const link = (text: string) => h('a', { href: `${base}review/` }, text);
  if (queue.due.length) return [link(`${queue.due.length} ${queue.due.length === 1 ? 'question' : 'questions'} to review today`), '.'];
  const next = queue.later[0];
  if (next) return [`Nothing to review today. ${queue.later.length} missed ${queue.later.length === 1 ? 'question comes' : 'questions come'} back later; see `, link('Review'), '.'];
  return ['Questions you miss come back on the ', link('Review'), ' page, spaced out over the following days.'];
}

function renderLessons(index: CourseIndex, state: ProgressState) {
  const prompts = new Map(index.quizzes.flatMap((q) => q.questions.map((x) => [x.id, x.prompt] as const)));
  for (const module of moduleSummaries(state, index)) {
    const section = document.querySelector(`[data-progress-module="${module.module.id}"]`);
    if (!section) continue;
    $('[data-module-summary]', section).textContent =
      `${module.completed} of ${module.lessons.length} lessons completed · time spent: ${formatDuration(module.seconds)}`;
    for (const lesson of module.lessons) {
      const item = section.querySelector<HTMLElement>(`[data-progress-lesson="${lesson.lesson.key}"]`);
      if (!item) continue;
      const started = lesson.status !== 'not-started' || lesson.answered > 0;
      $('[data-status]', item).textContent =
        lesson.status === 'completed' ? '✓ Completed' : lesson.status === 'opened' ? '◐ Started, not completed yet' : '○ Not started';
      $('[data-facts]', item).hidden = !started;
      $('[data-answered]', item).textContent = `${lesson.answered} of ${lesson.total} practice questions`;
      $('[data-best]', item).textContent = lesson.answered ? percent(lesson.best) : '—';
      $('[data-latest]', item).textContent = lesson.answered ? percent(lesson.latest) : '—';
      $('[data-time]', item).textContent = formatDuration(lesson.seconds);
      const missed = $('[data-missed]', item);
      missed.hidden = lesson.missed.length === 0;
      $('ul', missed).replaceChildren(
        ...lesson.missed.map((id) => h('li', {}, h('a', { href: `${lesson.lesson.url}#q-${id}` }, shorten(prompts.get(id) ?? id)))),
      );
    }
  }
}

const shorten = (text: string) => (text.length > 140 ? `${text.slice(0, 137).trimEnd()}…` : text);

function renderKept() {
  const copies = keptAside(storage);
  $('[data-kept]').hidden = copies.length === 0;
  $('[data-kept-list]').replaceChildren(
    ...copies.map((copy) => {
      const save = h('button', { className: 'button' }, 'Download it');
      save.type = 'button';
      save.addEventListener('click', () => download(`warm-open-unreadable-progress-${copy.time}.json`, copy.text, 'text/plain'));
      const remove = h('button', { className: 'button' }, 'Delete it');
      remove.type = 'button';
      // Two presses: the first only asks, so a stray click deletes nothing.
      remove.addEventListener('click', () => {
        if (remove.dataset['confirm'] === undefined) {
          remove.dataset['confirm'] = '';
          remove.textContent = 'Yes, delete it for good';
          return;
        }
        discardKept(storage, copy.key);
        renderKept();
        importStatus.textContent = 'The unreadable copy was deleted.';
      });
      return h('li', {}, h('span', {}, `Set aside ${copy.time ? `on ${longDate(copy.time)}` : 'earlier'} `), save, ' ', remove);
    }),
  );
}

function render(index: CourseIndex) {
  const state = store.read();
  const total = index.modules.reduce((n, m) => n + m.lessons.length, 0);
  const seconds = Object.values(state.l).reduce((s, l) => s + l.s, 0);
  $('[data-summary]').textContent = `${completedLessons(state, index)} of ${total} lessons completed · time spent: ${formatDuration(seconds)}.`;
  $('[data-assessment]').replaceChildren(...quizLink(index, state));
  $('[data-review]').replaceChildren(...reviewLine(index, state));
  $('[data-assignment]').hidden = !recall(storage, 'assignment');
  $('[data-overview]').hidden = false;
  renderLessons(index, state);
  renderKept();
}

function savedHere(): string {
  const problem = store.problem();
  return problem === 'blocked' || problem === 'full' || problem === 'newer' ? ' This browser is not saving progress, so it lasts only while this page is open.' : '';
}

async function importFile(index: CourseIndex, input: HTMLInputElement) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  if (file.size > MAX_PROGRESS_FILE_BYTES) {
    importStatus.textContent = 'That file is too large to be a progress file from this course (the limit is 2 MB). Nothing was changed.';
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    importStatus.textContent = 'That file could not be read. Nothing was changed.';
    return;
  }
  const result = readProgressFile(text);
  if (!result.ok) {
    importStatus.textContent = `${result.error} Your progress was not changed.`;
    return;
  }
  const before = store.read();
  const after = store.update((s) => combine(s, result.value));
  const answers = (s: ProgressState) => Object.values(s.q).reduce((n, list) => n + list.length, 0);
  const added = answers(after) - answers(before);
  const lessons = completedLessons(after, index) - completedLessons(before, index);
  importStatus.textContent =
    `Imported. ${added} ${added === 1 ? 'answer' : 'answers'} and ${lessons} completed ${lessons === 1 ? 'lesson' : 'lessons'} were new here; everything already here was kept.` +
    savedHere();
  announceChange(store);
  render(index);
}

function wireReset(index: CourseIndex) {
  const open = $<HTMLButtonElement>('[data-reset]');
  const confirm = $('[data-reset-confirm]');
  const show = (on: boolean) => {
    confirm.hidden = !on;
    open.setAttribute('aria-expanded', String(on));
  };
  open.addEventListener('click', () => {
    const opening = open.getAttribute('aria-expanded') !== 'true';
    show(opening);
    if (opening) $<HTMLButtonElement>('[data-reset-no]').focus();
  });
  $('[data-reset-no]').addEventListener('click', () => {
    show(false);
    resetStatus.textContent = 'Nothing was deleted.';
    open.focus();
  });
  $('[data-reset-yes]').addEventListener('click', () => {
    store.reset();
    show(false);
    resetStatus.textContent = `Your progress in this browser was deleted. You are starting fresh.${savedHere()}`;
    announceChange(store);
    render(index);
    open.focus();
  });
}

async function start() {
  let index: CourseIndex;
  try {
    index = await loadIndex();
  } catch {
    $('[data-summary]').textContent = LOAD_FAILED;
    $('[data-overview]').hidden = false;
    return;
  }
  render(index);
  const exportButton = $<HTMLButtonElement>('[data-export]');
  const input = $<HTMLInputElement>('[data-import]');
  const reset = $<HTMLButtonElement>('[data-reset]');
  for (const control of [exportButton, input, reset]) control.disabled = false;
  exportButton.addEventListener('click', () => {
    const now = Date.now();
    download(progressFileName(now), progressFileText(store.read(), now));
    importStatus.textContent = 'Your progress was saved as a file in your downloads.';
  });
  input.addEventListener('change', () => void importFile(index, input));
  wireReset(index);
  addEventListener('storage', (e) => {
    if (e.key === null || e.key === PROGRESS_KEY) {
      store.sync();
      render(index);
    }
  });
}

void start();
