/**
 * The browser half of each kind: its view, loaded on demand, only for the
 * kinds on the page. Part of the registry (index.ts); kept apart so browser
 * bundles never import Zod or Astro components. The scorers come with the
 * question element itself (scorers.ts says why).
 */
import type { QuestionKind } from '../schema';
import type { ViewFactory } from '../browser/view';

export type ViewLoaders = { [K in QuestionKind]: () => Promise<ViewFactory<K>> };

export const views: ViewLoaders = {
  choice: () => import('./choice/view').then((m) => m.view),
  'spot-the-mistake': () => import('./spot-the-mistake/view').then((m) => m.view),
  order: () => import('./order/view').then((m) => m.view),
  classify: () => import('./classify/view').then((m) => m.view),
  dialogue: () => import('./dialogue/view').then((m) => m.view),
  rewrite: () => import('./rewrite/view').then((m) => m.view),
  speak: () => import('./speak/view').then((m) => m.view),
};
