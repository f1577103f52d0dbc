/** Reading one attempt at a question (state.ts). */
import type { Attempt } from './state';

/** Full marks on an attempt. */
export const isRight = (a: Attempt): boolean => a.total > 0 && a.earned >= a.total;

/** Fraction of an attempt, 0 to 1. */
export const fraction = (a: Attempt): number => (a.total > 0 ? a.earned / a.total : 0);
