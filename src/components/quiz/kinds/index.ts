// Server renderer for each question kind. A new kind in the schema fails to
// compile here until it has one (the client views have the same guard).
import type { QuestionKind } from '../../../quiz/schema';
import type { QuestionByKind } from '../../../quiz/engine/score';
import Choice from './Choice.astro';
import Classify from './Classify.astro';
import Dialogue from './Dialogue.astro';
import Order from './Order.astro';
import Rewrite from './Rewrite.astro';
import SpotTheMistake from './SpotTheMistake.astro';

export const renderers = {
  choice: Choice,
  'spot-the-mistake': SpotTheMistake,
  order: Order,
  classify: Classify,
  dialogue: Dialogue,
  rewrite: Rewrite,
} satisfies { [K in QuestionKind]: (props: { question: QuestionByKind[K]; promptId: string }) => unknown };
