/**
 * Build-time check of a dialogue's graph. A learner must never hit a dead
 * link, and every run through the call must end, so we require:
 *   - `start` and every `next` name an existing node;
 *   - every node is reachable from `start`;
 *   - a node has choices or an ending (not both, not neither);
 *   - no cycles: a cycle is a path that can go on for ever, and it would make
 *     the best score unbounded.
 * Takes plain data (not the parsed schema type) so the schema can call it.
 */
export interface DialogueGraphInput {
  start: string;
  nodes: Record<string, { choices?: ReadonlyArray<{ next: string }> | undefined; ending?: string | undefined }>;
}

export interface GraphProblem {
  path: (string | number)[];
  message: string;
}

export function checkDialogueGraph(dialogue: DialogueGraphInput): GraphProblem[] {
  const { start, nodes } = dialogue;
  const problems: GraphProblem[] = [];
  const has = (id: string) => Object.hasOwn(nodes, id);

  if (!has(start)) problems.push({ path: ['start'], message: `start node "${start}" does not exist` });

  for (const [id, node] of Object.entries(nodes)) {
    const choices = node.choices ?? [];
    if (choices.length === 0 && node.ending === undefined)
      problems.push({ path: ['nodes', id], message: `node "${id}" has no choices and no ending: the call would stop with nowhere to go` });
    if (choices.length > 0 && node.ending !== undefined)
      problems.push({ path: ['nodes', id], message: `node "${id}" has both choices and an ending; an ending has no choices` });
    choices.forEach((c, i) => {
      if (!has(c.next)) problems.push({ path: ['nodes', id, 'choices', i, 'next'], message: `choice leads to "${c.next}", which does not exist` });
    });
  }

  // Depth-first walk from start: marks reachable nodes and finds back edges (cycles).
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, trail: string[]): void => {
    state.set(id, 'open');
    for (const c of nodes[id]?.choices ?? []) {
      if (!has(c.next)) continue;
      const s = state.get(c.next);
      if (s === 'open') {
        problems.push({ path: ['nodes', id], message: `loop: ${[...trail, id, c.next].join(' → ')}; every path through a call must end` });
      } else if (s === undefined) {
        walk(c.next, [...trail, id]);
      }
    }
    state.set(id, 'done');
  };
  if (has(start)) walk(start, []);

  for (const id of Object.keys(nodes)) {
    if (has(start) && !state.has(id)) problems.push({ path: ['nodes', id], message: `node "${id}" cannot be reached from "${start}"` });
  }
  return problems;
}
