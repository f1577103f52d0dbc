// Malformed content stops the build, and the message names the file and the field.
import { describe, expect, it } from 'vitest';
import { buildBrokenFixture, replaceIn } from './build-fixture';

const lesson = 'lessons/01-one/01-lesson-1.mdx';
const quiz = 'quizzes/fixture-quiz.yaml';

describe('a broken content file stops the build', () => {
  it('builds the unbroken fixture (the control)', () => {
    const result = buildBrokenFixture(() => {});
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });

  it('lesson without a title', () => {
    const result = buildBrokenFixture((dir) => replaceIn(dir, lesson, /^title: .*\n/m, ''));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('01-lesson-1');
    expect(result.output).toMatch(/title/);
  });

  it('lesson in an unknown module', () => {
    const result = buildBrokenFixture((dir) => replaceIn(dir, lesson, 'module: one', 'module: nowhere'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('01-lesson-1.mdx: field "module": unknown module "nowhere"');
  });

  it('two lessons with the same order', () => {
    const result = buildBrokenFixture((dir) => replaceIn(dir, 'lessons/01-one/02-lesson-2.mdx', 'order: 2', 'order: 1'));
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/lesson-\d\.mdx: field "order": duplicate lesson order in module "one" "1"/);
  });

  it('quiz with a malformed question', () => {
    const result = buildBrokenFixture((dir) => replaceIn(dir, quiz, 'kind: choice', 'kind: guess'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('fixture-quiz');
    expect(result.output).toMatch(/kind/);
  });

  it('dialogue with a dangling link, an unreachable node and a loop', () => {
    const result = buildBrokenFixture((dir) =>
      replaceIn(
        dir,
        quiz,
        /questions:\n/,
        `questions:
  - id: fixture-dialogue
    kind: dialogue
    prompt: Call.
    objectives: [fixture-objective-1]
    explanation: Because.
    start: a
    nodes:
      a: { speaker: Receptionist, line: Hello., choices: [{ id: a, text: Hi, feedback: Fine., points: 1, next: b }, { id: b, text: Bye, feedback: Hm., points: 0, next: nowhere }] }
      b: { speaker: Receptionist, line: Again., choices: [{ id: a, text: Loop, feedback: Round., points: 1, next: a }] }
      lost: { speaker: Receptionist, line: Never heard., ending: Never reached. }
`,
      ),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toContain('fixture-quiz');
    expect(result.output).toContain('choice leads to "nowhere", which does not exist');
    expect(result.output).toContain('node "lost" cannot be reached from "a"');
    expect(result.output).toMatch(/loop: a → b → a/);
  });

  it('a version 1 quiz file: the message says to add ids', () => {
    const result = buildBrokenFixture((dir) => {
      replaceIn(dir, quiz, 'version: 2', 'version: 1');
      replaceIn(dir, quiz, /\{ id: [ab], /g, '{ ');
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain('fixture-quiz');
    expect(result.output).toMatch(/version/);
    expect(result.output).toContain('this is a version 1 quiz file: give every option');
    expect(result.output).toMatch(/options\.0\.id/);
  });

  it('two options with the same id', () => {
    const result = buildBrokenFixture((dir) => replaceIn(dir, quiz, '{ id: b, ', '{ id: a, '));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('fixture-quiz');
    expect(result.output).toContain('duplicate id "a" in this list');
    expect(result.output).toMatch(/options\.1\.id/);
  });
});
