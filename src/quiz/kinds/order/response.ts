/** A learner's answer to an order question: item ids, in the order the learner put them. */
import { z } from 'astro/zod';

export const OrderResponseSchema = z.object({ order: z.array(z.string()) });
export type OrderResponse = z.infer<typeof OrderResponseSchema>;
