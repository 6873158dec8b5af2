/**
 * Lets whatever else is waiting run (a webhook's answer, a database reply) before long work goes on. The bot
 * has one thread: work that shapes thousands of rows in one go holds up every message answered meanwhile, and
 * a stall of 100 ms shows in every answer that was in flight.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** `items` in slices of at most `size`, in order. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += size) out.push(items.slice(start, start + size));
  return out;
}
