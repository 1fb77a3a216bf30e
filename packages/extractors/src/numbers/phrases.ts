import { tokenize, type Toks } from "./tokenize.js";

/**
 * Word lists from the data files, compiled once into token sequences and matched against the
 * document's tokens forward (after a position) or backward (ending before a position).
 * Case policy: a list word written with a capital needs a capital in the text (`Day Two`,
 * `DAY TWO`, not `per day two`); lower-case list words match any case.
 */
interface Entry<V> {
  readonly keys: readonly string[];
  readonly capital: readonly boolean[];
  readonly value: V;
}

export interface PhraseHit<V> {
  readonly value: V;
  /** Token index of the first matched token. */
  readonly from: number;
  /** Token index just after the last matched token. */
  readonly to: number;
}

/** What a key no entry starts or ends with finds (one empty list, not one per look-up). */
const NONE: readonly never[] = [];

const startsUpper = (s: string): boolean => s.charAt(0) !== s.charAt(0).toLowerCase();

export class PhraseList<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  private readonly byLast = new Map<string, Entry<V>[]>();

  constructor(phrases: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of phrases) {
      const toks = tokenize(phrase);
      if (toks.length === 0) continue;
      const entry: Entry<V> = { keys: toks.map((t) => t.key), capital: toks.map((t) => startsUpper(t.text)), value };
      push(this.byFirst, entry.keys[0]!, entry);
      push(this.byLast, entry.keys[entry.keys.length - 1]!, entry);
    }
    // Longest first, so the first hit is the longest match.
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The longest entry whose tokens are toks.get(at), toks.get(at+1), ... (no paragraph break inside). */
  matchAt(toks: Toks, at: number): PhraseHit<V> | undefined {
    const first = toks.get(at);
    if (!first) return undefined;
    for (const e of this.byFirst.get(first.key) ?? NONE) {
      if (fits(toks, at, e)) return { value: e.value, from: at, to: at + e.keys.length };
    }
    return undefined;
  }

  /** The longest entry whose last token is toks.get(end - 1). */
  matchBefore(toks: Toks, end: number): PhraseHit<V> | undefined {
    const last = toks.get(end - 1);
    if (!last) return undefined;
    for (const e of this.byLast.get(last.key) ?? NONE) {
      const from = end - e.keys.length;
      if (from >= 0 && fits(toks, from, e)) return { value: e.value, from, to: end };
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.byFirst.has(key);
  }

  /** The same list with no capital required: for text written without capitals (`july 30`). */
  anyCase(): PhraseList<V> {
    const copy = new PhraseList<V>([]);
    const strip = (map: Map<string, Entry<V>[]>, into: Map<string, Entry<V>[]>, seen: Map<Entry<V>, Entry<V>>) => {
      for (const [key, list] of map) into.set(key, list.map((e) => seen.get(e) ?? seen.set(e, { ...e, capital: e.capital.map(() => false) }).get(e)!));
    };
    const seen = new Map<Entry<V>, Entry<V>>();
    strip(this.byFirst, copy.byFirst, seen);
    strip(this.byLast, copy.byLast, seen);
    return copy;
  }
}

function fits<V>(toks: Toks, from: number, e: Entry<V>): boolean {
  for (let k = 0; k < e.keys.length; k++) {
    const t = toks.get(from + k);
    if (!t || t.key !== e.keys[k]) return false;
    if (k > 0 && t.breakBefore) return false;
    if (e.capital[k] && !startsUpper(t.text)) return false;
  }
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
