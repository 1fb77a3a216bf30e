// One deterministic PRNG (mulberry32) for the benchmarks and the tests, so generated inputs are
// the same on every run and machine.
/** @param {number} seed @returns {() => number} a number in [0, 1) a call */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
