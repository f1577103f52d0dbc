/**
 * Walking a dialogue: the steps a learner's path takes, and the strongest path.
 * The schema's graph check (dialogue-graph.ts) guarantees links resolve and
 * there are no loops; these functions still guard both, so unchecked data
 * (an old report, a test) gives a clear problem instead of a hang or a throw.
 */
import type { DialogueChoice, DialogueNode, DialogueQuestion } from '../schema';

/** What a walk reads of a dialogue: its graph (the browser's copy has no prompt or explanation). */
type DialogueGraph = Pick<DialogueQuestion, 'start' | 'nodes'>;

export interface DialogueStep {
  nodeId: string;
  node: DialogueNode;
  /** Id of the choice taken, among the node's `choices`. */
  choiceId: string;
  choice: DialogueChoice;
  feedback: string;
  points: number;
}

export interface DialogueWalk {
  steps: DialogueStep[];
  /** Where the walk stopped: the node to answer next, or the ending. Null only on a broken link. */
  current: { nodeId: string; node: DialogueNode } | null;
  /** The ending node, once the path reaches one. */
  ending: { nodeId: string; node: DialogueNode } | null;
  /** Why the path could not be followed to its last step, if it could not. */
  problem: 'bad-choice' | 'past-ending' | 'missing-node' | null;
}

/** Own-property lookup: node ids like "constructor" must not find Object.prototype members. */
export function nodeById(question: DialogueGraph, id: string): DialogueNode | undefined {
  return Object.hasOwn(question.nodes, id) ? question.nodes[id] : undefined;
}

const isEnding = (node: DialogueNode) => (node.choices ?? []).length === 0;

export function walkDialogue(question: DialogueGraph, path: readonly string[]): DialogueWalk {
  const steps: DialogueStep[] = [];
  let nodeId = question.start;
  for (const choiceId of path) {
    const node = nodeById(question, nodeId);
    if (node === undefined) return { steps, current: null, ending: null, problem: 'missing-node' };
    if (isEnding(node)) return { steps, current: { nodeId, node }, ending: { nodeId, node }, problem: 'past-ending' };
    const choice = node.choices?.find((c) => c.id === choiceId);
    if (choice === undefined) return { steps, current: { nodeId, node }, ending: null, problem: 'bad-choice' };
    steps.push({ nodeId, node, choiceId, choice, feedback: choice.feedback, points: choice.points });
    nodeId = choice.next;
  }
  const node = nodeById(question, nodeId);
  if (node === undefined) return { steps, current: null, ending: null, problem: 'missing-node' };
  return { steps, current: { nodeId, node }, ending: isEnding(node) ? { nodeId, node } : null, problem: null };
}

export interface DialoguePath {
  /** Choice id at each node from `start` to an ending. */
  path: string[];
  points: number;
}

/**
 * The path with the most points. Ties go to the choice written first, so the
 * "model call" shown to learners is the same on every build.
 */
export function bestPath(question: DialogueGraph): DialoguePath {
  // Memoised: the graph is a DAG, and shared sub-calls are common (many replies lead to one ending).
  const memo = new Map<string, DialoguePath | null>();
  const best = (id: string): DialoguePath | null => {
    if (memo.has(id)) return memo.get(id) ?? null; // null also marks "in progress", so a loop is never followed
    memo.set(id, null);
    const node = nodeById(question, id);
    let found: DialoguePath | null = null;
    if (node !== undefined && isEnding(node)) found = { path: [], points: 0 };
    for (const choice of node?.choices ?? []) {
      const rest = best(choice.next);
      // Strictly greater: an equal later choice never replaces an earlier one.
      if (rest !== null && (found === null || choice.points + rest.points > found.points))
        found = { path: [choice.id, ...rest.path], points: choice.points + rest.points };
    }
    memo.set(id, found);
    return found;
  };
  return best(question.start) ?? { path: [], points: 0 };
}

/** The most points any path through the dialogue can earn. */
export const maxDialoguePoints = (question: DialogueGraph): number => bestPath(question).points;
