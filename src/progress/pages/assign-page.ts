/**
 * The Assign page: whole-module checkboxes, form checks with messages beside
 * each field, then the link (assignment.ts's codec) and a message to send.
 * Each link made is remembered in this browser (assigned-links.ts), so the
 * Check a report page can check a report against the assignment really set.
 */
import { rememberAssigned } from '../assigned-links';
import type { Assignment } from '../assignment';
import { MAX_NAME, MAX_NOTE, assignmentLink, assignmentProblem, encodeAssignment, isoDay } from '../assignment';
import { isVisibleText } from '../sane';
import { $, base, longDate } from './dom';
import { h } from '../../utils/h';
import { browserStorage } from '../browser/events';

const form = $<HTMLFormElement>('[data-assign-form]');
const result = $('[data-assign-result]');
const copyStatus = $('[data-copy-status]');
const field = <T extends HTMLElement>(id: string) => $<T>(`#${id}`);
const items = () => [...form.querySelectorAll<HTMLInputElement>('input[name="item"]')];

function syncWhole(module: string) {
  const whole = form.querySelector<HTMLInputElement>(`[data-whole-module="${module}"]`);
  const own = items().filter((i) => i.dataset['inModule'] === module);
  if (!whole) return;
  const ticked = own.filter((i) => i.checked).length;
  whole.checked = ticked === own.length;
  whole.indeterminate = ticked > 0 && ticked < own.length;
}

form.addEventListener('change', (event) => {
  const target = event.target;
  if (!(target instanceof HTMLInputElement)) return;
  const module = target.dataset['wholeModule'];
  if (module !== undefined) for (const item of items()) if (item.dataset['inModule'] === module) item.checked = target.checked;
  const owner = module ?? target.dataset['inModule'];
  if (owner) syncWhole(owner);
});

function showError(name: string, message: string) {
  const error = $(`[data-error-for="${name}"]`);
  error.textContent = message ? `⚠ ${message}` : '';
  const input = form.querySelector(`#${name}`);
  if (input) input.toggleAttribute('aria-invalid', message !== '');
}

/** The assignment the form describes, or undefined after saying what to fix (focus goes to the first problem). */
function read(): Assignment | undefined {
  const name = field<HTMLInputElement>('trainee').value.trim();
  const chosen = items()
    .filter((i) => i.checked)
    .map((i) => i.value);
  const passText = field<HTMLInputElement>('pass-mark').value.trim();
  const pass = Number(passText);
  const due = field<HTMLInputElement>('due').value;
  const note = field<HTMLTextAreaElement>('note').value.trim();
  const today = isoDay(Date.now());
  const problems: [string, string, HTMLElement][] = [];
  if (!name) problems.push(['trainee', "Enter your trainee's name.", field('trainee')]);
  else if (name.length > MAX_NAME) problems.push(['trainee', `Keep the name to ${MAX_NAME} characters.`, field('trainee')]);
  else if (!isVisibleText(name)) problems.push(['trainee', 'Enter a name with at least one visible letter.', field('trainee')]);
  if (chosen.length === 0)
    problems.push(['items', 'Pick at least one lesson or quiz.', form.querySelector<HTMLInputElement>('input[type="checkbox"]') ?? form]);
  if (!/^\d{1,3}$/.test(passText) || pass > 100) problems.push(['pass-mark', 'Enter a whole number from 0 to 100.', field('pass-mark')]);
  if (due && due < today) problems.push(['due', 'Pick a due date from today on.', field('due')]);
  for (const name of ['trainee', 'items', 'pass-mark', 'due']) showError(name, problems.find((p) => p[0] === name)?.[1] ?? '');
  if (problems.length) {
    problems[0]?.[2].focus();
    return undefined;
  }
  const assignment: Assignment = {
    v: 1,
    n: name,
    i: chosen,
    m: pass,
    ...(due ? { d: due } : {}),
    c: today,
    ...(note && isVisibleText(note) ? { o: note.slice(0, MAX_NOTE) } : {}),
  };
  // The link must decode on the trainee's side: check it with the same rules now.
  if (assignmentProblem(assignment)) {
    showError('items', 'This assignment could not be made into a link. Check the fields above.');
    return undefined;
  }
  return assignment;
}

function message(a: Assignment, link: string): string {
  const labels = new Map(items().map((i) => [i.value, i.parentElement?.textContent?.replace(/\s+/g, ' ').trim() ?? i.value]));
  const lines = [
    `Hi ${a.n},`,
    '',
    `Here is your onboarding assignment for the Warm Open course${a.d ? `, due ${longDate(a.d)}` : ''}:`,
    ...a.i.map((id) => `- ${labels.get(id) ?? id}`),
    `Quizzes count as done at ${a.m}% or more.`,
    ...(a.o ? ['', a.o] : []),
    '',
    `Open it here: ${link}`,
    '',
    'Your progress is saved in your own browser as you go. When everything is done, the assignment page gives you a completion report: please send me the report file.',
  ];
  return lines.join('\n');
}

async function copy(id: string) {
  const source = field<HTMLInputElement | HTMLTextAreaElement>(id);
  try {
    await navigator.clipboard.writeText(source.value);
    copyStatus.textContent = id === 'assign-link' ? 'Link copied.' : 'Message copied.';
  } catch {
    source.focus();
    source.select();
    copyStatus.textContent = 'Copying is not allowed here: the text is selected, so copy it with your keyboard or menu.';
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const assignment = read();
  if (!assignment) return;
  const link = assignmentLink(new URL(`${base}assignment/`, location.href).href, assignment);
  const code = encodeAssignment(assignment);
  // <bdi>: a right-to-left name must not reorder the words around it.
  $('[data-result-title]').replaceChildren('Link for ', h('bdi', {}, assignment.n));
  $('[data-remember-failed]').hidden = rememberAssigned(browserStorage(), code);
  field<HTMLInputElement>('assign-link').value = link;
  field<HTMLTextAreaElement>('assign-message').value = message(assignment, link);
  $<HTMLAnchorElement>('[data-preview]').href = link;
  copyStatus.textContent = '';
  result.hidden = false;
  result.focus();
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]'))
  button.addEventListener('click', () => void copy(button.dataset['copy'] ?? ''));
$<HTMLButtonElement>('[data-create]').disabled = false;
