/** Checks shared by the scorers that take a list of picked indexes. */

/** Why `indexes` cannot be picks from a list of `length` things, or null when they can. */
export function pickProblem(indexes: readonly number[], length: number, what: string): string | null {
  if (indexes.some((i) => !Number.isInteger(i) || i < 0 || i >= length))
    return `One of your picks is not one of the ${what}; please pick again.`;
  if (new Set(indexes).size !== indexes.length) return `Each of the ${what} can be picked only once.`;
  return null;
}

/** Multiple answer: a wrong pick cancels a right one, so ticking everything earns nothing. */
export function netPicks(selected: readonly number[], isRight: (i: number) => boolean): number {
  const right = selected.filter(isRight).length;
  return Math.max(0, right - (selected.length - right));
}
