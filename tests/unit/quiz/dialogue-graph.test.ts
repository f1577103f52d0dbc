import { describe, expect, it } from 'vitest';
import { checkDialogueGraph, type DialogueGraphInput } from '../../../src/quiz/engine/dialogue-graph';
import { DialogueQuestionSchema } from '../../../src/quiz/kinds/dialogue/schema';
import { dialogueQuestion } from './builders';

const to = (...next: string[]) => ({ choices: next.map((n) => ({ next: n })) });
const end = { ending: 'Done.' };
const messages = (graph: DialogueGraphInput) => checkDialogueGraph(graph).map((p) => `${p.path.join('.')}: ${p.message}`);

describe('checkDialogueGraph', () => {
  it('accepts a branching call where every path ends', () => expect(checkDialogueGraph(dialogueQuestion())).toEqual([]));

  it('reports a missing start', () => expect(messages({ start: 'nope', nodes: { a: end } })).toContain('start: start node "nope" does not exist'));

  it('reports a dangling next', () =>
    expect(messages({ start: 'a', nodes: { a: to('b', 'ghost'), b: end } })).toEqual([
      'nodes.a.choices.1.next: choice leads to "ghost", which does not exist',
    ]));

  it('reports a node that cannot be reached', () =>
    expect(messages({ start: 'a', nodes: { a: to('b'), b: end, lost: end } })).toEqual(['nodes.lost: node "lost" cannot be reached from "a"']));

  it('reports a cycle', () =>
    expect(messages({ start: 'a', nodes: { a: to('b', 'z'), b: to('c'), c: to('a'), z: end } })).toEqual([
      'nodes.c: loop: a → b → c → a; every path through a call must end',
    ]));

  it('reports a self-loop', () => expect(messages({ start: 'a', nodes: { a: to('a', 'z'), z: end } })).toHaveLength(1));

  it('reports a node with neither choices nor an ending', () =>
    expect(messages({ start: 'a', nodes: { a: to('b'), b: {} } })).toEqual([
      'nodes.b: node "b" has no choices and no ending: the call would stop with nowhere to go',
    ]));

  it('treats an empty choices list like no choices', () => expect(messages({ start: 'a', nodes: { a: to('b'), b: { choices: [] } } })).toHaveLength(1));

  it('reports a node with both choices and an ending', () =>
    expect(messages({ start: 'a', nodes: { a: { ...to('b'), ending: 'Hm.' }, b: end } })).toEqual([
      'nodes.a: node "a" has both choices and an ending; an ending has no choices',
    ]));

  it('does not follow inherited keys such as "constructor"', () =>
    expect(messages({ start: 'a', nodes: { a: to('constructor') } })).toContain('nodes.a.choices.0.next: choice leads to "constructor", which does not exist'));

  it('is wired into the schema, with the problem path under the question', () => {
    const bad = { ...dialogueQuestion(), start: 'mid' };
    const result = DialogueQuestionSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['nodes.open']);
  });
});
