// Test-data builders: small, valid questions of each kind. Each goes through
// its schema, so defaults are filled exactly as in a real quiz and an invalid
// builder fails loudly instead of testing the scorer against impossible data.
import type { z } from 'astro/zod';
import { ChoiceQuestionSchema } from '../../../src/quiz/kinds/choice/schema';
import { ClassifyQuestionSchema } from '../../../src/quiz/kinds/classify/schema';
import { DialogueQuestionSchema } from '../../../src/quiz/kinds/dialogue/schema';
import { OrderQuestionSchema } from '../../../src/quiz/kinds/order/schema';
import { RewriteQuestionSchema } from '../../../src/quiz/kinds/rewrite/schema';
import { SpeakQuestionSchema } from '../../../src/quiz/kinds/speak/schema';
import { SpotTheMistakeQuestionSchema } from '../../../src/quiz/kinds/spot-the-mistake/schema';
import type { Question } from '../../../src/quiz/schema';

const base = (id: string) => ({ id, prompt: 'What works best?', objectives: ['o1'], explanation: 'Because it does.' });
type In<S extends z.ZodType> = Partial<z.input<S>>;
/** Ids as the shared contract gives them to converted content: position i is letter i. */
export const letter = (i: number) => String.fromCharCode(97 + i);

/** Single answer; option b is right. */
export const choiceQuestion = (over: In<typeof ChoiceQuestionSchema> = {}) =>
  ChoiceQuestionSchema.parse({
    ...base('choice-q'),
    kind: 'choice',
    options: [
      { id: 'a', text: 'Launch into the pitch', feedback: 'Too fast.' },
      { id: 'b', text: 'Greet them and say who you are', correct: true, feedback: 'Courtesy first.' },
      { id: 'c', text: 'Ask if they have a minute', feedback: 'Asks them to do work.' },
    ],
    ...over,
  });

/** Multiple answers; options a and c are right. */
export const multipleChoiceQuestion = (over: In<typeof ChoiceQuestionSchema> = {}) =>
  ChoiceQuestionSchema.parse({
    ...base('multiple-q'),
    kind: 'choice',
    multiple: true,
    options: ['Right A', 'Wrong B', 'Right C', 'Wrong D'].map((text, i) => ({ id: letter(i), text, correct: text.startsWith('Right'), feedback: 'Why.' })),
    ...over,
  });

/** Lines b and d are the mistakes. */
export const spotQuestion = (over: In<typeof SpotTheMistakeQuestionSchema> = {}) =>
  SpotTheMistakeQuestionSchema.parse({
    ...base('spot-q'),
    kind: 'spot-the-mistake',
    segments: ['Hello?', 'Got a minute?', 'Sure.', 'Great, let me tell you all about us.'].map((text, i) => ({
      id: letter(i),
      who: i % 2 === 0 ? 'Prospect' : 'Rep',
      text,
      mistake: i % 2 === 1,
      feedback: 'Why.',
    })),
    ...over,
  });

export const orderQuestion = (over: In<typeof OrderQuestionSchema> = {}) =>
  OrderQuestionSchema.parse({
    ...base('order-q'),
    kind: 'order',
    items: ['Connect', 'Value statement', 'Qualifying question', 'Next step'].map((text, i) => ({ id: letter(i), text })),
    ...over,
  });

/** Items a and c are "good", b and d "poor". */
export const classifyQuestion = (over: In<typeof ClassifyQuestionSchema> = {}) =>
  ClassifyQuestionSchema.parse({
    ...base('classify-q'),
    kind: 'classify',
    groups: [
      { id: 'good', label: 'Good opener' },
      { id: 'poor', label: 'Poor opener' },
    ],
    items: ['Hi Sam, Dana here.', 'Do you have a minute?', 'Thanks for picking up.', 'Let me tell you about us.'].map((text, i) => ({
      id: letter(i),
      text,
      group: i % 2 === 0 ? 'good' : 'poor',
      feedback: 'Why.',
    })),
    ...over,
  });

const choice = (id: string, points: number, next: string) => ({ id, text: `Say ${points} to ${next}`, feedback: 'They hear it.', points, next });

/** Best path: ['b', 'a'] for 2 + 3 = 5 points. */
export const dialogueQuestion = (over: In<typeof DialogueQuestionSchema> = {}) =>
  DialogueQuestionSchema.parse({
    ...base('dialogue-q'),
    kind: 'dialogue',
    start: 'open',
    nodes: {
      open: { speaker: 'Receptionist', line: 'Acme, how can I help?', choices: [choice('a', 1, 'mid'), choice('b', 2, 'mid'), choice('c', 0, 'end-bad')] },
      mid: { speaker: 'Receptionist', line: 'She is out.', choices: [choice('a', 3, 'end-good'), choice('b', 1, 'end-bad')] },
      'end-good': { speaker: 'Receptionist', line: 'Try at four.', ending: 'You know when to call back.' },
      'end-bad': { speaker: 'Receptionist', line: 'Goodbye.', ending: 'The call went nowhere.' },
    },
    ...over,
  });

export const rewriteQuestion = (over: In<typeof RewriteQuestionSchema> = {}) =>
  RewriteQuestionSchema.parse({
    ...base('rewrite-q'),
    kind: 'rewrite',
    scene: 'You reach Sam cold.',
    target: 'opener',
    rubric: [
      { id: 'courtesy', label: 'Greets and gives a name' },
      { id: 'value', label: 'Says what is in it for them' },
      { id: 'one-question', label: 'Asks one quick question' },
    ],
    model: 'Hi Sam, Dana at Acme. We cut call prep in half for teams like yours. How do you prepare today?',
    ...over,
  });

export const speakQuestion = (over: In<typeof SpeakQuestionSchema> = {}) =>
  SpeakQuestionSchema.parse({
    ...base('speak-q'),
    kind: 'speak',
    scene: 'You call Sam at Acme; the front desk answers.',
    target: 'opener',
    targetSeconds: 25,
    turns: [
      { id: 'a', who: 'Front desk', line: 'Acme, how can I help?', model: 'Hi, this is Dana. Could you help me? I am trying to reach Sam.' },
      { id: 'b', who: 'Sam', line: 'Sam speaking.', model: 'Hi Sam, Dana at Lumen. Is now an all right moment for a quick question?' },
    ],
    rubric: [
      { id: 'courtesy', label: 'Greeted them and gave my name' },
      { id: 'reason', label: 'Gave a reason about them' },
      { id: 'one-question', label: 'Asked one easy question' },
    ],
    ...over,
  });

/** One question of every kind, ids unique. */
export const oneOfEachKind = (): Question[] => [
  choiceQuestion(),
  multipleChoiceQuestion(),
  spotQuestion(),
  orderQuestion(),
  classifyQuestion(),
  dialogueQuestion(),
  rewriteQuestion(),
  speakQuestion(),
];
