// Waiting for a condition in the extension host, never for a fixed time: the
// probe is asked again until it answers or the deadline passes, and then the
// test fails with what never happened.

/** Resolves with the first value `probe` returns that is not undefined; rejects after `timeoutMs` naming `what`. */
export async function waitUntil<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError === undefined ? '' : ` (last error: ${lastError instanceof Error ? lastError.message : String(lastError)})`;
      throw new Error(`${what} did not happen within ${timeoutMs} ms${cause}`);
    }
    // A short pause between probes: the host gets to run the work being waited for.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
