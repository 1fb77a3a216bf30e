/**
 * A map from texts to value ids kept as the minimal automaton over their words: the texts' trie
 * with equal subtries made one. A dictionary of phrase forms expanded from templates
 * (`{activity} {qualifier} de {drug}`) repeats the same tails (`de {drug}`) under every prefix,
 * so it stores in a small part of the bytes of its keys; a look-up walks the key's words.
 * Only typed arrays: a snapshot restores it as a few buffers.
 */
import { latin1Bytes } from "./string-table.js";
import { subtreeClasses, walkStates } from "./subtree-classes.js";

export interface WordAutomaton {
  /** Distinct words as Latin-1 bytes: word w is `wordBytes[wordEnds[w], wordEnds[w + 1])`. */
  wordBytes: Uint8Array;
  wordEnds: Int32Array;
  /** Open addressing: slot -> word + 1 (0: empty), by the word's hash. */
  wordSlots: Int32Array;
  /** Per state: the value id of the text that ends there, or -1. State 0 is the start. */
  stateValue: Int32Array;
  /** Per edge: (from state, word) at 2e, 2e + 1, and the state it leads to. */
  edgeFromWord: Int32Array;
  edgeTo: Int32Array;
  /** Open addressing: slot -> edge + 1 (0: empty), by (from state, word). */
  edgeSlots: Int32Array;
}

/** The automaton of `keys` (their value ids in `valueIds`), or undefined when a character does not fit one byte. */
export function buildWordAutomaton(keys: readonly string[], valueIds: Int32Array): WordAutomaton | undefined {
  // Words and the keys' trie (a child's id is always above its parent's).
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const childOf = new Map<number, number>();
  const parent: number[] = [-1];
  const viaWord: number[] = [-1];
  const value: number[] = [-1];
  let wordCount = 0;
  const split = keys.map((key) => key.split(" "));
  for (const ws of split) {
    for (const w of ws) {
      if (wordIds.has(w)) continue;
      wordIds.set(w, wordCount++);
      words.push(w);
    }
  }
  keys.forEach((_, k) => {
    let node = 0;
    for (const w of split[k]!) {
      const id = wordIds.get(w)!;
      const at = node * wordCount + id;
      let child = childOf.get(at);
      if (child === undefined) {
        child = parent.length;
        childOf.set(at, child);
        parent.push(node);
        viaWord.push(id);
        value.push(-1);
      }
      node = child;
    }
    value[node] = valueIds[k]!;
  });
  const wordBytes = latin1Bytes(words.join(""));
  if (wordBytes === undefined) return undefined;

  // Children by parent, then each node's class from the leaves up: its value and its children's (word, class).
  const nodes = parent.length;
  const classes = subtreeClasses(
    nodes,
    (c) => parent[c]!,
    (c) => viaWord[c]!,
    (n) => `${value[n]}`,
  );

  // States numbered from the start's class, breadth first.
  const stateValue: number[] = [];
  const edgeFromWord: number[] = [];
  const edgeTo: number[] = [];
  walkStates(
    classes,
    (_, n) => stateValue.push(value[n]!),
    (s, c, target) => {
      edgeFromWord.push(s, viaWord[c]!);
      edgeTo.push(target);
    },
  );

  const wordEnds = new Int32Array(words.length + 1);
  words.forEach((w, i) => (wordEnds[i + 1] = wordEnds[i]! + w.length));
  const wordSlots = new Int32Array(tableSize(words.length));
  words.forEach((w, i) => {
    let slot = textHash(w, 0, w.length) & (wordSlots.length - 1);
    while (wordSlots[slot] !== 0) slot = (slot + 1) & (wordSlots.length - 1);
    wordSlots[slot] = i + 1;
  });
  const edgeSlots = new Int32Array(tableSize(edgeTo.length));
  for (let e = 0; e < edgeTo.length; e++) {
    let slot = edgeHash(edgeFromWord[2 * e]!, edgeFromWord[2 * e + 1]!) & (edgeSlots.length - 1);
    while (edgeSlots[slot] !== 0) slot = (slot + 1) & (edgeSlots.length - 1);
    edgeSlots[slot] = e + 1;
  }
  return {
    wordBytes,
    wordEnds,
    wordSlots,
    stateValue: Int32Array.from(stateValue),
    edgeFromWord: Int32Array.from(edgeFromWord),
    edgeTo: Int32Array.from(edgeTo),
    edgeSlots,
  };
}

/** The value id of `key`, or -1. */
export function automatonValue(a: WordAutomaton, key: string): number {
  let state = 0;
  for (let from = 0; ; ) {
    let to = key.indexOf(" ", from);
    if (to < 0) to = key.length;
    const word = wordId(a, key, from, to);
    if (word < 0) return -1;
    state = next(a, state, word);
    if (state < 0) return -1;
    if (to === key.length) return a.stateValue[state]!;
    from = to + 1;
  }
}

function wordId(a: WordAutomaton, key: string, from: number, to: number): number {
  const mask = a.wordSlots.length - 1;
  for (let slot = textHash(key, from, to) & mask; ; slot = (slot + 1) & mask) {
    const w = a.wordSlots[slot]! - 1;
    if (w < 0) return -1;
    const start = a.wordEnds[w]!;
    if (a.wordEnds[w + 1]! - start !== to - from) continue;
    let same = true;
    for (let i = 0; i < to - from; i++) {
      if (a.wordBytes[start + i] !== key.charCodeAt(from + i)) {
        same = false;
        break;
      }
    }
    if (same) return w;
  }
}

function next(a: WordAutomaton, state: number, word: number): number {
  const mask = a.edgeSlots.length - 1;
  for (let slot = edgeHash(state, word) & mask; ; slot = (slot + 1) & mask) {
    const e = a.edgeSlots[slot]! - 1;
    if (e < 0) return -1;
    if (a.edgeFromWord[2 * e] === state && a.edgeFromWord[2 * e + 1] === word) return a.edgeTo[e]!;
  }
}

/** A power of two at least twice `n` (and 2). */
function tableSize(n: number): number {
  let size = 2;
  while (size < 2 * n) size *= 2;
  return size;
}

/** FNV-1a over the UTF-16 code units of `s[from, to)`. */
function textHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) >>> 0;
}

function edgeHash(state: number, word: number): number {
  const h = Math.imul(state, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b);
  return (h ^ (h >>> 15)) >>> 0;
}
