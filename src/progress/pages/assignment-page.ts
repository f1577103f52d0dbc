/**
 * The trainee's assignment page: what is due, what is done, the next step and
 * the days left, recomputed whenever progress changes (here or in another tab).
 */
import type { Assignment } from '../assignment';
import type { AssignmentStatus } from '../assignment-status';
import { assignmentStatus, daysLeftText } from '../assignment-status';
import type { CourseIndex } from '../course-index';
import { PROGRESS_KEY } from '../state';
import { $, base, longDate, pageStore } from './dom';
import { h } from '../../utils/h';
import { openAssignment } from './open-assignment';

const { store, storage } = pageStore();
const label = (item: AssignmentStatus['items'][number]) => (item.kind === 'lesson' ? `Lesson: ${item.title}` : item.title);

function render(a: Assignment, code: string, index: CourseIndex) {
  const status = assignmentStatus(a, store.read(), index, Date.now());
  // <bdi> round the manager's texts: a right-to-left name or note must not reorder the words around it.
  $('[data-assignment-for]').replaceChildren('For ', h('bdi', {}, a.n), ` · set on ${longDate(a.c)} · quizzes count as done at ${a.m}% or more.`);
  const due = $('[data-due]');
  due.hidden = !a.d;
  if (a.d && status.daysLeft !== undefined) due.textContent = `Due ${longDate(a.d)} · ${status.allDone ? 'finished' : daysLeftText(status.daysLeft)}`;
  $('[data-note]').hidden = !a.o;
  $('[data-note-text]').replaceChildren(a.o ? h('bdi', {}, a.o) : '');
  $('[data-count]').textContent = `${status.done} of ${status.items.length} done`;
  const meter = $<HTMLProgressElement>('[data-meter]');
  meter.max = status.items.length;
  meter.value = status.done;
  const next = $('[data-next]');
  next.hidden = !status.next;
  if (status.next) next.replaceChildren('Next step: ', h('a', { href: status.next.url }, label(status.next)), ` (${status.next.detail.toLowerCase()})`);
  $('[data-done]').hidden = !status.allDone;
  $<HTMLAnchorElement>('[data-report-link]').href = `${base}report/#a=${code}`;
  $('[data-items]').replaceChildren(
    ...status.items.map((item) =>
      h(
        'li',
        { class: item.done ? 'is-done' : '' },
        h('span', { class: 'item-mark' }, item.done ? '✓ Done: ' : item.started ? '◐ In progress: ' : '○ To do: '),
        h('a', { href: item.url }, label(item)),
        h('span', { class: 'item-detail' }, ` · ${item.detail}`),
      ),
    ),
  );
}

async function start() {
  const opened = await openAssignment(storage);
  if (!opened.ok) {
    $('[data-problem-title]').textContent = opened.title;
    $('[data-problem-text]').textContent = opened.message;
    $('[data-assignment-problem]').hidden = false;
    return;
  }
  const { assignment, code, index } = opened;
  $('h1').replaceChildren('Assignment for ', h('bdi', {}, assignment.n));
  // A title is plain text: the isolate marks (FSI … PDI) do there what <bdi> does in the page.
  document.title = `Assignment for \u2068${assignment.n}\u2069 · Warm Open`;
  render(assignment, code, index);
  $('[data-assignment]').hidden = false;
  addEventListener('storage', (e) => (e.key === null || e.key === PROGRESS_KEY) && render(assignment, code, index));
}

// A new link pasted into this tab changes only the fragment: read it afresh.
addEventListener('hashchange', () => location.reload());
void start();
