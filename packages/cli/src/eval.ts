/**
 * procmine eval: load gold and predicted records the way shared/tools/score.py does (a file, or
 * every *.jsonl below a folder, sorted), score them with core's evaluate and report.
 */
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { ANNOTATION_TYPES, KEY_ATTRIBUTE, evaluate, formatScores, type ScoredRecord, type Scores } from "@procmine/core";
import { fsReason } from "./fs-reason.js";
import { walkFiles } from "./walk.js";

/** A gold or prediction file that cannot be used; the bin prints `procmine: <path>: <reason>`. */
export class EvalInputError extends Error {
  override readonly name = "EvalInputError";
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(reason);
  }
}

const TYPES = new Set<string>(ANNOTATION_TYPES);

async function jsonlFiles(path: string, cwd: string): Promise<string[]> {
  let info;
  try {
    info = await stat(resolve(cwd, path));
  } catch (e) {
    throw new EvalInputError(path, (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file or directory" : fsReason(e));
  }
  if (!info.isDirectory()) return [path];
  // Links are listed as files, not entered; dot files are left out, as Python's glob does.
  const walked = await walkFiles(resolve(cwd, path), { accept: (name) => name.endsWith(".jsonl"), followLinks: false });
  const out = walked.map((f) => join(path, f.rel));
  if (out.length === 0) throw new EvalInputError(path, "no .jsonl files in this folder");
  return out.sort();
}

/** Records of the four types, in file then line order; other lines are skipped as score.py does. */
/** Records of the file or folder `path` (relative to `cwd`). */
export async function loadRecords(path: string, cwd: string): Promise<ScoredRecord[]> {
  const records: ScoredRecord[] = [];
  for (const file of await jsonlFiles(path, cwd)) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, file), "utf8");
    } catch (e) {
      throw new EvalInputError(file, fsReason(e));
    }
    text.split("\n").forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed) return;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch (e) {
        throw new EvalInputError(`${file}:${i + 1}`, `invalid JSON (${(e as Error).message})`);
      }
      const r = value as Partial<ScoredRecord> | null;
      if (!r || typeof r !== "object" || !TYPES.has(String(r.type))) return;
      if (typeof r.doc !== "string" || typeof r.start !== "number" || typeof r.end !== "number") {
        throw new EvalInputError(`${file}:${i + 1}`, "record without doc, start and end");
      }
      records.push(r as ScoredRecord);
    });
  }
  return records;
}

export interface EvalOptions {
  /** The folder relative paths are resolved in. */
  cwd: string;
  gold: string;
  pred: string;
  docs?: readonly string[];
}

export interface EvalResult {
  scores: Scores;
  goldDocuments: number;
}

export async function evaluateFiles(options: EvalOptions): Promise<EvalResult> {
  let gold = await loadRecords(options.gold, options.cwd);
  const pred = await loadRecords(options.pred, options.cwd);
  if (options.docs?.length) {
    const keep = new Set(options.docs);
    gold = gold.filter((g) => keep.has(g.doc));
  }
  return { scores: evaluate(gold, pred), goldDocuments: new Set(gold.map((g) => g.doc)).size };
}

const KEY_ATTRS = Object.values(KEY_ATTRIBUTE);
const keyAttrs = (r: ScoredRecord) => Object.fromEntries(KEY_ATTRS.filter((k) => k in r).map((k) => [k, (r as Record<string, unknown>)[k]]));
const brief = (r: ScoredRecord) => ({ doc: r.doc, start: r.start, end: r.end, text: r.text, ...keyAttrs(r) });

/** The scores as JSON: numbers per type, and up to `show` examples of each kind of error. */
export function scoresToJson(result: EvalResult, show: number): Record<string, unknown> {
  const types: Record<string, unknown> = {};
  for (const type of ANNOTATION_TYPES) {
    const s = result.scores[type];
    types[type] = {
      gold: s.gold,
      pred: s.pred,
      exact: s.exact,
      overlap: s.overlap,
      attribute: s.attribute,
      attributeAccuracy: s.attributeAccuracy,
      missed: s.missed.length,
      spurious: s.spurious.length,
      wrongAttribute: s.wrongAttribute.length,
      ...(show > 0
        ? {
            examples: {
              missed: s.missed.slice(0, show).map(brief),
              spurious: s.spurious.slice(0, show).map(brief),
              wrongAttribute: s.wrongAttribute.slice(0, show).map(([g, p]) => ({ gold: brief(g), pred: brief(p) })),
            },
          }
        : {}),
    };
  }
  return { goldDocuments: result.goldDocuments, types };
}

/** The table score.py prints, then (with --show) the same example lines. */
export function scoresToText(result: EvalResult, show: number): string {
  const lines = [formatScores(result.scores)];
  if (show > 0) {
    for (const type of ANNOTATION_TYPES) {
      const s = result.scores[type];
      const at = (r: ScoredRecord) => `${type.padEnd(13)} ${r.doc.slice(0, 12)} ${String(r.start).padStart(6)} ${JSON.stringify(r.text ?? "")}`;
      for (const g of s.missed.slice(0, show)) lines.push(`MISSED   ${at(g)}`);
      for (const p of s.spurious.slice(0, show)) lines.push(`SPURIOUS ${at(p)}`);
      for (const [g, p] of s.wrongAttribute.slice(0, show)) lines.push(`WRONG    ${at(g)} gold=${JSON.stringify(keyAttrs(g))} pred=${JSON.stringify(keyAttrs(p))}`);
    }
  }
  return lines.join("\n");
}
