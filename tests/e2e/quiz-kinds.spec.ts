// Each question kind, completed twice: by mouse, and by keyboard alone.
// Answers come from the authored YAML, so the tests follow content edits.
import { expect, test, type Page } from '@playwright/test';
import { bestPath } from '../../src/quiz/engine/dialogue-walk';
import {
  displayIds,
  firstOfKind,
  focusQuestionStart,
  loadQuiz,
  openQuestion,
  pickRadio,
  playDialogue,
  press,
  setChecks,
  solveOrder,
  type Input,
} from './quiz-driver';

async function recordAnswers(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { answered: unknown[] };
    w.answered = [];
    document.addEventListener('course:answered', (e) => w.answered.push((e as CustomEvent).detail));
  });
}
const answered = (page: Page) => page.evaluate(() => (window as unknown as { answered: { questionId: string; score: number; max: number }[] }).answered);

for (const input of ['mouse', 'keyboard'] as const satisfies Input[]) {
  test.describe(`by ${input}`, () => {
    test('choice: a wrong pick explains itself; a right one scores full marks', async ({ page }) => {
      const question = loadQuiz('connect-first').questions.find((x) => x.kind === 'choice' && !x.multiple);
      if (question?.kind !== 'choice') throw new Error('no single-answer choice');
      await page.goto('openers/connect-first/');
      const q = await openQuestion(page, question.id);
      await recordAnswers(page);
      if (input === 'keyboard') await focusQuestionStart(q);
      const display = await displayIds(q, '.option');
      const wrong = question.options.find((o) => !o.correct)!;
      const right = question.options.find((o) => o.correct)!;

      await pickRadio(page, input, q.getByRole('radio'), display.indexOf(wrong.id));
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      await expect(q.getByRole('status')).toContainText('✗ Not right: 0 of 1 point.');
      await expect(q.getByRole('status')).toBeFocused();
      await expect(q.locator(`.option[data-id="${wrong.id}"] [data-item-feedback]`)).toHaveText(`✗ Not right. ${wrong.feedback}`);

      await press(page, input, q.getByRole('button', { name: 'Try again' }));
      await pickRadio(page, input, q.getByRole('radio'), display.indexOf(right.id));
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      await expect(q.getByRole('status')).toContainText('✓ Right: 1 of 1 point.');
      await expect(q.getByRole('status')).toContainText(question.explanation);
      await expect(q.getByText('Score 1/1 · 2 attempts')).toBeVisible();
      expect(await answered(page)).toMatchObject([
        { questionId: question.id, kind: 'choice', score: 0, max: 1, response: { selected: [wrong.id] } },
        { questionId: question.id, kind: 'choice', score: 1, max: 1, response: { selected: [right.id] } },
      ]);
    });

    test('spot-the-mistake: partial credit, then all mistakes found', async ({ page }) => {
      const question = firstOfKind('why-clever-openers-fail', 'spot-the-mistake');
      const mistakes = question.segments.flatMap((s, i) => (s.mistake ? [i] : []));
      const fine = question.segments.findIndex((s) => !s.mistake);
      await page.goto('openers/why-clever-openers-fail/');
      const q = await openQuestion(page, question.id);
      if (input === 'keyboard') await focusQuestionStart(q);
      // One line that is fine: a wrong pick takes a point back, never below zero.
      await setChecks(page, input, q.getByRole('checkbox'), (i) => i === fine);
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      await expect(q.getByRole('status')).toContainText(`✗ Not right: 0 of ${mistakes.length}`);
      await expect(q.locator(`.option[data-id="${question.segments[fine]!.id}"] [data-item-feedback]`)).toContainText(question.segments[fine]!.feedback);
      await expect(q.locator(`.option[data-id="${question.segments[mistakes[0]!]!.id}"] [data-item-feedback]`)).toHaveText(
        `○ You missed this one. ${question.segments[mistakes[0]!]!.feedback}`,
      );

      await press(page, input, q.getByRole('button', { name: 'Try again' }));
      await setChecks(page, input, q.getByRole('checkbox'), (i) => mistakes.includes(i));
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      await expect(q.getByRole('status')).toContainText(`✓ Right: ${mistakes.length} of ${mistakes.length}`);
    });

    test('order: Move up / Move down put the steps right', async ({ page }) => {
      const question = firstOfKind('face-to-face-test', 'order');
      await page.goto('openers/face-to-face-test/');
      const q = await openQuestion(page, question.id);
      if (input === 'keyboard') await focusQuestionStart(q);
      const n = question.items.length;
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      await expect(q.getByRole('status')).toContainText(new RegExp(`of ${n} points`));
      await expect(q.getByRole('status')).not.toContainText('✓ Right');
      await press(page, input, q.getByRole('button', { name: 'Try again' }));
      await solveOrder(page, input, q, question.items);
      await expect(q.getByRole('status')).toContainText(`moved to position`);
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      await expect(q.getByRole('status')).toContainText(`✓ Right: ${n} of ${n} points.`);
      await expect(q.locator('[data-item-feedback]').first()).toHaveText('✓ Right. In the right place.');
    });

    test('classify: every line sorted; a wrong group is named in words', async ({ page }) => {
      const question = firstOfKind('face-to-face-test', 'classify');
      await page.goto('openers/face-to-face-test/');
      const q = await openQuestion(page, question.id);
      if (input === 'keyboard') await focusQuestionStart(q);
      const display = await displayIds(q, '.classify-item');
      const groupIndex = (id: string) => question.groups.findIndex((g) => g.id === id);
      const itemOf = (id: string) => question.items.find((item) => item.id === id)!;
      const sort = async (wrongFirst: boolean) => {
        for (const [position, id] of display.entries()) {
          const item = itemOf(id);
          let g = groupIndex(item.group);
          if (wrongFirst && position === 0) g = (g + 1) % question.groups.length;
          await pickRadio(page, input, q.locator('.classify-item').nth(position).getByRole('radio'), g);
        }
      };
      await sort(true);
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      const n = question.items.length;
      await expect(q.getByRole('status')).toContainText(`◐ Partly right: ${n - 1} of ${n} points.`);
      const first = itemOf(display[0]!);
      const label = question.groups.find((g) => g.id === first.group)!.label;
      await expect(q.locator('.classify-item').first().locator('[data-item-feedback]')).toContainText(`✗ Not right. It belongs in “${label}”.`);
      await press(page, input, q.getByRole('button', { name: 'Try again' }));
      await sort(false);
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      await expect(q.getByRole('status')).toContainText(`✓ Right: ${n} of ${n} points.`);
    });

    test('dialogue: a weak call, a review beside the strong path, restart, then the strong call', async ({ page }) => {
      const question = firstOfKind('press-zero', 'dialogue');
      await page.goto('voicemail/press-zero/');
      const q = await openQuestion(page, question.id);
      if (input === 'keyboard') await focusQuestionStart(q);
      const best = bestPath(question);
      // The weakest first reply, then the strongest replies from there.
      const start = question.nodes[question.start]!;
      const weak = start.choices!.reduce((lo, c) => (c.points < lo.points ? c : lo));
      const next = { ...question, start: weak.next };
      const weakPath = [weak.id, ...bestPath(next).path];
      await playDialogue(page, input, q, question, weakPath);
      await expect(q.getByRole('status')).toContainText(/of \d+ points/);
      await expect(q.getByText('The strong path', { exact: true })).toBeVisible();
      await expect(q.getByText('Your call', { exact: true })).toBeVisible();
      await press(page, input, q.getByRole('button', { name: 'Restart the call' }));
      await playDialogue(page, input, q, question);
      await expect(q.getByRole('status')).toContainText(`✓ Right: ${best.points} of ${best.points} points.`);
      await expect(q.locator('.dialogue-ending')).toBeVisible();
    });

    test('rewrite: instant hints, rubric score, model answer, draft kept', async ({ page }) => {
      const question = firstOfKind('face-to-face-test', 'rewrite');
      await page.goto('openers/face-to-face-test/');
      const q = await openQuestion(page, question.id);
      const box = q.getByRole('textbox');
      if (input === 'keyboard') {
        await focusQuestionStart(q);
        await press(page, input, box, 'End');
      } else await box.click();
      await page.keyboard.type('What would you change about your marketing? And your sales?');
      const hints = q.getByRole('list', { name: 'Hints on your draft' });
      await expect(hints).toContainText(/greeting|hello/i);
      await expect(hints).toContainText(/question/i);
      await box.fill('');
      await page.keyboard.type('Hi Dana, this is Sam from Acme. How is your week going? We help small firms cut payroll errors. Do you run payroll in house?');
      await expect(hints).toBeHidden();
      await expect(q.getByText(/About \d+ seconds to say/)).toBeVisible();
      await setChecks(page, input, q.getByRole('checkbox'), (i) => i < 2);
      await press(page, input, q.getByRole('button', { name: 'Check' }));
      const n = question.rubric.length;
      await expect(q.getByRole('status')).toContainText(`2 of ${n} points`);
      await expect(q.locator('[data-model]')).toBeVisible();
      await expect(q.locator('[data-model]')).toContainText(question.model);
      await page.reload();
      const again = await openQuestion(page, question.id);
      await expect(again.getByRole('textbox')).toHaveValue(/We help small firms cut payroll errors/);
    });
  });
}

