// PLACEHOLDER for the drill helper: replace with the real drill (see the brief).
import type { ViewContext } from '../../browser/view';
import type { QuizDataByKind } from '../../page-text';
import type { Said } from './view';

export function openDrill(_question: QuizDataByKind['speak'], _panel: HTMLElement, _ctx: ViewContext, _done: (said: Said) => void): void {
  throw new Error('not built yet');
}
