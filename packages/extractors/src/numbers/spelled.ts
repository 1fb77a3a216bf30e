import { createRequire } from "node:module";

// compromise is loaded on first need: most documents never call it, and loading it costs every
// worker a tenth of a second.
const require = createRequire(import.meta.url);
let compromise: ((text: string) => { numbers(): { get(): unknown } }) | undefined;
const nlp = (text: string) => {
  compromise ??= require("compromise") as typeof compromise;
  return compromise!(text);
};

/** Spelled-out numbers repeat across a document (`one hundred`, `twenty-five`): parse each once. */
const memo = new Map<string, number | undefined>();
let compromiseCalls = 0;

/**
 * The value of a spelled-out number of more than one word (`one hundred twenty-five`), read by
 * compromise and checked: its pitfalls (NOTES.md) include merging neighbours and dropping
 * `and a half`, so a value outside what the words can express is refused.
 * `largest` is the largest single word value, `scale` the largest scale word (1 if none).
 */
export function parseSpelledOut(text: string, largest: number, scale: number): number | undefined {
  const key = text.toLowerCase();
  if (!memo.has(key)) {
    compromiseCalls++;
    const values: unknown = nlp(key).numbers().get();
    const value = Array.isArray(values) && values.length === 1 ? values[0] : undefined;
    memo.set(key, typeof value === "number" && Number.isFinite(value) ? value : undefined);
  }
  const value = memo.get(key);
  const ceiling = scale > 1 ? scale * 1000 : 100;
  return value !== undefined && value >= largest && value < ceiling ? value : undefined;
}

/** How many times compromise was called in this process (for the cost measurement). */
export function spelledOutCalls(): number {
  return compromiseCalls;
}
