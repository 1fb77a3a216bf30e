/**
 * A chart's axis kept by PDF text: its tick labels one per line (`0`, `5`, `10`, … `45`) or on one
 * line (`0 5 10 15 20`), numbers that step evenly. A table's figures, a list's data labels do not
 * step evenly for long; so a run of at least `minTicks` bare numbers, each alone on its line (or
 * all alone on one line), rising by one constant step, is an axis: its numbers state nothing
 * (ANNOTATION.md: axis ticks are not claims).
 */

/** Raw offsets where an axis tick's number starts. */
export interface AxisTicks {
  readonly at: ReadonlySet<number>;
}

/** A line holding only a number (digits, perhaps a decimal point) and perhaps a percent sign. */
const TICK_LINE = /^[ \t]*(\d{1,7}(?:\.\d+)?)[ \t]*%?[ \t]*\r?$/;
/** A number of a line of ticks, and the space or percent sign that may follow it. */
const TICK = /(\d{1,7}(?:\.\d+)?)%?/g;
/** A line holding only numbers apart (perhaps each with a percent sign). */
const TICKS_LINE = /^[ \t]*\d{1,7}(?:\.\d+)?%?(?:[ \t]+\d{1,7}(?:\.\d+)?%?)+[ \t]*\r?$/;

const cache = new WeakMap<object, AxisTicks>();

/** The axis ticks of a document's raw text, read once per document. */
export function axisTicks(owner: object, raw: string, minTicks: number): AxisTicks {
  let ticks = cache.get(owner);
  if (!ticks) cache.set(owner, (ticks = findTicks(raw, minTicks)));
  return ticks;
}

function findTicks(raw: string, minTicks: number): AxisTicks {
  const at = new Set<number>();
  let run: { at: number; value: number }[] = [];
  const flush = () => {
    for (const r of evenRuns(run, minTicks)) at.add(r);
    run = [];
  };
  let start = 0;
  while (start <= raw.length) {
    const nl = raw.indexOf("\n", start);
    const end = nl < 0 ? raw.length : nl;
    const line = raw.slice(start, end);
    const one = TICK_LINE.exec(line);
    if (one) run.push({ at: start + line.indexOf(one[1]!), value: Number(one[1]) });
    else {
      flush();
      if (TICKS_LINE.test(line)) {
        const row = [...line.matchAll(TICK)].map((m) => ({ at: start + m.index, value: Number(m[1]) }));
        for (const r of evenRuns(row, minTicks)) at.add(r);
      } else if (line.length > 0) {
        for (const r of pairedAxes(line, start, minTicks)) at.add(r);
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  flush();
  return { at };
}

/** The offsets of the numbers of `nums` that lie in a run of at least `minTicks` rising by one constant step. */
function evenRuns(nums: readonly { at: number; value: number }[], minTicks: number): number[] {
  const out: number[] = [];
  let k = 0;
  while (k + minTicks <= nums.length) {
    const step = nums[k + 1]!.value - nums[k]!.value;
    let m = k + 1;
    while (m < nums.length && Math.abs(nums[m]!.value - nums[m - 1]!.value - step) < 1e-9) m++;
    if (step > 0 && m - k >= minTicks) {
      for (let x = k; x < m; x++) out.push(nums[x]!.at);
      k = m;
    } else k++;
  }
  return out;
}

/** A run of bare numbers set apart by spaces inside a line of text (a chart's labels flattened into its caption's line). */
const INLINE_RUN = /(?<![^\s])\d{1,7}(?:[.,]\d+)?(?:[ \t]+\d{1,7}(?:[.,]\d+)?)+(?![^\s.,;:])/g;
const INLINE_NUMBER = /\d{1,7}(?:[.,]\d+)?/g;

/**
 * `70000 35,0 60000 30,0 … 0 0,0`: a chart with an axis on each side, its labels read top to bottom
 * into one line of text, alternates the two axes' ticks. Where both alternating halves step evenly
 * (down or up, not by zero, at least `minTicks` each), that stretch of the run is the two axes: the
 * raw offsets of its numbers.
 */
function pairedAxes(line: string, start: number, minTicks: number): number[] {
  const out: number[] = [];
  INLINE_RUN.lastIndex = 0;
  for (let m = INLINE_RUN.exec(line); m !== null; m = INLINE_RUN.exec(line)) {
    const nums = [...m[0].matchAll(INLINE_NUMBER)].map((n) => ({ at: start + m!.index + n.index, value: Number(n[0].replace(",", ".")) }));
    let k = 0;
    while (k + 2 * minTicks <= nums.length) {
      const steps = [nums[k + 2]!.value - nums[k]!.value, nums[k + 3]!.value - nums[k + 1]!.value];
      // A flat half is no axis: skip before extending, so a long run of equal numbers is read once, not once per start.
      if (steps[0] === 0 || steps[1] === 0) {
        k++;
        continue;
      }
      let e = k + 4;
      while (e < nums.length && Math.abs(nums[e]!.value - nums[e - 2]!.value - steps[(e - k) % 2]!) < 1e-9) e++;
      if (e - k >= 2 * minTicks) {
        for (let x = k; x < e; x++) out.push(nums[x]!.at);
        k = e;
      } else k++;
    }
  }
  return out;
}
