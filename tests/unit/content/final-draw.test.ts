// The final assessment's real pool, drawn as the browser draws it: fair to
// every idea, different from one attempt to the next, and big enough that two
// unrelated attempts share at most half their questions. Prints the measured overlap.
import { describe, expect, it } from 'vitest';
import { drawQuestions } from '../../../src/quiz/engine/draw';
import { finalAssessment } from './quiz-content';

const { pool, draw } = finalAssessment();
const ATTEMPTS = 500;
const ideasIn = (qs: readonly { ideas: string[] }[]) => new Set(qs.flatMap((q) => q.ideas));
const sharedCount = (a: readonly { id: string }[], b: readonly { id: string }[]) => a.filter((q) => b.some((r) => r.id === q.id)).length;

describe(`the final assessment (${pool.length} questions, ${draw} drawn)`, () => {
  it('meets every idea its pool assesses in every attempt', () => {
    const all = ideasIn(pool);
    for (let i = 0; i < ATTEMPTS; i++) expect([...all].filter((idea) => !ideasIn(drawQuestions(pool, draw, `seed-${i}`)).has(idea))).toEqual([]);
  });

  it('shares at most half its questions with the attempt before', () => {
    let previous = drawQuestions(pool, draw, 'first');
    let total = 0;
    for (let i = 0; i < ATTEMPTS; i++) {
      const next = drawQuestions(pool, draw, `retry-${i}`, previous.map((q) => q.id));
      const shared = sharedCount(next, previous);
      total += shared;
      expect(shared).toBeLessThanOrEqual(draw / 2);
      previous = next;
    }
    console.log(`consecutive attempts share ${(total / ATTEMPTS).toFixed(1)} of ${draw} questions on average`);
  });

  it('has a pool big enough that two unrelated attempts share at most half their questions on average', () => {
    // Unrelated: another browser, or storage cleared, so the draw cannot steer away from the last attempt.
    let total = 0;
    for (let i = 0; i < ATTEMPTS; i++) total += sharedCount(drawQuestions(pool, draw, `a-${i}`), drawQuestions(pool, draw, `b-${i}`));
    const average = total / ATTEMPTS;
    console.log(`two unrelated attempts share ${average.toFixed(1)} of ${draw} questions on average`);
    expect(average).toBeLessThanOrEqual(draw / 2);
  });

  it('holds at least six dialogues, and draws none of them in every attempt', () => {
    const dialogues = pool.filter((q) => q.kind === 'dialogue');
    expect(dialogues.length).toBeGreaterThanOrEqual(6);
    const drawnIds = Array.from({ length: ATTEMPTS }, (_, i) => drawQuestions(pool, draw, `seed-${i}`).map((q) => q.id));
    for (const d of dialogues) expect(drawnIds.filter((ids) => ids.includes(d.id)).length).toBeLessThan(ATTEMPTS);
  });
});
