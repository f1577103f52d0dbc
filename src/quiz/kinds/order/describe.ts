/** An order response in words, for the manager reading a report. */
import type { OrderQuestion } from './schema';
import type { OrderResponse } from './response';
import { byId, missing } from '../describe';

export const describeOrder = (q: OrderQuestion, r: OrderResponse): string[] => r.order.map((id, n) => `${n + 1}. ${byId(q.items, id)?.text ?? missing(id)}`);
