import { ANNOTATION_TYPES, type AnnotationType } from "./schema.js";

/** The fields evaluation reads: those gold files and procmine's output share. */
export interface ScoredRecord {
  doc: string;
  type: string;
  start: number;
  end: number;
  text?: string;
  [attr: string]: unknown;
}

export interface TypeScore {
  gold: number;
  pred: number;
  exact: { precision: number; recall: number; f1: number };
  overlap: { precision: number; recall: number; f1: number };
  /** Accuracy of the type's key attribute on overlap matches (null when gold has none). */
  attributeAccuracy: number | null;
  attribute: string;
  missed: ScoredRecord[];
  spurious: ScoredRecord[];
  wrongAttribute: [ScoredRecord, ScoredRecord][];
}

export type Scores = Record<AnnotationType, TypeScore>;

/** The attribute that says what a record of each type names: the one scoring checks. */
export const KEY_ATTRIBUTE: Record<AnnotationType, string> = {
  country: "iso3",
  organization: "name",
  threat: "category",
  numeric_claim: "value",
};

/**
 * Score predictions against gold the way shared/tools/score.py does: exact spans, one-to-one
 * overlap matching (greedy by overlap size), attribute accuracy on the overlap matches.
 * Predictions for documents absent from gold are ignored.
 */
export function evaluate(gold: readonly ScoredRecord[], pred: readonly ScoredRecord[]): Scores {
  const goldDocs = new Set(gold.map((g) => g.doc));
  const predInGold = pred.filter((p) => goldDocs.has(p.doc));
  const out = {} as Scores;
  for (const type of ANNOTATION_TYPES) {
    const G = gold.filter((g) => g.type === type);
    const P = predInGold.filter((p) => p.type === type);
    const key = (r: ScoredRecord) => `${r.doc}\u0000${r.start}\u0000${r.end}`;
    const gk = new Set(G.map(key));
    const pk = new Set(P.map(key));
    let exact = 0;
    for (const k of gk) if (pk.has(k)) exact++;
    const matched = overlapMatch(G, P);
    const verdicts = matched.map(([g, p]) => attributeOk(type, g, p)).filter((v): v is boolean => v !== null);
    const usedG = new Set(matched.map(([g]) => g));
    const usedP = new Set(matched.map(([, p]) => p));
    out[type] = {
      gold: G.length,
      pred: P.length,
      exact: prf(exact, pk.size, gk.size),
      overlap: prf(matched.length, P.length, G.length),
      attributeAccuracy: verdicts.length ? verdicts.filter(Boolean).length / verdicts.length : null,
      attribute: KEY_ATTRIBUTE[type],
      missed: G.filter((g) => !usedG.has(g)),
      spurious: P.filter((p) => !usedP.has(p)),
      wrongAttribute: matched.filter(([g, p]) => attributeOk(type, g, p) === false),
    };
  }
  return out;
}

function overlapMatch(G: ScoredRecord[], P: ScoredRecord[]): [ScoredRecord, ScoredRecord][] {
  const byDoc = new Map<string, number[]>();
  P.forEach((p, j) => byDoc.set(p.doc, [...(byDoc.get(p.doc) ?? []), j]));
  const pairs: [number, number, number][] = [];
  G.forEach((g, i) => {
    for (const j of byDoc.get(g.doc) ?? []) {
      const p = P[j]!;
      const ov = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (ov > 0) pairs.push([-ov, i, j]);
    }
  });
  // Same order as Python's tuple sort: overlap size, then gold index, then prediction index.
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const matched: [ScoredRecord, ScoredRecord][] = [];
  for (const [, i, j] of pairs) {
    if (ug.has(i) || up.has(j)) continue;
    ug.add(i);
    up.add(j);
    matched.push([G[i]!, P[j]!]);
  }
  return matched;
}

function prf(tp: number, predicted: number, golden: number) {
  const precision = predicted ? tp / predicted : 0;
  const recall = golden ? tp / golden : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Whether a matched prediction has the gold's key attribute (null when gold has none). */
export function attributeOk(type: AnnotationType, g: ScoredRecord, p: ScoredRecord): boolean | null {
  switch (type) {
    case "country":
      return g.iso3 ? g.iso3 === p.iso3 : null;
    case "threat":
      return g.category ? g.category === p.category : null;
    case "numeric_claim":
      return valueOk(g.value, p.value);
    case "organization":
      if (!g.name) return null;
      return normName(g.name) === normName(p.name) || normName(g.name) === normName(p.text);
  }
}

function normName(s: unknown): string {
  return String(s ?? "").toLowerCase().replace(/\./g, "").replace(/-/g, " ").split(/\s+/).filter(Boolean).join(" ");
}

function valueOk(gv: unknown, predicted: unknown): boolean | null {
  if (gv === undefined || gv === null) return null;
  // Like score.py, accept a range written as {low, high} or a value as {value}.
  let pv = predicted;
  if (pv !== null && typeof pv === "object" && !Array.isArray(pv)) {
    const o = pv as Record<string, unknown>;
    pv = "low" in o ? [o.low, o.high] : o.value;
  }
  const close = (a: unknown, b: unknown) => {
    const x = Number(a);
    const y = Number(b);
    return a !== null && b !== null && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
  };
  if (Array.isArray(gv)) return Array.isArray(pv) && pv.length === 2 && close(gv[0], pv[0]) && close(gv[1], pv[1]);
  if (Array.isArray(pv)) return false;
  return close(gv, pv);
}

/** A plain-text table of scores, like score.py prints. */
export function formatScores(scores: Scores): string {
  const f = (x: number) => x.toFixed(3);
  const rows = [
    `${"type".padEnd(14)} ${"gold".padStart(5)} ${"pred".padStart(5)} | ${"exact P".padStart(7)} ${"R".padStart(5)} ${"F1".padStart(5)} | ${"overlap P".padStart(9)} ${"R".padStart(5)} ${"F1".padStart(5)} | attr`,
  ];
  for (const type of ANNOTATION_TYPES) {
    const s = scores[type];
    const attr = s.attributeAccuracy === null ? "-" : f(s.attributeAccuracy);
    rows.push(
      `${type.padEnd(14)} ${String(s.gold).padStart(5)} ${String(s.pred).padStart(5)} | ${f(s.exact.precision).padStart(7)} ${f(s.exact.recall).padStart(5)} ${f(s.exact.f1).padStart(5)} | ${f(s.overlap.precision).padStart(9)} ${f(s.overlap.recall).padStart(5)} ${f(s.overlap.f1).padStart(5)} | ${attr}`,
    );
  }
  return rows.join("\n");
}
