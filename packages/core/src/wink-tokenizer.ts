import { createRequire } from "node:module";
import { once } from "./data-file.js";
import { startupMark } from "./startup-marks.js";
import { readWinkCore } from "./wink-model.js";

/**
 * wink-nlp's own tokenizer, run on one chunk at a time as a process that has read nothing else
 * would run it. `nlp.readDoc` cannot be used for that: every word wink-nlp does not know (a
 * token its rules cut that is not in the model's lexicon: `state's` out of `state's.`) is added to
 * the model's lexicon for the rest of the process, and the tokenizer looks whole pieces up there
 * first, so a later `state's` would come out whole instead of `state` `'s`: a chunk's tokens
 * would depend on what the process read before. Here the tokenizer (wink-nlp's
 * `src/tokenizer.js`, the same regular expressions and rules) writes into a small stand-in for
 * its document that looks words up in the model's own lexicon, never adds to it, and keeps the
 * words learned while cutting this chunk only (learning within a chunk is kept: wink-nlp does it
 * on a fresh start too). So a chunk's tokens are a function of its text, and no state grows.
 */
const require = createRequire(import.meta.url);

/** The parts of wink-nlp's model core read here and by the scanner (wink-nlp's own layout). */
export interface WinkCore {
  features: { lexeme: { list: string[]; intrinsicSize: number } };
  packing: { size: number; layout: { isContraction: [number, number, number] } };
  lexicon: ArrayLike<number>;
  trex: unknown;
  tcat: { hash: { unk: number } };
  preserve: unknown;
  /**
   * Called before wink-nlp's cache looks `text` up, when the lexemes' hash is filled on demand (a
   * core read from a build's packed bytes: wink-model.ts); absent when the hash is whole.
   */
  prepareLookup?: (text: string) => void;
}

/** wink-nlp's lexicon cache (`src/cache.js`): its look-up and a lexeme's text. */
interface WinkCache {
  /** null if unknown; `[index]`, or four numbers per part of a contraction (lexeme first). */
  lookup(text: string): number[] | null;
  value(index: number): string;
}

/** What wink-nlp's tokenizer calls on the document it fills (`src/dd-wrapper.js`). */
interface TokenSink {
  _addToken(text: string, category: number, precedingSpaces: number, nbsp: unknown): boolean;
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): number;
  isLexeme(text: string): boolean;
}

type Tokenize = (doc: TokenSink, text: string) => void;

/** The model's core, read once: shared with the scanner's lexeme table. */
export const winkCore = once(() => {
  // Only the two parts read here: the package's entry point also loads its POS, entity,
  // sentiment and lemmatizer modules (some 30 ms of a start), which the tokenizer never calls.
  const featureFn = require("wink-eng-lite-web-model/dist/feature.js") as unknown;
  const core = readWinkCore() ?? (require("wink-eng-lite-web-model/dist/load-core-model.js") as () => WinkCore)();
  startupMark("wink-nlp model core read");
  return { core, featureFn };
});

// Any truthy number but the unknown category: what wink-nlp's document returns for "added".
const ADDED = 99;

const tokenizer = once(() => {
  const { core, featureFn } = winkCore();
  const compileTRex = require("wink-nlp/src/compile-trex.js") as (trex: unknown) => unknown;
  const makeTokenizer = require("wink-nlp/src/tokenizer.js") as (trex: unknown, categories: unknown, preserve: unknown) => Tokenize;
  const makeCache = require("wink-nlp/src/cache.js") as (model: WinkCore, featureFn: unknown) => WinkCache;
  // Only ever looked up, never added to: it stays the model's lexicon as shipped.
  const cache = makeCache(core, featureFn);
  const prepare = core.prepareLookup;
  const lookup = prepare ? (text: string) => (prepare(text), cache.lookup(text)) : (text: string) => cache.lookup(text);
  const tokenize = makeTokenizer(compileTRex(core.trex), core.tcat.hash, core.preserve);
  const unknown = core.tcat.hash.unk;

  let values: string[] = [];
  /** Words wink-nlp would have added to its lexicon while cutting this chunk, and their lower case. */
  const learned = new Set<string>();
  const sink: TokenSink = {
    _addToken(text) {
      values.push(text);
      learned.add(text);
      learned.add(text.toLowerCase());
      return true;
    },
    _addTokenIfInCache(text) {
      const found = lookup(text);
      if (found === null) {
        if (!learned.has(text)) return unknown;
        values.push(text);
        return ADDED;
      }
      // A contraction comes out as its parts (`cannot` → `can` `not`), four numbers each.
      const step = found.length === 1 ? 1 : 4;
      for (let k = 0; k < found.length; k += step) values.push(cache.value(found[k]!));
      return ADDED;
    },
    isLexeme(text) {
      return lookup(text) !== null || learned.has(text);
    },
  };
  return (chunk: string): string[] => {
    values = [];
    learned.clear();
    tokenize(sink, chunk);
    return values;
  };
});

/** wink-nlp's token values of one chunk (text without white space), as a fresh process cuts it. */
export function winkTokenValues(chunk: string): string[] {
  return tokenizer()(chunk);
}
