/**
 * Shared wording for describing a response in words (a report, the report
 * check). Ids come from a file, so every lookup allows for one that points nowhere.
 */
export const missing = (id: string) => `(“${id}”, which this question does not have)`;

/** The entry with this id, or undefined. */
export const byId = <T extends { id: string }>(list: readonly T[], id: string): T | undefined => list.find((x) => x.id === id);
