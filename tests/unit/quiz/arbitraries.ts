// fast-check arbitraries: valid questions of every kind (parsed by their
// schemas) and responses for them, from plausible to nonsense, so properties
// cover both the scoring and the validation branches.
import fc from 'fast-check';
import { ChoiceQuestionSchema } from '../../../src/quiz/kinds/choice/schema';
import { ClassifyQuestionSchema } from '../../../src/quiz/kinds/classify/schema';
import { DialogueQuestionSchema } from '../../../src/quiz/kinds/dialogue/schema';
import { OrderQuestionSchema } from '../../../src/quiz/kinds/order/schema';
import { RewriteQuestionSchema } from '../../../src/quiz/kinds/rewrite/schema';
import { SpeakQuestionSchema } from '../../../src/quiz/kinds/speak/schema';
import { SpotTheMistakeQuestionSchema } from '../../../src/quiz/kinds/spot-the-mistake/schema';
import type { DialogueQuestion, QuestionByKind, QuestionKind } from '../../../src/quiz/schema';
import type { ResponseByKind } from '../../../src/quiz/kinds';

const base = { prompt: 'p', objectives: ['o'], explanation: 'e' };
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
/** Ids as converted content has them: position i is letter i. */
const letter = (i: number) => String.fromCharCode(97 + i);
const ids = (n: number) => range(n).map(letter);
/** Mostly one of the n ids, sometimes the next one (not in the list), sometimes anything. */
const id = (n: number) => fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: n }).map(letter) }, fc.string({ maxLength: 3 }));
const permutation = (n: number) => fc.shuffledSubarray(ids(n), { minLength: n, maxLength: n });
const picks = (n: number) => fc.oneof(fc.shuffledSubarray(ids(n)), fc.array(id(n), { maxLength: n + 2 }));

export const choiceArbitrary = fc
  .record({ multiple: fc.boolean(), flags: fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), right: fc.nat() })
  .map(({ multiple, flags, right }) => {
    const correct = multiple ? flags.map((f, i) => f || i === right % flags.length) : flags.map((_, i) => i === right % flags.length);
    const options = correct.map((c, i) => ({ id: letter(i), text: `Option ${i}`, correct: c, feedback: 'f' }));
    return ChoiceQuestionSchema.parse({ ...base, id: 'choice', kind: 'choice', multiple, options });
  });

export const spotArbitrary = fc.record({ flags: fc.array(fc.boolean(), { minLength: 2, maxLength: 6 }), wrong: fc.nat() }).map(({ flags, wrong }) => {
  const segments = flags.map((f, i) => ({ id: letter(i), who: 'Rep', text: `Line ${i}`, mistake: f || i === wrong % flags.length, feedback: 'f' }));
  return SpotTheMistakeQuestionSchema.parse({ ...base, id: 'spot', kind: 'spot-the-mistake', segments });
});

export const orderArbitrary = fc
  .uniqueArray(fc.nat(999), { minLength: 3, maxLength: 8 })
  .map((steps) => OrderQuestionSchema.parse({ ...base, id: 'order', kind: 'order', items: steps.map((n, i) => ({ id: letter(i), text: `Step ${n}` })) }));

export const classifyArbitrary = fc
  .record({ groups: fc.integer({ min: 2, max: 4 }), items: fc.array(fc.nat(), { minLength: 2, maxLength: 7 }) })
  .map(({ groups, items }) =>
    ClassifyQuestionSchema.parse({
      ...base,
      id: 'classify',
      kind: 'classify',
      groups: range(groups).map((g) => ({ id: `g${g}`, label: `Group ${g}` })),
      items: items.map((g, i) => ({ id: letter(i), text: `Item ${i}`, group: `g${g % groups}`, feedback: 'f' })),
    }),
  );

export const rewriteArbitrary = fc.integer({ min: 2, max: 5 }).map((n) =>
  RewriteQuestionSchema.parse({
    ...base,
    id: 'rewrite',
    kind: 'rewrite',
    scene: 's',
    target: 'opener',
    model: 'm',
    rubric: range(n).map((i) => ({ id: `r${i}`, label: `Check ${i}` })),
  }),
);

export const speakArbitrary = fc.record({ turns: fc.integer({ min: 1, max: 4 }), rubric: fc.integer({ min: 2, max: 5 }) }).map(({ turns, rubric }) =>
  SpeakQuestionSchema.parse({
    ...base,
    id: 'speak',
    kind: 'speak',
    scene: 's',
    target: 'voicemail',
    targetSeconds: 20,
    turns: range(turns).map((i) => ({ id: letter(i), who: 'P', line: `Line ${i}`, model: `Reply ${i}` })),
    rubric: range(rubric).map((i) => ({ id: `r${i}`, label: `Check ${i}` })),
  }),
);

/**
 * A DAG: nodes n0…n(k-1) each lead on to n(i+1) (so all are reachable), plus
 * up to two extra choices to any later node or to one of two endings.
 */
