/** Reading one attempt (state.ts's [time, earned, total, response]). */
import type { Attempt } from './state';

/** Full marks on an attempt. */
export const isRight = (a: Attempt): boolean => a[2] > 0 && a[1] >= a[2];

/** Fraction of an attempt, 0 to 1. */
export const fraction = (a: Attempt): number => (a[2] > 0 ? a[1] / a[2] : 0);
