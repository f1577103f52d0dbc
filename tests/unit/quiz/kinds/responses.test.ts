import { describe, expect, it } from 'vitest';
import { AnyResponseSchema } from '../../../../src/quiz/kinds';
import { ChoiceResponseSchema } from '../../../../src/quiz/kinds/choice/response';
import { ClassifyResponseSchema } from '../../../../src/quiz/kinds/classify/response';
import { DialogueResponseSchema } from '../../../../src/quiz/kinds/dialogue/response';
import { OrderResponseSchema } from '../../../../src/quiz/kinds/order/response';
import { RewriteResponseSchema } from '../../../../src/quiz/kinds/rewrite/response';
import { SpeakResponseSchema } from '../../../../src/quiz/kinds/speak/response';
import { SpotTheMistakeResponseSchema } from '../../../../src/quiz/kinds/spot-the-mistake/response';

describe('response schemas', () => {
  it.each([
    ['choice', ChoiceResponseSchema, { selected: ['a', 'c'] }],
    ['spot-the-mistake', SpotTheMistakeResponseSchema, { selected: [] }],
    ['order', OrderResponseSchema, { order: ['c', 'a', 'b'] }],
    ['classify', ClassifyResponseSchema, { placed: [{ item: 'a', group: 'good' }] }],
    ['dialogue', DialogueResponseSchema, { path: ['b', 'a'] }],
    ['rewrite', RewriteResponseSchema, { text: 'Hi Sam.', ticked: ['value'] }],
    ['speak', SpeakResponseSchema, { ticked: ['reason'], seconds: 21.4, mode: 'recorded' }],
  ] as const)('%s accepts a well-shaped response', (_kind, schema, response) => expect(schema.parse(response)).toEqual(response));

  it.each([
    ['a position instead of an id (version 1)', ChoiceResponseSchema, { selected: [0] }],
    ['a position in an order (version 1)', OrderResponseSchema, { order: [0] }],
    ['a missing field', DialogueResponseSchema, {}],
    ['a bare group per position (version 1)', ClassifyResponseSchema, { placed: ['good', null] }],
    ['a number as group id', ClassifyResponseSchema, { placed: [{ item: 'a', group: 1 }] }],
    ['text over 2,000 characters', RewriteResponseSchema, { text: 'a'.repeat(2001), ticked: [] }],
    ['no ticked list', RewriteResponseSchema, { text: 'Hi.' }],
    ['a drill without its mode', SpeakResponseSchema, { ticked: [], seconds: 3 }],
    ['a recording carried in the response', SpeakResponseSchema, { ticked: [], seconds: 3, mode: 'audio' }],
    ['negative seconds', SpeakResponseSchema, { ticked: [], seconds: -1, mode: 'aloud' }],
  ] as const)('rejects %s', (_case, schema, response) => expect(schema.safeParse(response).success).toBe(false));

  it('keeps 2,000 characters of text', () => expect(RewriteResponseSchema.safeParse({ text: 'a'.repeat(2000), ticked: [] }).success).toBe(true));
});

describe('AnyResponseSchema', () => {
  it('accepts a kind with its own response shape', () => {
    const pair = { kind: 'order', response: { order: ['b', 'a', 'c'] } };
    expect(AnyResponseSchema.parse(pair)).toEqual(pair);
  });

  it.each([
    ['a response of another kind', { kind: 'order', response: { selected: ['b'] } }],
    ['an unknown kind', { kind: 'essay', response: { text: 'x' } }],
    ['no response', { kind: 'choice' }],
    ['not an object', 'choice'],
  ])('rejects %s', (_case, pair) => expect(AnyResponseSchema.safeParse(pair).success).toBe(false));
});
