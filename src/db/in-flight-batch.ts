/**
 * Coalesces calls that arrive while a previous batch is running: the calls of one
 * synchronous turn (a worker sending four mails at once) run together in the first batch,
 * and every call made meanwhile waits and then runs in one batch with the others.
 * A call's batch always starts after the call was made, so it sees everything committed
 * before that moment, as a call of its own would. Under a flood this turns one statement
 * per request into one per round trip; with one call at a time it changes nothing.
 */
export function inFlightBatch<In, Out>(run: (items: In[]) => Promise<Out[]>): (item: In) => Promise<Out> {
  type Waiting = { item: In; resolve: (out: Out) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        const outs = await run(batch.map((w) => w.item));
        for (const [i, w] of batch.entries()) w.resolve(outs[i] as Out);
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
    }
    running = false;
  };
  return (item) =>
    new Promise<Out>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!running) {
        running = true;
        // After the current turn, so that the calls made beside this one join it.
        queueMicrotask(() => void drain());
      }
    });
}
