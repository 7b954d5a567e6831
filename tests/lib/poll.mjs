// Waiting on state: poll a condition until it holds or time runs out. The
// suite never sleeps for a fixed time to let behaviour happen.

/**
 * Polls `probe` until it returns a truthy value and resolves to that value.
 * Rejects with `message` and the last value seen (or error thrown) on timeout.
 */
export async function until(probe, { timeout = 5000, interval = 40, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last seen: ${seen})`);
    }
    await new Promise((ok) => setTimeout(ok, interval));
  }
}
