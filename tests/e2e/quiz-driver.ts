// Drives quiz questions the way a learner would, by mouse or by keyboard
// alone, using the authored YAML (parsed with the real schema) as the key.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { QuizSchema, type Question, type QuestionKind } from '../../src/quiz/schema';
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

/** Scrolls the question into view (which upgrades it) and waits for its controls. */
export async function openQuestion(page: Page, id: string): Promise<Locator> {
  const q = page.locator(`[id="q-${id}"]`);
  await q.scrollIntoViewIfNeeded();
  await expect(q.getByRole('button', { name: /Show solution|Show the strong path/ })).toBeVisible();
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

/** Moves order items with the Move up buttons until they are in authored order. */
export async function solveOrder(page: Page, input: Input, q: Locator, items: string[]) {
  for (const [target, text] of items.entries()) {
    const current = async () => (await q.locator('.order-text').allTextContents()).indexOf(text);
    const up = q.getByRole('button', { name: `Move up: ${text}` });
    while ((await current()) > target) await press(page, input, up);
  }
}

export async function playDialogue(page: Page, input: Input, q: Locator, question: Extract<Question, { kind: 'dialogue' }>, path = bestPath(question).path) {
  let nodeId = question.start;
  for (const index of path) {
    const choice = question.nodes[nodeId]!.choices![index]!;
    await press(page, input, q.getByRole('button', { name: choice.text, exact: true }));
    nodeId = choice.next;
  }
}

/** Option labels in display order, mapped back to authored indexes. */
export async function displayIndexes(q: Locator, selector: string) {
  return (await q.locator(selector).evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset['index']))));
}

/** The question a <course-question> element carries, as rendered. */
export async function questionOf(q: Locator): Promise<Question> {
  return JSON.parse((await q.getAttribute('data-question')) ?? '{}') as Question;
}

/** The weakest path through a dialogue: the lowest-point reply at every node. */
export function weakestPath(question: Extract<Question, { kind: 'dialogue' }>): number[] {
  const path: number[] = [];
  let node = question.nodes[question.start];
  while (node?.choices?.length) {
    const i = node.choices.reduce((lo, c, j, all) => (c.points < all[lo]!.points ? j : lo), 0);
    path.push(i);
    node = question.nodes[node.choices[i]!.next];
  }
  return path;
}

/** Answers any question by mouse, fully right or as wrong as it can be. */
export async function answer(page: Page, q: Locator, right: boolean) {
  const question = await questionOf(q);
  switch (question.kind) {
    case 'choice': {
      const display = await displayIndexes(q, '.option');
      const pick = question.options.map((o) => o.correct === right);
      if (!right && question.multiple) pick.splice(0, pick.length, ...question.options.map((_, i) => i === question.options.findIndex((o) => !o.correct)));
      return setChecks(page, 'mouse', q.locator('.option input'), (i) => pick[display[i]!] === true);
    }
    case 'spot-the-mistake': {
      const fine = question.segments.findIndex((s) => !s.mistake);
      return setChecks(page, 'mouse', q.getByRole('checkbox'), (i) => (right ? question.segments[i]!.mistake : i === fine));
    }
    case 'order': {
      // Touch the list first: an assessment counts an untouched order question as unanswered.
      const first = (await q.locator('.order-text').first().textContent()) ?? '';
      await q.getByRole('button', { name: `Move down: ${first}` }).click();
      return solveOrder(page, 'mouse', q, right ? question.items : [...question.items].reverse());
    }
    case 'classify': {
      const display = await displayIndexes(q, '.classify-item');
      for (const [position, authored] of display.entries()) {
        const g = question.groups.findIndex((x) => x.id === question.items[authored]!.group);
        await q.locator('.classify-item').nth(position).getByRole('radio').nth(right ? g : (g + 1) % question.groups.length).check();
      }
      return;
    }
    case 'dialogue':
      return playDialogue(page, 'mouse', q, question, right ? bestPath(question).path : weakestPath(question));
    case 'rewrite':
      await q.getByRole('textbox').fill(question.model);
      return setChecks(page, 'mouse', q.getByRole('checkbox'), () => right);
  }
}