const edge = fc.record({ to: fc.nat(), points: fc.integer({ min: 0, max: 10 }) });
export const dialogueArbitrary = fc
  .array(fc.record({ points: fc.integer({ min: 0, max: 10 }), extra: fc.array(edge, { maxLength: 2 }) }), { minLength: 1, maxLength: 6 })
  .map((specs) => {
    const k = specs.length;
    const name = (j: number) => (j < k ? `n${j}` : j === k ? 'end-a' : 'end-b');
    const said = (id: string, points: number, next: string) => ({ id, text: `to ${next}`, feedback: 'f', points, next });
    const nodes: Record<string, object> = { 'end-a': { speaker: 'P', line: 'Bye.', ending: 'A' }, 'end-b': { speaker: 'P', line: 'Bye.', ending: 'B' } };
    specs.forEach((spec, i) => {
      const extra = spec.extra.map((e, j) => said(letter(j + 1), e.points, name(i + 1 + (e.to % (k + 1 - i)))));
      if (i === k - 1) extra.push(said(letter(extra.length + 1), 0, 'end-b'));
      nodes[`n${i}`] = { speaker: 'P', line: `Line ${i}`, choices: [said('a', spec.points, name(i + 1)), ...extra] };
    });
    return DialogueQuestionSchema.parse({ ...base, id: 'dialogue', kind: 'dialogue', start: 'n0', nodes });
  });

/** Every start-to-ending path, by brute force: the reference for bestPath. */
export function allPaths(q: DialogueQuestion, node = q.start): { path: string[]; points: number }[] {
  const choices = q.nodes[node]?.choices ?? [];
  if (choices.length === 0) return [{ path: [], points: 0 }];
  return choices.flatMap((c) => allPaths(q, c.next).map((p) => ({ path: [c.id, ...p.path], points: c.points + p.points })));
}

/** A path that follows real choices, stopping at an ending or when the draws run out. */
const walkAlong = (q: DialogueQuestion) =>
  fc.array(fc.nat(), { maxLength: 10 }).map((draws) => {
    const path: string[] = [];
    let choices = q.nodes[q.start]?.choices ?? [];
    for (const draw of draws) {
      const i = draw % Math.max(1, choices.length);
      const next = choices[i]?.next;
      if (next === undefined) break;
      path.push(choices[i]!.id);
      choices = q.nodes[next]?.choices ?? [];
    }
    return path;
  });

const with_ = <Q, R>(questions: fc.Arbitrary<Q>, response: (q: Q) => fc.Arbitrary<R>) =>
  questions.chain((question) => response(question).map((r) => ({ question, response: r })));

/** A question of each kind with a response to it. */
export const cases: { [K in QuestionKind]: fc.Arbitrary<{ question: QuestionByKind[K]; response: ResponseByKind[K] }> } = {
  choice: with_(choiceArbitrary, (q) => picks(q.options.length).map((selected) => ({ selected }))),
  'spot-the-mistake': with_(spotArbitrary, (q) => picks(q.segments.length).map((selected) => ({ selected }))),
  order: with_(orderArbitrary, (q) => fc.oneof(permutation(q.items.length), fc.array(id(q.items.length), { maxLength: 9 })).map((order) => ({ order }))),
  classify: with_(classifyArbitrary, (q) => {
    const group = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...q.groups.map((g) => g.id)) }, fc.string());
    const n = q.items.length;
    // Every item, one left out, or one extra (an unknown item or a repeat), each given a group.
    const items = fc.oneof(
      permutation(n),
      fc.shuffledSubarray(ids(n), { minLength: n - 1, maxLength: n - 1 }),
      fc.array(id(n), { minLength: n, maxLength: n + 1 }),
    );
    return items.chain((chosen) => fc.tuple(...chosen.map((item) => group.map((g) => ({ item, group: g }))))).map((placed) => ({ placed }));
  }),
  dialogue: with_(dialogueArbitrary, (q) =>
    fc
      .oneof(walkAlong(q), fc.array(fc.oneof({ weight: 5, arbitrary: fc.nat(3).map(letter) }, fc.string({ maxLength: 3 })), { maxLength: 8 }))
      .map((path) => ({ path })),
  ),
  rewrite: with_(rewriteArbitrary, (q) =>
    fc.record({ text: fc.string({ maxLength: 40 }), ticked: fc.array(fc.oneof(fc.constantFrom(...q.rubric.map((r) => r.id)), fc.string()), { maxLength: 6 }) }),
  ),
  speak: with_(speakArbitrary, (q) =>
    fc.record({
      ticked: fc.array(fc.oneof(fc.constantFrom(...q.rubric.map((r) => r.id)), fc.string()), { maxLength: 6 }),
      seconds: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 3600, noNaN: true })),
      mode: fc.constantFrom('recorded' as const, 'aloud' as const),
    }),
  ),
};
