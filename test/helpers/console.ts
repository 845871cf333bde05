/** Collects console.warn calls made while `run` is awaited. */
export async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Path data `M1,2L3,4` as vertices. */
export function vertices(d: string | null): number[][] {
  return (d ?? '')
    .split(/[ML]/)
    .filter(Boolean)
    .map((p) => p.split(',').map(Number));
}
