import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deserialize, serialize } from "node:v8";
import type { WinkCore } from "./wink-tokenizer.js";

const require = createRequire(import.meta.url);

/** The model version whose loader `readWinkCore` follows step by step. */
export const WINK_MODEL_VERSION = "1.8.1";

type Features = Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }>;
interface RawModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Features;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * wink-eng-lite-web-model's core, as its `load-core-model.js` (with `read-core-model.js`) builds
 * it, in half the time: that loader deep-copies the 3 MB model it required (JSON out and in
 * again) and decodes its base64 arrays a byte at a time; here the file is parsed once into an
 * object no one else holds and Buffer decodes the arrays. Only for the version it was written
 * against (else undefined: the caller uses the model's own loader); a test holds the two equal.
 */
export function readWinkCore(): WinkCore | undefined {
  const version = (JSON.parse(readFileSync(require.resolve("wink-eng-lite-web-model/package.json"), "utf8")) as { version: string }).version;
  if (version !== WINK_MODEL_VERSION) return undefined;
  return seededCore() ?? parseWinkCore();
}

/** The model's core parsed from its JSON (see `readWinkCore`). */
function parseWinkCore(): WinkCore {
  const path = require.resolve("wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json");
  const model = JSON.parse(readFileSync(path, "utf8")) as RawModel;
  const { packing, features, pos } = model;
  // read-core-model.js
  model.lexicon = uint32s(model.lexicon as string);
  model.xpansions = uint32s(model.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  lazyHash(features.lexeme!);
  const clusters = features.posClusters!.list as unknown as Set<number>[];
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as unknown as string).split("_").map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model as unknown as WinkCore;
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}

/**
 * `feature.hash = indexOf(feature.list)`, built when first read: the object of 87,000 lexemes
 * costs a start tens of ms, and only wink-nlp's own tokenizer reads it (once, when it is made:
 * then it is a plain object, looked up at full speed), not the scanner, which cuts most text.
 */
function lazyHash(feature: { list: string[]; hash?: Record<string, number> }): void {
  Object.defineProperty(feature, "hash", {
    configurable: true,
    enumerable: true,
    get() {
      const hash = indexOf(feature.list);
      Object.defineProperty(feature, "hash", { value: hash, writable: true, enumerable: true, configurable: true });
      return hash;
    },
  });
}

/** What a build stores of the model's core: only what wink-nlp's tokenizer and its cache read. */
interface PackedWinkCore {
  format: number;
  model: string;
  /** V8's version: its serializer's format is V8's own. */
  v8: string;
  core: object;
  /** The lexemes in code-unit order (`lexemeOrder`). */
  order: Int32Array;
}

const PACKED_FORMAT = 1;
/** The most lexicon misses `unpackWinkCore` remembers before it starts over. */
const MISSED_LIMIT = 200_000;
let seededPath: string | undefined;

/**
 * Where a build stored `packWinkCore`'s bytes: the model's core is then read from them (a few ms)
 * instead of from its 3 MB of JSON (some 30 ms), and its lexemes are found by binary search in
 * their stored order instead of first hashing all 87,000 (some 25 ms): what every process and
 * worker pays that meets a piece only wink-nlp cuts. Read only then; if missing, unreadable or
 * packed by another model or V8, the model's JSON is read as before.
 */
export function seedWinkCore(path: string): void {
  seededPath = path;
}

/**
 * The parts of the model's core that the tokenizer (wink-tokenizer.ts: wink-nlp's `tokenizer.js`
 * and `cache.js`, which only looks lexemes up here) and the scanner's table read, as V8's
 * serializer writes them, with the lexemes' order.
 */
export function packWinkCore(): Uint8Array {
  const { features, packing, lexicon, xpansions, trex, tcat, preserve } = parseWinkCore() as unknown as Omit<RawModel, "features"> & Omit<WinkCore, "features"> & { features: Features };
  const { list, intrinsicSize, index, maxIndex } = features.lexeme!;
  const core = { features: { lexeme: { list, intrinsicSize, index, maxIndex }, posClusters: { list: features.posClusters!.list } }, packing, lexicon, xpansions, trex, tcat, preserve };
  const packed: PackedWinkCore = { format: PACKED_FORMAT, model: WINK_MODEL_VERSION, v8: process.versions.v8, core, order: lexemeOrder(list.slice(0, intrinsicSize)) };
  return serialize(packed);
}

function seededCore(): WinkCore | undefined {
  if (seededPath === undefined || !existsSync(seededPath)) return undefined;
  try {
    return unpackWinkCore(readFileSync(seededPath));
  } catch {
    return undefined;
  }
}

/** The core `packWinkCore` packed, if from this model by this V8 (else undefined). */
export function unpackWinkCore(bytes: Uint8Array): WinkCore | undefined {
  const packed = deserialize(bytes) as PackedWinkCore;
  if (packed.format !== PACKED_FORMAT || packed.model !== WINK_MODEL_VERSION || packed.v8 !== process.versions.v8) return undefined;
  const core = packed.core as WinkCore & { features: { lexeme: { hash?: Record<string, number> } } };
  // wink-nlp's cache reads this object directly: it holds the lexemes looked up so far, each
  // entered by `prepareLookup` (found in the stored order) before the look-up that reads it.
  const hash = Object.create(null) as Record<string, number>;
  const find = lexemeFinder(core.features.lexeme.list, packed.order);
  // Texts searched for and not found: wink-nlp asks of most pieces more than once (as a word,
  // as a hyphenated word, as a token), and most are no lexeme. Bounded like the chunk memo.
  const missed = new Set<string>();
  core.features.lexeme.hash = hash;
  core.prepareLookup = (text) => {
    if (hash[text] === undefined && !missed.has(text)) {
      const k = find(text);
      if (k !== undefined) hash[text] = k;
      else {
        if (missed.size >= MISSED_LIMIT) missed.clear();
        missed.add(text);
      }
    }
  };
  return core;
}

/**
 * The indices of `list` ordered by their text (code units), each text once: at the last index it
 * has in `list`, the one `indexOf` keeps.
 */
export function lexemeOrder(list: readonly string[]): Int32Array {
  const last = new Map<string, number>();
  for (let k = 0; k < list.length; k++) last.set(list[k]!, k);
  return Int32Array.from([...last.values()].sort((a, b) => (list[a]! < list[b]! ? -1 : list[a]! > list[b]! ? 1 : 0)));
}

/** What `indexOf(list)[text]` answers (the lexeme's index, or undefined), by binary search in `order`. */
export function lexemeFinder(list: readonly string[], order: Int32Array): (text: string) => number | undefined {
  return (text) => {
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = order[mid]!;
      const at = list[k]!;
      if (at === text) return k;
      if (at < text) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

/** A base64 string's bytes as 32-bit numbers, in a buffer of their own (as wink's `new Uint32Array(buffer)`). */
function uint32s(base64: string): Uint32Array {
  return new Uint32Array(new Uint8Array(Buffer.from(base64, "base64")).buffer);
}
