/**
 * The certificate page: the best passing attempt at the final assessment,
 * with the name the learner types (remembered in this browser; prefilled from
 * their assignment when there is one). Passing is worked out again from the
 * attempt's score and the quiz's pass mark, never read from the stored flag.
 */
import { decodeAssignment } from '../assignment';
import { assessmentFraction, assessmentPassed, bestAssessment, percent } from '../summary';
import { $, longDate, pageStore, recall, remember } from './dom';
import { h } from '../../utils/h';

const { store, storage } = pageStore();
const { quizId = '', passMark = '1' } = $('[data-quiz-id]').dataset;
const best = bestAssessment(store.read(), quizId);

if (!best || !assessmentPassed(best, Number(passMark))) {
  $('[data-cert-none-text]').textContent = best
    ? `Your best score in the final assessment so far is ${percent(assessmentFraction(best))}. Pass it and your certificate appears here.`
    : 'Pass the final assessment and your certificate appears here, ready to print.';
  $('[data-cert-none]').hidden = false;
} else {
  const input = $<HTMLInputElement>('[data-cert-name]');
  const learner = $('[data-cert-learner]');
  const assigned = recall(storage, 'assignment');
  const fromAssignment = assigned ? decodeAssignment(assigned) : undefined;
  input.value = recall(storage, 'name') ?? (fromAssignment?.ok ? fromAssignment.value.n : '');
  const show = () => {
    const name = input.value.trim();
    // <bdi>: a right-to-left name keeps its own direction without turning the line's.
    learner.replaceChildren(name ? h('bdi', {}, name) : 'Your name here');
    learner.classList.toggle('is-placeholder', !name);
  };
  input.addEventListener('input', () => {
    show();
    remember(storage, 'name', input.value.trim());
  });
  show();
  $('[data-cert-score]').textContent = percent(assessmentFraction(best));
  $('[data-cert-date]').textContent = longDate(best.at);
  $('[data-print]').addEventListener('click', () => print());
  $('[data-cert-form]').hidden = false;
  $('[data-certificate]').hidden = false;
}
