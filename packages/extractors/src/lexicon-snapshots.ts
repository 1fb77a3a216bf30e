/**
 * The built-in lexicons (tries, phrase tables, indexes) compiled at build time and stored in
 * `dist/lexicons.bin` (written by `scripts/build-compiled.mjs` beside `compiled.json`), so a
 * process (each worker) loads each in a few ms instead of compiling it on its first document.
 * Used only where it holds: the code that compiled it is the code running now (the same check as
 * compiled.json), every data file in `data/` still has the sha256 it had then, the process gave
 * every key the id it had in the build (tries are keyed by key id), and the extractor runs on the
 * built-in data alone (a researcher's `--data` compiles as before; threat terms are laid over the
 * stored threat lexicon instead where they can be: threats/lexicon.ts `overlayUserTerms`).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { once, packSnapshot, startupMark, restoreVocabulary, unpackSnapshot, vocabularySnapshot, vocabularyTableSnapshot, type SnapshotClasses } from "@procmine/core";

export const LEXICONS_FORMAT = 2;

export interface StoredLexicons {
  format: number;
  /** V8's version: its serializer's format is V8's own (another Node reads it differently or not at all). */
  v8: string;
  code: string;
  /** Data file name -> sha256, every JSON file in data/ when compiled. */
  data: Record<string, string>;
  /** The key vocabulary in id order. */
  keys: string[];
  /** Its hash table as the build held it: a process takes it as it is instead of filing every key again. */
  keyTable?: { hashes: Int32Array; slots: Int32Array };
  /** Lexicon name -> its packed snapshot. */
  lexicons: Record<string, Uint8Array>;
}

/**
 * The file: [header length, 4 bytes][the header: StoredLexicons but each lexicon's place,
 * [offset, length], not its bytes][each lexicon's bytes at an offset that is a multiple of 8]. Read
 * whole, each lexicon is then a region of one buffer at an aligned place, whose columns a process
 * views where they lie (core's `unpackSnapshot`) instead of copying them.
 */
const LEXICON_ALIGN = 8;

/** The stored lexicons at `path` (format aside: a header it cannot read throws). */
export function readStoredLexicons(path: string): StoredLexicons {
  const file = readFileSync(path);
  const headerLength = file.readUInt32LE(0);
  const header = deserialize(file.subarray(4, 4 + headerLength)) as Omit<StoredLexicons, "lexicons"> & { lexicons: Record<string, [offset: number, length: number]> };
  const lexicons: Record<string, Uint8Array> = {};
  for (const [name, [offset, length]] of Object.entries(header.lexicons ?? {})) lexicons[name] = file.subarray(offset, offset + length);
  return { ...header, lexicons };
}

/** `stored` as the bytes of the file `readStoredLexicons` reads. */
export function storedLexiconBytes(stored: StoredLexicons): Buffer {
  const places: Record<string, [number, number]> = {};
  const headerOf = (): Buffer => serialize({ ...stored, lexicons: places });
  // The header holds the offsets, which depend on its length: lay out again until they agree.
  let header = headerOf();
  for (let length = -1; header.length !== length; ) {
    length = header.length;
    let at = 4 + length;
    for (const [name, bytes] of Object.entries(stored.lexicons)) {
      at += (LEXICON_ALIGN - (at % LEXICON_ALIGN)) % LEXICON_ALIGN;
      places[name] = [at, bytes.length];
      at += bytes.length;
    }
    header = headerOf();
  }
  const parts: Uint8Array[] = [Buffer.alloc(4), header];
  (parts[0] as Buffer).writeUInt32LE(header.length, 0);
  let at = 4 + header.length;
  for (const [name, bytes] of Object.entries(stored.lexicons)) {
    const pad = places[name]![0] - at;
    parts.push(Buffer.alloc(pad), bytes);
    at += pad + bytes.length;
  }
  return Buffer.concat(parts);
}

