/**
 * The manager's own assignment on the Check a report page: a pasted link, or
 * one of the links the Assign page remembered in this browser. A report is
 * checked against it, since the assignment inside a report is only what the
 * trainee's browser wrote. Everything from the link or storage is shown as text.
 */
import { codeFromLink, readAssigned } from '../assigned-links';
import type { Assignment } from '../assignment';
import { decodeAssignment } from '../assignment';
import { $, base, longDate } from './dom';
import { h } from '../../utils/h';
import { browserStorage } from '../browser/events';

/** Option text cannot hold <bdi>: the isolate marks (FSI … PDI) keep a right-to-left name from reordering it. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** Wires the field and the list; calls onChange whenever the chosen assignment changes, and returns a getter for it. */
export function expectedAssignment(onChange: () => void): () => Assignment | undefined {
  const input = $<HTMLInputElement>('[data-expected-link]');
  const error = $('[data-expected-error]');
  const summary = $('[data-expected-summary]');
  const choice = $<HTMLSelectElement>('[data-expected-choice]');
  const remembered = readAssigned(browserStorage());
  let current: Assignment | undefined;

  const none = h('option', {}, 'None chosen');
  none.value = '';
  choice.replaceChildren(
    none,
    ...remembered.map((r, i) => {
      const option = h('option', {}, `${isolate(r.assignment.n)}, set on ${longDate(r.assignment.c)}`);
      option.value = String(i);
      return option;
    }),
  );
  $('[data-remembered]').hidden = remembered.length === 0;

  const read = () => {
    const text = input.value.trim();
    const code = codeFromLink(text);
    const decoded = text ? decodeAssignment(code) : undefined;
    current = decoded?.ok ? decoded.value : undefined;
    error.textContent = decoded && !decoded.ok ? `⚠ ${decoded.error}` : '';
    input.toggleAttribute('aria-invalid', decoded?.ok === false);
    summary.replaceChildren(
      ...(current ? ['Reports are checked against your assignment for ', h('bdi', {}, current.n), `, set on ${longDate(current.c)}.`] : []),
    );
    const at = remembered.findIndex((r) => r.code === code);
    choice.value = current && at >= 0 ? String(at) : '';
    onChange();
  };

  input.addEventListener('input', read);
  choice.addEventListener('change', () => {
    const picked = remembered[Number(choice.value)];
    input.value = choice.value === '' || !picked ? '' : `${new URL(`${base}assignment/`, location.href).href}#a=${picked.code}`;
    read();
  });
  input.disabled = false;
  choice.disabled = false;
  return () => current;
}
