/**
 * An abortable sleep: resolves after `ms`, or at once when the signal aborts (Ctrl-C, SIGTERM, a
 * stopped worker), never rejects, and leaves no timer or listener behind. Shared by the feed
 * politeness waits, the watch loop and the worker queue.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // Even a wait of 0 goes through a timer: a loop of zero waits still lets I/O run.
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
