// Drives quiz questions the way a learner would, by mouse or by keyboard
// alone, using the authored YAML (parsed with the real schema) as the key.
// `drivers` holds one function per kind, typed over QuestionKind: part of the
// registry (src/quiz/kinds/index.ts), so a new kind fails to compile here too.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { QuizSchema, type Question, type QuestionByKind, type QuestionKind } from '../../src/quiz/schema';
import { bestPath } from '../../src/quiz/engine/dialogue-walk';

export type Input = 'mouse' | 'keyboard';

export function loadQuiz(id: string) {
  return QuizSchema.parse(parse(readFileSync(new URL(`../../content/quizzes/${id}.yaml`, import.meta.url), 'utf8')));
}

export function firstOfKind<K extends QuestionKind>(quizId: string, kind: K) {
  const q = loadQuiz(quizId).questions.find((x) => x.kind === kind);
  if (!q) throw new Error(`no ${kind} question in ${quizId}`);
  return q as Extract<Question, { kind: K }>;
}

/** The button that shows a question's answer, named per kind (src/quiz/kinds/renderers.ts): there once a question is upgraded. */
export const SHOW_ANSWER = /Show solution|Show the strong path|Show a model call/;

/** A question's result line (the controller's live region); a drill has a status of its own besides. */
export const feedbackOf = (q: Locator) => q.locator('[data-feedback]');

/** Scrolls the question into view (which upgrades it) and waits for its controls. */
export async function openQuestion(page: Page, id: string): Promise<Locator> {
  const q = page.locator(`[id="q-${id}"]`);
  await q.scrollIntoViewIfNeeded();
  await expect(q.getByRole('button', { name: SHOW_ANSWER })).toBeVisible();
  return q;
}

/** Presses Tab until the target has focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not Tab to ${target}`);
}

/** Puts keyboard focus at the start of a question, as if the learner had tabbed there. */
export async function focusQuestionStart(q: Locator) {
  await q.evaluate((el) => {
    const prompt = el.querySelector<HTMLElement>('.question-prompt')!;
    prompt.tabIndex = -1;
    prompt.focus();
  });
}

export async function press(page: Page, input: Input, target: Locator, key = 'Enter') {
  if (input === 'mouse') await target.click();
  else {
    await tabTo(page, target);
    await page.keyboard.press(key);
  }
}

/** Tick or untick inputs (by label text) so exactly `wanted` are checked. */
export async function setChecks(page: Page, input: Input, boxes: Locator, wanted: (i: number) => boolean) {
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    const box = boxes.nth(i);
    if ((await box.isChecked()) === wanted(i)) continue;
    await press(page, input, box, 'Space');
  }
}

/** Selects one radio in a group: Space on the first, then arrows, by keyboard. */
export async function pickRadio(page: Page, input: Input, radios: Locator, index: number) {
  if (input === 'mouse') return radios.nth(index).check();
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}

/** Moves order items with the Move up buttons until they stand in the order given. */
export async function solveOrder(page: Page, input: Input, q: Locator, items: readonly { text: string }[]) {
  for (const [target, { text }] of items.entries()) {
    const current = async () => (await q.locator('.order-text').allTextContents()).indexOf(text);
    const up = q.getByRole('button', { name: `Move up: ${text}` });
    while ((await current()) > target) await press(page, input, up);
  }
}

export async function playDialogue(page: Page, input: Input, q: Locator, question: Extract<Question, { kind: 'dialogue' }>, path = bestPath(question).path) {
  let nodeId = question.start;
  for (const id of path) {
    const choice = question.nodes[nodeId]!.choices!.find((c) => c.id === id)!;
    await press(page, input, q.getByRole('button', { name: choice.text, exact: true }));
    nodeId = choice.next;
  }
}

/** The ids of options or items (`selector`), in display order. */
export async function displayIds(q: Locator, selector: string) {
  return q.locator(selector).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['id'] ?? ''));
}

const authored = new Map<string, Question[]>();
/** A quiz's authored questions, parsed once (a final assessment asks fifteen times). */
function authoredQuiz(quizId: string): Question[] {
  let questions = authored.get(quizId);
  if (!questions) authored.set(quizId, (questions = loadQuiz(quizId).questions));
  return questions;
}

/**
 * The authored question a <course-question> element stands for. Its quiz is
 * the one its data file is named for (quiz-data/<quiz>.json, relative in a
 * SCORM package); the file itself leaves out the words the page shows, so the
 * driver keys on the YAML, as the page's questions do on their own HTML.
 */
export async function questionOf(q: Locator): Promise<Question> {
  const [id, src] = await q.evaluate((el) => [el.getAttribute('data-question-id'), el.getAttribute('data-quiz-data')]);
  const quizId = /([\w-]+)\.json$/.exec(src ?? '')?.[1];
  if (!quizId) throw new Error(`question ${id} names no quiz data file (${src})`);
  const question = authoredQuiz(quizId).find((candidate) => candidate.id === id);
  if (!question) throw new Error(`question ${id} is not in content/quizzes/${quizId}.yaml`);
  return question;
}

