import { describe, expect, it } from 'vitest';
import {
  AnyResponseSchema,
  ChoiceResponseSchema,
  ClassifyResponseSchema,
  DialogueResponseSchema,
  OrderResponseSchema,
  RewriteResponseSchema,
  SpotTheMistakeResponseSchema,
} from '../../../src/quiz/response';

describe('response schemas', () => {
  it.each([
    ['choice', ChoiceResponseSchema, { selected: [0, 2] }],
    ['spot-the-mistake', SpotTheMistakeResponseSchema, { selected: [] }],
    ['order', OrderResponseSchema, { order: [2, 0, 1] }],
    ['classify', ClassifyResponseSchema, { placed: ['good', null] }],
    ['dialogue', DialogueResponseSchema, { path: [1, 0] }],
    ['rewrite', RewriteResponseSchema, { text: 'Hi Sam.', ticked: ['value'] }],
  ] as const)('%s accepts a well-shaped response', (_kind, schema, response) => expect(schema.parse(response)).toEqual(response));

  it.each([
    ['a string index', ChoiceResponseSchema, { selected: ['0'] }],
    ['a fractional index', OrderResponseSchema, { order: [0.5] }],
    ['a missing field', DialogueResponseSchema, {}],
    ['a number as group id', ClassifyResponseSchema, { placed: [1] }],
    ['text over 2,000 characters', RewriteResponseSchema, { text: 'a'.repeat(2001), ticked: [] }],
    ['no ticked list', RewriteResponseSchema, { text: 'Hi.' }],
  ] as const)('rejects %s', (_case, schema, response) => expect(schema.safeParse(response).success).toBe(false));

  it('keeps 2,000 characters of text', () => expect(RewriteResponseSchema.safeParse({ text: 'a'.repeat(2000), ticked: [] }).success).toBe(true));
});

describe('AnyResponseSchema', () => {
  it('accepts a kind with its own response shape', () => {
    const pair = { kind: 'order', response: { order: [1, 0, 2] } };
    expect(AnyResponseSchema.parse(pair)).toEqual(pair);
  });

  it.each([
    ['a response of another kind', { kind: 'order', response: { selected: [1] } }],
    ['an unknown kind', { kind: 'essay', response: { text: 'x' } }],
    ['no response', { kind: 'choice' }],
    ['not an object', 'choice'],
  ])('rejects %s', (_case, pair) => expect(AnyResponseSchema.safeParse(pair).success).toBe(false));
});
