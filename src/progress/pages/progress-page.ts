/**
 * The "My progress" page: fills the server-rendered outline from this
 * browser's progress, and runs export, import (validated, merged), reset
 * (after a confirmation) and the list of damaged copies kept aside.
 */
import type { CourseIndex } from '../course-index';
import { discardKept, keptAside } from '../kept-aside';
import { isSaneTime } from '../sane';
import { combine, merge } from '../merge';
import { parseProgress } from '../migrate';
import { MAX_PROGRESS_FILE_BYTES, progressFileName, progressFileText, readProgressFile } from '../progress-file';
import type { ProgressState } from '../state';
import { PROGRESS_KEY } from '../state';
import { resetProgress, syncProgress } from '../store';
import type { Part } from '../overview-text';
import { assessmentLine, courseSummary, lessonStatusText, moduleSummaryText, reviewLine } from '../overview-text';
import { completedLessons, formatDuration, moduleSummaries, percent } from '../summary';
import { $, LOAD_FAILED, base, download, loadIndex, longDate, pageStore, readChosenFile, recall } from './dom';
import { h } from '../../utils/h';
import { announceChange } from '../browser/announce';

const { store, storage } = pageStore();
const importStatus = $('[data-import-status]');
const resetStatus = $('[data-reset-status]');

/** Parts as nodes: links built only from the course's own URLs, everything else as text. */
const nodes = (parts: Part[]) => parts.map((p) => (typeof p === 'string' ? p : h('a', { href: p.href }, p.text)));

function renderLessons(index: CourseIndex, state: ProgressState) {
  const prompts = new Map(index.quizzes.flatMap((q) => q.questions.map((x) => [x.id, x.prompt] as const)));
  for (const module of moduleSummaries(state, index)) {
    const section = document.querySelector(`[data-progress-module="${module.module.id}"]`);
    if (!section) continue;
    $('[data-module-summary]', section).textContent = moduleSummaryText(module);
    for (const lesson of module.lessons) {
      const item = section.querySelector<HTMLElement>(`[data-progress-lesson="${lesson.lesson.key}"]`);
      if (!item) continue;
      const started = lesson.status !== 'not-started' || lesson.answered > 0;
      $('[data-status]', item).textContent = lessonStatusText[lesson.status];
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

/** What a copy set aside would leave out if restored, in words (worked out again from the copy itself). */
function whatCannotBeRead(text: string): string {
  const read = parseProgress(text);
  if (!read.ok) return `None of it can be read: ${read.error}`;
  return read.dropped?.length ? `Could not be read: ${read.dropped.join('; ')}.` : 'All of it can be read.';
}

function renderKept(index: CourseIndex) {
  const copies = keptAside(storage);
  $('[data-kept]').hidden = copies.length === 0;
  $('[data-kept-list]').replaceChildren(
    ...copies.map((copy) => {
      // The copy as it was stored: Import reads it like a progress file, and so does Restore.
      const restore = h('button', { class: 'button' }, 'Restore what can be read');
      restore.type = 'button';
      restore.addEventListener('click', () => importText(index, copy.text));
      const save = h('button', { class: 'button' }, 'Download it');
      save.type = 'button';
      save.addEventListener('click', () => download(`warm-open-set-aside-progress-${copy.time}.json`, copy.text));
      const remove = h('button', { class: 'button' }, 'Delete it');
      remove.type = 'button';
      // Two presses: the first only asks, so a stray click deletes nothing.
      remove.addEventListener('click', () => {
        if (remove.dataset['confirm'] === undefined) {
          remove.dataset['confirm'] = '';
          remove.textContent = 'Yes, delete it for good';
          return;
        }
        discardKept(storage, copy.key);
        renderKept(index);
        importStatus.textContent = 'The unreadable copy was deleted.';
      });
      return h(
        'li',
        {},
        h('p', {}, `Set aside ${isSaneTime(copy.time) ? `on ${longDate(copy.time)}` : 'earlier'}. ${whatCannotBeRead(copy.text)}`),
        restore,
        ' ',
        save,
        ' ',
        remove,
      );
    }),
  );
}

function render(index: CourseIndex) {
  const state = store.read();
  $('[data-summary]').textContent = courseSummary(state, index);
  $('[data-assessment]').replaceChildren(...nodes(assessmentLine(index, state, base, longDate)));
  $('[data-review]').replaceChildren(...nodes(reviewLine(index, state, base, Date.now())));
  $('[data-assignment]').hidden = !recall(storage, 'assignment');
  renderLessons(index, state);
  renderKept(index);
}

/** For a change storage did not take, so that no message claims more than happened. */
const ONLY_HERE = 'lasts only while this page is open: this browser is not saving progress right now (the notice at the top of the page says why).';

async function importFile(index: CourseIndex, input: HTMLInputElement) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const chosen = await readChosenFile(file, MAX_PROGRESS_FILE_BYTES);
  if (chosen.ok) importText(index, chosen.text);
  else
    importStatus.textContent = chosen.tooLarge
      ? 'That file is too large to be a progress file from this course (the limit is 2 MB). Nothing was changed.'
      : 'That file could not be read. Nothing was changed.';
}

/** Merges progress from a file or a copy set aside (readProgressFile reads both) and says truly what happened. */
function importText(index: CourseIndex, text: string) {
  const result = readProgressFile(text);
  if (!result.ok) {
    importStatus.textContent = `${result.error} Your progress was not changed.`;
    return;
  }
  const before = store.read();
  const after = store.update((s) => combine(s, result.value));
  const answers = (s: ProgressState) => Object.values(s.questions).reduce((n, list) => n + list.length, 0);
  const added = answers(after) - answers(before);
  const lessons = completedLessons(after, index) - completedLessons(before, index);
  const news = `${added} ${added === 1 ? 'answer' : 'answers'} and ${lessons} completed ${lessons === 1 ? 'lesson' : 'lessons'}`;
  const left = result.dropped?.length ? ` Left out, because it could not be read: ${result.dropped.join('; ')}.` : '';
  importStatus.textContent =
    (store.saved()
      ? `Imported. ${news} were new here; everything already here was kept.`
      : `Read, but not saved. What the file added (${news}) ${ONLY_HERE} Keep the file and import it again later.`) + left;
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
    resetProgress(store);
    show(false);
    resetStatus.textContent = store.saved()
      ? 'Your progress in this browser was deleted. You are starting fresh.'
      : `Nothing stored was deleted. The fresh start ${ONLY_HERE}`;
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
    // The page came with the words for no progress; without the course details they may not be true here.
    for (const line of document.querySelectorAll('[data-assessment], [data-review], [data-module-summary]')) line.replaceChildren();
    $('[data-summary]').textContent = LOAD_FAILED;
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
      syncProgress(store, merge);
      render(index);
    }
  });
}

void start();