test('dialogue: a restart shows the replies in a new order, and the same replies score the same', async ({ page }) => {
  const question = firstOfKind('press-zero', 'dialogue');
  await page.goto('voicemail/press-zero/');
  const q = await openQuestion(page, question.id);
  await recordAnswers(page);
  const replies = q.locator('.dialogue-option');
  const authored = question.nodes[question.start]!.choices!.map((c) => c.text);
  // A weak first reply, then the strongest from there: a call with a score between 0 and full.
  const weak = question.nodes[question.start]!.choices!.at(-1)!;
  const path = [weak.id, ...bestPath({ ...question, start: weak.next }).path];

  const first = await replies.allTextContents();
  expect([...first].sort()).toEqual([...authored].sort());
  await playDialogue(page, 'mouse', q, question, path);
  const score = await q.locator('[data-score]').textContent();

  await q.getByRole('button', { name: 'Restart the call' }).click();
  const second = await replies.allTextContents();
  expect([...second].sort()).toEqual([...authored].sort());
  expect(second).not.toEqual(first);
  await playDialogue(page, 'mouse', q, question, path);

  await expect(q.locator('[data-score]')).toHaveText((score ?? '').replace('1 attempt', '2 attempts'));
  const [one, two] = await answered(page);
  expect(two?.score).toBe(one?.score);
  expect(two?.max).toBe(one?.max);
  // Recorded by choice id, so a report re-scores either attempt the same way.
  expect((two as unknown as { response: unknown }).response).toEqual({ path });
});
