/**
 * The server half of each kind: the component that renders its body as
 * complete HTML, and the words on its controls. Part of the registry
 * (index.ts); kept apart because Astro components run only at build time.
 */
import type { QuestionByKind, QuestionKind } from '../schema';
import Choice from './choice/Choice.astro';
import Classify from './classify/Classify.astro';
import Dialogue from './dialogue/Dialogue.astro';
import Order from './order/Order.astro';
import Rewrite from './rewrite/Rewrite.astro';
import Speak from './speak/Speak.astro';
import SpotTheMistake from './spot-the-mistake/SpotTheMistake.astro';

export interface Renderer<K extends QuestionKind> {
  Body: (props: { question: QuestionByKind[K]; promptId: string }) => unknown;
  /** Button labels; `check: null` for a kind that finishes on its own (a dialogue ends when the call does). */
  controls: { check: string | null; retry: string; solution: string };
}

const checked = { check: 'Check', retry: 'Try again', solution: 'Show solution' };

export const renderers: { [K in QuestionKind]: Renderer<K> } = {
  choice: { Body: Choice, controls: checked },
  'spot-the-mistake': { Body: SpotTheMistake, controls: checked },
  order: { Body: Order, controls: checked },
  classify: { Body: Classify, controls: checked },
  dialogue: { Body: Dialogue, controls: { check: null, retry: 'Restart the call', solution: 'Show the strong path' } },
  rewrite: { Body: Rewrite, controls: checked },
  speak: { Body: Speak, controls: { check: 'Check', retry: 'Try again', solution: 'Show a model call' } },
};
