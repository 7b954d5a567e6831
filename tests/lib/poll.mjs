// Waiting on state: poll a condition until it holds or time runs out. The
// suite never sleeps for a fixed time to let behaviour happen.

/**
 * Polls `probe` until it returns a truthy value and resolves to that value.
 * Rejects with `message` and the last value seen (or error thrown) on timeout,
 * plus what `show()` reports then (the state a person would look at).
 */
export async function until(probe, { timeout = 5000, interval = 40, message = 'condition', show } = {}) {
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
      const state = show ? `; ${await describe(show)}` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last seen: ${seen}${state})`);
    }
    await new Promise((ok) => setTimeout(ok, interval));
  }
}

async function describe(show) {
  try {
    return JSON.stringify(await show());
  } catch (e) {
    return `state unreadable: ${e.message}`;
  }
}
