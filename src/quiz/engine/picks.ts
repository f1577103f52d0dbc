/** Checks shared by the scorers that take a list of picked ids (choice, spot the mistake, order). */

/** Why `picked` cannot be picks from a list with these `ids`, or null when they can. */
export function pickProblem(picked: readonly string[], ids: readonly string[], what: string): string | null {
  if (picked.some((id) => !ids.includes(id))) return `One of your picks is not one of the ${what}; please pick again.`;
  if (new Set(picked).size !== picked.length) return `Each of the ${what} can be picked only once.`;
  return null;
}

/** Multiple answer: a wrong pick cancels a right one, so ticking everything earns nothing. */
export function netPicks(selected: readonly string[], isRight: (id: string) => boolean): number {
  const right = selected.filter(isRight).length;
  return Math.max(0, right - (selected.length - right));
}