/** The weakest path through a dialogue: the lowest-point reply at every node. */
export function weakestPath(question: Extract<Question, { kind: 'dialogue' }>): string[] {
  const path: string[] = [];
  let node = question.nodes[question.start];
  while (node?.choices?.length) {
    const weakest = node.choices.reduce((lo, c) => (c.points < lo.points ? c : lo));
    path.push(weakest.id);
    node = question.nodes[weakest.next];
  }
  return path;
}

/**
 * Says every line of an opened speaking drill in the mode it offers: records
 * (a fake microphone) or times a reply said aloud (no microphone, a refusal, a
 * SCORM package), then Next line or Finish the drill. The drill needs at least
 * a second spoken in all: the first reply lasts just over one, the rest a moment.
 */
export async function sayEveryLine(page: Page, q: Locator, lines: number) {
  const record = q.getByRole('button', { name: 'Record my reply' });
  const timer = q.getByRole('button', { name: 'Start the timer' });
  const stopRecording = q.getByRole('button', { name: 'Stop recording' });
  for (let i = 0; i < lines; i++) {
    await expect(record.or(timer)).toBeVisible();
    if (await record.isVisible()) {
      await record.click();
      // A drill may learn only now that there is no microphone (refused, absent), and offer the timer instead.
      await expect(stopRecording.or(timer)).toBeVisible();
    }
    const recording = await stopRecording.isVisible();
    if (!recording) await timer.click();
    await page.waitForTimeout(i === 0 ? 1_100 : 200);
    await q.getByRole('button', { name: recording ? 'Stop recording' : 'Stop the timer' }).click();
    if (recording) await expect(q.getByText(`Your reply: `).last()).toBeVisible();
    await q.getByRole('button', { name: i < lines - 1 ? 'Next line' : 'Finish the drill' }).click();
  }
  await expect(q.getByText(/^Done: \d+ repl(y|ies), [\d.]+ seconds in all\./)).toBeVisible();
}

type Driver<K extends QuestionKind> = (page: Page, q: Locator, question: QuestionByKind[K], right: boolean) => Promise<unknown>;

/** By mouse, fully right or as wrong as it can be: one driver per kind. */
export const drivers: { [K in QuestionKind]: Driver<K> } = {
  async choice(page, q, question, right) {
    const display = await displayIds(q, '.option');
    const wanted =
      question.multiple && !right ? [question.options.find((o) => !o.correct)!.id] : question.options.filter((o) => o.correct === right).map((o) => o.id);
    return setChecks(page, 'mouse', q.locator('.option input'), (i) => wanted.includes(display[i]!));
  },
  async 'spot-the-mistake'(page, q, question, right) {
    const fine = question.segments.findIndex((s) => !s.mistake);
    return setChecks(page, 'mouse', q.getByRole('checkbox'), (i) => (right ? question.segments[i]!.mistake : i === fine));
  },
  async order(page, q, question, right) {
    // Touch the list first: an assessment counts an untouched order question as unanswered.
    const first = (await q.locator('.order-text').first().textContent()) ?? '';
    await q.getByRole('button', { name: `Move down: ${first}` }).click();
    return solveOrder(page, 'mouse', q, right ? question.items : [...question.items].reverse());
  },
  async classify(_page, q, question, right) {
    const display = await displayIds(q, '.classify-item');
    for (const [position, id] of display.entries()) {
      const g = question.groups.findIndex((x) => x.id === question.items.find((item) => item.id === id)!.group);
      await q
        .locator('.classify-item')
        .nth(position)
        .getByRole('radio')
        .nth(right ? g : (g + 1) % question.groups.length)
        .check();
    }
  },
  dialogue: (page, q, question, right) => playDialogue(page, 'mouse', q, question, right ? bestPath(question).path : weakestPath(question)),
  async rewrite(page, q, question, right) {
    await q.getByRole('textbox').fill(question.model);
    return setChecks(page, 'mouse', q.getByRole('checkbox'), () => right);
  },
  async speak(page, q, question, right) {
    await q.getByRole('button', { name: 'Start the drill' }).click();
    await sayEveryLine(page, q, question.turns.length);
    return setChecks(page, 'mouse', q.locator('[data-rubric]').getByRole('checkbox'), () => right);
  },
};

function answerAs<K extends QuestionKind>(page: Page, q: Locator, question: QuestionByKind[K], right: boolean) {
  const kind: K = question.kind;
  return drivers[kind](page, q, question, right);
}

/** Answers any question by mouse, fully right or as wrong as it can be. */
export async function answer(page: Page, q: Locator, right: boolean) {
  await answerAs(page, q, await questionOf(q), right);
}