let stored: StoredLexicons | undefined;
let dataDir = "";
/** Lexicons packed as they were compiled, when a build records them (`recordLexicons`). */
let recording: Map<string, Buffer> | undefined;
/** Lexicons a build could not store, and why. */
const unstorable = new Map<string, string>();

/** sha256 of each JSON file in `dir`. */
function dataHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json")).sort()) {
    out[name] = createHash("sha256").update(readFileSync(join(dir, name))).digest("hex");
  }
  return out;
}

/**
 * Read the stored lexicons at `path` if compiled by `code`, and give their keys their ids (before
 * any other key is read: call it first). Anything that does not hold leaves them unused.
 */
export function loadLexicons(path: string, code: string, dir: string): void {
  stored = undefined;
  if (!existsSync(path)) return;
  const s = readStoredLexicons(path);
  if (s.format !== LEXICONS_FORMAT || s.v8 !== process.versions.v8 || s.code !== code) return;
  if (!restoreVocabulary(s.keys, s.keyTable)) return;
  stored = s;
  dataDir = dir;
  dataChecked = undefined;
}

let dataChecked: boolean | undefined;

/** Whether every data file has the sha256 it had in the build; checked once, on the first lexicon asked for. */
function dataUnchanged(): boolean {
  if (!stored) return false;
  if (dataChecked === undefined) {
    const now = dataHashes(dataDir);
    const then = stored.data;
    dataChecked = Object.keys(now).length === Object.keys(then).length && Object.entries(now).every(([name, sha]) => then[name] === sha);
  }
  return dataChecked;
}

/** Whether the lexicon `name` would load from the build (the stored lexicons hold for it). */
export function storedLexicon(name: string): boolean {
  return stored !== undefined && dataUnchanged() && stored.lexicons[name] !== undefined;
}

/**
 * `compile()` once, or its stored snapshot when `builtIn` (the extractor has no user data) and
 * the stored lexicons hold. `store` and `restore` turn the compiled value into what a snapshot
 * can hold (no functions) and back.
 */
export function compiledLexicon<T, S = T>(
  name: string,
  builtIn: boolean,
  compile: () => T,
  how: { classes: SnapshotClasses; store?: (value: T) => S; restore?: (saved: S) => T },
): () => T {
  return once(() => {
    const packed = builtIn && stored && dataUnchanged() ? stored.lexicons[name] : undefined;
    if (packed) {
      const saved = unpackSnapshot<S>(packed, how.classes);
      const value = how.restore ? how.restore(saved) : (saved as unknown as T);
      startupMark(`lexicon ${name} loaded from the build`);
      return value;
    }
    const value = compile();
    startupMark(`lexicon ${name} compiled`);
    if (builtIn && recording && !recording.has(name) && !unstorable.has(name)) {
      try {
        recording.set(name, packSnapshot(how.store ? how.store(value) : value, how.classes));
      } catch (e) {
        // A lexicon that cannot be stored (a closure, a class not named) is compiled at run time, as before.
        unstorable.set(name, (e as Error).message);
      }
    }
    return value;
  });
}

/** In a build: pack each built-in lexicon as it is compiled (before any document changes it). */
export function recordLexicons(): void {
  // A build compiles from the data files, never from lexicons stored before.
  stored = undefined;
  recording = new Map();
}

/** In a build: the recorded lexicons, the vocabulary and the data's hashes, as the bytes of `dist/lexicons.bin`. */
export function recordedLexicons(code: string, dir: string): { bytes: Buffer; names: string[]; unstorable: [name: string, reason: string][] } {
  if (!recording) throw new Error("recordLexicons() was not called");
  const s: StoredLexicons = { format: LEXICONS_FORMAT, v8: process.versions.v8, code, data: dataHashes(dir), keys: vocabularySnapshot(), keyTable: vocabularyTableSnapshot(), lexicons: Object.fromEntries(recording) };
  return { bytes: storedLexiconBytes(s), names: [...recording.keys()], unstorable: [...unstorable] };
}
