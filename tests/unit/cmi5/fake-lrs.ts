// A flaky LRS in memory for the queue's tests: each try at a statement goes one
// of four ways, as the script says (repeating its last way once it runs out):
//   ok        stored (once per id, as an LRS does with PUT ?statementId=), acknowledged
//   lost      stored, but the acknowledgement never reaches the browser (a network drop)
//   down      not reached: the network is off or the LRS answers 503
//   refuse    a 400 for this try (the statement is set aside for good)
// It logs every delivery so a test can tell a resend after a lost answer from a duplicate.
import type { SendResult } from '../../../src/cmi5/queue';
import type { Statement } from '../../../src/cmi5/statements';
import type { StorageLike } from '../../../src/progress/store';

export type Way = 'ok' | 'lost' | 'down' | 'refuse';

export class FakeLrs {
  /** Stored statements, in arrival order, each id once. */
  stored: Statement[] = [];
  /** Every try that reached the LRS: the id, and whether the browser got the answer. */
  deliveries: { id: string; acknowledged: boolean }[] = [];
  private step = 0;
  constructor(private readonly script: Way[]) {}

  send = async (s: Statement): Promise<SendResult> => {
    const way = this.script[Math.min(this.step++, this.script.length - 1)] ?? 'ok';
    if (way === 'down') throw new TypeError('Failed to fetch');
    if (way === 'refuse') return 'refused';
    if (!this.stored.some((x) => x.id === s.id)) this.stored.push(s);
    this.deliveries.push({ id: s.id, acknowledged: way === 'ok' });
    if (way === 'lost') throw new TypeError('network connection lost');
    return 'sent';
  };

  /** The page that made delivery `index` closed before its answer came: the browser never learnt it was stored. */
  answerLost(index: number) {
    const delivery = this.deliveries[index];
    if (delivery) delivery.acknowledged = false;
  }
}

export function memoryStorage(): StorageLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, String(v)),
    removeItem: (k) => void items.delete(k),
    key: (i) => [...items.keys()][i] ?? null,
    get length() {
      return items.size;
    },
  };
}

/** A statement with just enough in it for the queue (it reads only the id). */
export const stmt = (id: string): Statement => ({
  id,
  actor: { account: { homePage: 'https://lms.example', name: 'x' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: { objectType: 'Activity', id: 'https://lms.example/au' },
  context: { registration: '00000000-0000-4000-8000-000000000000' },
  timestamp: '2026-01-01T00:00:00.000Z',
});
