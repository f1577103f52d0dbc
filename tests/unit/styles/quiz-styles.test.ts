// A lesson's inline quiz styles: the shared rules and the kinds it shows, never another kind's.
// (Vitest reads CSS imports as empty text, so the order and choice are checked on stand-in parts.)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_STYLES, quizStylesFor } from '../../../src/styles/quiz-styles';

const kindsDir = join(import.meta.dirname, '../../../src/quiz/kinds');
const kindsWithStyles = readdirSync(kindsDir).filter((kind) => existsSync(join(kindsDir, kind, `${kind}.css`)));
const parts = {
  buttons: '/*buttons*/',
  kinds: new Map([
    ['classify', '/*classify*/'],
    ['order', '/*order*/'],
    ['rewrite', '/*rewrite*/'],
  ]),
  shared: '/*shared*/',
};

describe('quiz styles for a page', () => {
  it('knows every kind that has a stylesheet in its folder, by the folder’s name', () => {
    expect([...KIND_STYLES.keys()].sort()).toEqual(kindsWithStyles.sort());
  });

  it('carries the buttons, the kinds shown and the shared rules, in that order, and no other kind', () => {
    const html = '<course-question data-kind="rewrite"></course-question><course-question data-kind="choice"></course-question><li data-kind="order">';
    expect(quizStylesFor(html, parts)).toBe('/*buttons*//*order*//*rewrite*//*shared*/');
  });

  it('gives questions of kinds without styles of their own the shared rules alone', () => {
    expect(quizStylesFor('<course-question data-kind="choice"></course-question><p>data-kind="order" in words</p>', parts)).toBe('/*buttons*//*shared*/');
  });
});
