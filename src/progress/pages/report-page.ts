/**
 * The completion report page: once every item of the assignment is done,
 * shows the printable report and offers the report file (Blob download).
 */
import { assignmentStatus } from '../assignment-status';
import { buildReport, reportFileName } from '../report';
import { percent } from '../summary';
import { $, download, longDate, pageStore } from './dom';
import { h } from '../../utils/h';
import { openAssignment } from './open-assignment';

const { store, storage } = pageStore();

function problem(title: string, message: string, backLink: boolean) {
  $('[data-problem-title]').textContent = title;
  $('[data-problem-text]').textContent = message;
  $('[data-problem-link]').hidden = !backLink;
  $('[data-report-problem]').hidden = false;
}

async function start() {
  const opened = await openAssignment(storage);
  if (!opened.ok) return problem(opened.title, opened.message, false);
  const { assignment: a, index } = opened;
  const now = Date.now();
  const state = store.read();
  const status = assignmentStatus(a, state, index, now);
  if (!status.allDone)
    return problem(
      'Not finished yet',
      `${status.done} of ${status.items.length} items are done. The report is ready once everything in the assignment is done.`,
      true,
    );

  const report = buildReport(a, state, index, now);
  // <bdi>: a right-to-left name keeps its own direction without turning the page's.
  $('[data-report-learner]').replaceChildren(h('bdi', {}, a.n));
  $('[data-set]').textContent = longDate(a.c);
  $('[data-due-row]').hidden = !a.d;
  $('[data-due]').textContent = a.d ? longDate(a.d) : '';
  $('[data-made]').textContent = longDate(now);
  $('[data-mark]').textContent = `${a.m}%`;
  $('[data-report-items]').replaceChildren(
    ...status.items.map((item) =>
      h(
        'tr',
        {},
        h('td', {}, item.kind === 'lesson' ? `Lesson: ${item.title}` : item.title),
        h('td', {}, `✓ ${item.detail}${item.kind === 'quiz' && item.score !== undefined && !item.detail.includes('%') ? ` (${percent(item.score)})` : ''}`),
      ),
    ),
  );
  $('[data-report]').hidden = false;
  $('[data-report-actions]').hidden = false;
  $('[data-download-report]').addEventListener('click', () => {
    const name = reportFileName(report);
    download(name, JSON.stringify(report, null, 1));
    $('[data-report-status]').textContent = `The report file (${name}) is in your downloads. Send it to your manager.`;
  });
  $('[data-print]').addEventListener('click', () => print());
}

addEventListener('hashchange', () => location.reload());
void start();
