// Accuracy beside speed: procmine, compromise and wink-nlp scored against the fixtures' gold
// with procmine's evaluation (the same algorithm as shared/tools/score.py).
import { createRequire } from "node:module";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT, fixtureDocs } from "./corpus.mjs";

const require = createRequire(import.meta.url);

/** A span from a peer, trimmed of the punctuation the guidelines leave out. */
function span(doc, type, text, start, end, attrs = {}) {
  let s = start;
  let e = end;
  while (s < e && /[\s"'“”‘’([{,;:]/.test(text[s])) s++;
  while (e > s && /[\s"'“”‘’)\]},;:.!?]/.test(text[e - 1]) && !/[A-Z]\.$/.test(text.slice(s, e))) e--;
  return e > s ? { doc, type, start: s, end: e, text: text.slice(s, e), ...attrs } : null;
}

function compromisePredictions(docs) {
  const nlp = require("compromise");
  const out = [];
  for (const { id, text } of docs) {
    const doc = nlp(text);
    doc.compute("offset");
    const add = (view, type, attrs = () => ({})) => {
      for (const m of view.json({ offset: false })) {
        const first = m.terms[0]?.offset;
        const last = m.terms.at(-1)?.offset;
        if (!first || !last) continue;
        const r = span(id, type, text, first.start, last.start + last.length, attrs(m));
        if (r) out.push(r);
      }
    };
    add(doc.places(), "country");
    add(doc.organizations(), "organization", (m) => ({ name: m.text }));
    add(doc.numbers(), "numeric_claim", (m) => (typeof m.number?.num === "number" ? { value: m.number.num } : {}));
  }
  return out;
}

function winkPredictions(docs) {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  const its = nlp.its;
  const NUMERIC = new Set(["CARDINAL", "MONEY", "PERCENT", "ORDINAL", "DURATION"]);
  const out = [];
  for (const { id, text } of docs) {
    const doc = nlp.readDoc(text);
    // wink-nlp gives no character offsets: rebuild them from preceding spaces and token lengths.
    const values = doc.tokens().out(its.value);
    const spaces = doc.tokens().out(its.precedingSpaces);
    const starts = [];
    let at = 0;
    for (let i = 0; i < values.length; i++) {
      at += spaces[i].length;
      const found = text.startsWith(values[i], at) ? at : text.indexOf(values[i], at);
      starts.push(found < 0 ? at : found);
      at = (found < 0 ? at : found) + values[i].length;
    }
    doc.entities().each((e) => {
      const d = e.out(its.detail);
      if (!NUMERIC.has(d.type)) return;
      const [a, b] = e.out(its.span);
      const value = Number(String(d.value).replace(/[^\d.]/g, ""));
      const r = span(id, "numeric_claim", text, starts[a], starts[b] + values[b].length, Number.isFinite(value) && value ? { value } : {});
      if (r) out.push(r);
    });
  }
  return out;
}

async function procminePredictions(docs) {
  const core = await import("../packages/core/dist/index.js");
  const { defaultExtractors } = await import("../packages/extractors/dist/index.js");
  const pipeline = core.createPipeline({ extractors: defaultExtractors });
  return docs.flatMap(({ id, text }) => pipeline.annotate(text, { docId: id }).annotations);
}

export async function accuracy() {
  const { evaluate } = await import("../packages/core/dist/index.js");
  const docs = fixtureDocs();
  const goldDir = join(ROOT, "fixtures/gold");
  const gold = readdirSync(goldDir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((f) => readFileSync(join(goldDir, f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)));
  return {
    procmine: evaluate(gold, await procminePredictions(docs)),
    compromise: evaluate(gold, compromisePredictions(docs)),
    "wink-nlp": evaluate(gold, winkPredictions(docs)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const res = await accuracy();
  for (const [who, scores] of Object.entries(res)) {
    console.log(who, Object.fromEntries(Object.entries(scores).map(([t, s]) => [t, s.overlap.f1.toFixed(3)])));
  }
}
