export interface PollOptions {
  /** Default 20 s. */
  timeout?: number;
  /** Between two probes; default 200 ms. */
  interval?: number;
}

/**
 * Probes a condition until it gives a value (anything but undefined), and returns that value. On timeout, throws
 * `failure()`'s message: what one needs to see to understand why (the transcript, the records…).
 */
export async function pollUntil<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  failure: () => string | Promise<string>,
  options: PollOptions = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeout ?? 20_000);
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() >= deadline) throw new Error(await failure());
    await new Promise((resolve) => setTimeout(resolve, options.interval ?? 200));
  }
}
