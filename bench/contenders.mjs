// Each contender: setup() once (loading libraries), then run(text) -> number of tokens it saw.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

async function procmine(all) {
  const core = await import("../packages/core/dist/index.js");
  // Core alone: an extractor that finds nothing (a pipeline refuses to run none).
  const nothing = { name: "nothing", version: "0", types: ["country"], extract: () => [] };
  const extractors = all ? (await import("../packages/extractors/dist/index.js")).defaultExtractors : [nothing];
  // As the CLI runs them: the built-in extractors' records are held to the schema by their tests,
  // so the pipeline does not check each one again (`checked`; a user's extractor is checked).
  const pipeline = core.createPipeline({ extractors, checked: all ? extractors : [] });
  // Window by window, as the CLI reads documents: records are counted, not kept.
  return (text, id) => {
    let tokens = 0;
    let annotations = 0;
    for (const w of pipeline.annotateStream(text, { docId: id })) {
      tokens += w.document.tokens.count;
      annotations += w.annotations.length;
    }
    return { tokens, annotations };
  };
}

async function wink(full) {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = full ? winkNLP(model) : winkNLP(model, []);
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    if (full) doc.entities().out(its.detail);
    return { tokens: doc.tokens().length() };
  };
}

async function compromise(mode) {
  const nlp = require("compromise");
  return (text) => {
    if (mode === "tokenize") {
      const doc = nlp.tokenize(text);
      return { tokens: doc.terms().length };
    }
    const doc = nlp(text);
    const found = doc.places().length + doc.organizations().length + doc.numbers().length;
    return { tokens: doc.terms().length, annotations: found };
  };
}

async function compromiseNumbers() {
  const nlp = require("compromise");
  return (text) => {
    const doc = nlp(text);
    return { tokens: doc.terms().length, annotations: doc.numbers().json().length };
  };
}

async function regexScan() {
  const WORD = /[\p{L}\p{N}]+/gu;
  return (text) => {
    let n = 0;
    WORD.lastIndex = 0;
    while (WORD.exec(text)) n++;
    return { tokens: n };
  };
}

/** Contenders that read a file's bytes, as the procmine CLI does (the others get the decoded text). */
export const READS_BYTES = new Set(["procmine end to end", "procmine core"]);

export const CONTENDERS = {
  "procmine end to end": () => procmine(true),
  "procmine core": () => procmine(false),
  "wink-nlp tokenize": () => wink(false),
  "wink-nlp full + entities": () => wink(true),
  "compromise tokenize": () => compromise("tokenize"),
  "compromise places/orgs/numbers": () => compromise("entities"),
  "compromise numbers": () => compromiseNumbers(),
  "regex scan": () => regexScan(),
};
