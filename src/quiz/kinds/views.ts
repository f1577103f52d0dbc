/**
 * The browser half of each kind: its view and the scorer Check uses, loaded
 * on demand, only for the kinds on the page. Part of the registry (index.ts);
 * kept apart so browser bundles never import Zod or Astro components.
 */
import type { QuestionKind } from '../schema';
import type { Scorer } from '../engine/score';
import type { ViewFactory } from '../browser/view';

export interface BrowserKind<K extends QuestionKind> {
  view: ViewFactory<K>;
  score: Scorer<K>;
}

export type ViewLoaders = { [K in QuestionKind]: () => Promise<BrowserKind<K>> };

export const views: ViewLoaders = {
  choice: () => import('./choice/view'),
  'spot-the-mistake': () => import('./spot-the-mistake/view'),
  order: () => import('./order/view'),
  classify: () => import('./classify/view'),
  dialogue: () => import('./dialogue/view'),
  rewrite: () => import('./rewrite/view'),
};
