// Scaling without timing budgets: how much longer a check takes on an input ten times the size. Linear work
// gives about 10, quadratic about 100. A machine's caches and garbage collector make even a plain pass over
// ten times the data cost more than ten times as much (a Set of 20,000 strings outgrows the CPU's cache),
// so the limit is measured too: twice the growth of a plain linear pass over the same input (never below
// 20, the figure for a perfectly linear pass). Best of three runs, inputs built before the clock starts.
function best(run: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    run();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

export function growth<T>(build: (size: number) => T, run: (input: T) => unknown, size: number): number {
  const small = build(size);
  const large = build(size * 10);
  best(() => run(small)); // warm-up: the first run pays for compiling
  return (
    best(() => run(large)) /
    Math.max(
      best(() => run(small)),
      0.5,
    )
  );
}

/** The most a linear check may grow over 10× the input: twice what `baseline`, a plain linear pass, grows. */
export function linearLimit<T>(build: (size: number) => T, baseline: (input: T) => unknown, size: number): number {
  return 2 * Math.max(10, growth(build, baseline, size));
}

/**
 * The growth of `run` and its limit, measured up to three times until one measurement is within the limit:
 * a busy machine can spoil one measurement, but not a quadratic check's three (it grows ten times more).
 */
export function measuredGrowth<T>(
  build: (size: number) => T,
  run: (input: T) => unknown,
  baseline: (input: T) => unknown,
  size: number,
): { growth: number; limit: number } {
  let best = { growth: Infinity, limit: 1 };
  for (let attempt = 0; attempt < 3 && best.growth >= best.limit; attempt++) {
    const measured = { growth: growth(build, run, size), limit: linearLimit(build, baseline, size) };
    if (measured.growth / measured.limit < best.growth / best.limit) best = measured;
  }
  return best;
}
