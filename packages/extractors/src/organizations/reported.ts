import { fileURLToPath } from "node:url";
import { dataObject, keyIdMemo, loadDataFile, once, PhraseMatcher, type AnalyzedDocument } from "@procmine/core";
import { z } from "@procmine/core";
import { formKey } from "./gazetteer.js";
import { functionWords } from "../function-words.js";

// Names the text itself treats as sources: the subject of a reporting verb (`the Small Arms
// Survey estimated`) or the object of `according to`. A name defined with an acronym but with no
// organization head word is an organization when it (or its acronym) is such a source.

const EVIDENCE_URL = new URL("../../data/org-evidence.json", import.meta.url);
export const ORG_EVIDENCE_PATH = fileURLToPath(EVIDENCE_URL);

// Built when the file is validated (loadDataFile), not at import: a run reads the build's compiled copy.
const evidenceSchema = () =>
  dataObject({
    reportingVerbs: z.array(z.string().min(1)).min(1),
    sourceOpeners: z.array(z.string().min(1)),
    /** Reporting verbs that are plural nouns too (`FOIA documents`): not enough alone to make a name a source. */
    nounVerbs: z.array(z.string().min(1)),
    /** Lower-case words a source's name may hold between capitalized ones (`Survey of the Americas`). */
    nameConnectors: z.array(z.string().min(1)),
    /** Words after an acronym definition that make a headless long form a body (definition-followers.ts). */
    afterDefinition: dataObject({
      auxiliaries: z.array(z.string().min(1)),
      verbs: z.array(z.string().min(1)).min(1),
      programNouns: z.array(z.string().min(1)),
    }),
  });

const compiled = once(() => {
  const { data } = loadDataFile(EVIDENCE_URL, evidenceSchema);
  const openers = new PhraseMatcher<true>(data.sourceOpeners.map((phrase) => ({ phrase, value: true as const, case: "insensitive" as const })));
  const lower = (ws: readonly string[]) => new Set(ws.map((w) => w.toLowerCase()));
  // An article before a subject name (`the Small Arms Survey said`) stays outside the name.
  const { en, es, pt } = functionWords().articles;
  // After an opener, any language's article (`según la Vigía Austral`).
  const after = { auxiliaries: lower(data.afterDefinition.auxiliaries), verbs: lower(data.afterDefinition.verbs), programNouns: lower(data.afterDefinition.programNouns) };
  const verbs = lower(data.reportingVerbs);
  // Asked of every token: by key id, an array read per token.
  const isVerb = keyIdMemo((key) => (verbs.has(key) ? 1 : 0));
  return { after, verbs, isVerb, nounVerbs: lower(data.nounVerbs), openers, connectors: lower(data.nameConnectors), articles: lower(en), openerArticles: lower([...en, ...es, ...pt]) };
});

/** How many capitalized words a source name may have (`Global Initiative Against ... Crime`). */
const MAX_NAME_WORDS = 8;

/** A cited name: token range [from, to). */
export interface SourceSpan {
  from: number;
  to: number;
  /** The subject of a reporting verb (token `to`), not the object of an opener (`according to`). */
  byVerb: boolean;
}

/** Every capitalized name the text cites as a source, as token ranges (the longest reading); once per document. */
export function sourceSpans(doc: AnalyzedDocument): readonly SourceSpan[] {
  const cached = doc.cache.get("organizations:source-spans") as SourceSpan[] | undefined;
  if (cached) return cached;
  const { isVerb, openers, connectors, articles, openerArticles } = compiled();
  const t = doc.tokens;
  const out: SourceSpan[] = [];
  for (let i = 1; i < t.count; i++) {
    if (isVerb(t.keyId(i)) === 0 || t.opensBlock(i)) continue;
    // The capitalized words right before the verb, inner lower-case connectors allowed.
    let first = i;
    for (let j = i - 1; j >= 0 && i - j <= MAX_NAME_WORDS && !t.opensBlock(j + 1) && !blankLineBefore(doc, j + 1); j--) {
      if (t.isWord(j) && t.isCapitalized(j)) first = j;
      else if (!(t.isWord(j) && (connectors.has(t.key(j)) || articles.has(t.key(j))) && j > 0 && t.isCapitalized(j - 1))) break;
    }
    while (first < i && !t.isCapitalized(first)) first++;
    if (first < i) out.push({ from: first, to: i, byVerb: true });
  }
  for (const m of openers.match(doc)) {
    let j = m.endToken;
    // A capitalized Spanish or Portuguese article opens a title (`según La Voz`): it stays in the name.
    if (j < t.count && (articles.has(t.key(j)) || (openerArticles.has(t.key(j)) && t.isLowerCase(j)))) j++;
    let end = j;
    while (end < t.count && end - j < MAX_NAME_WORDS && !t.opensBlock(end) && !(end > j && blankLineBefore(doc, end)) && t.isWord(end) && (t.isCapitalized(end) || connectors.has(t.key(end)))) end++;
    while (end > j && !t.isCapitalized(end - 1)) end--;
    if (end > j) out.push({ from: j, to: end, byVerb: false });
  }
  doc.cache.set("organizations:source-spans", out);
  return out;
}

/**
 * Whether a blank line comes right before token `i` (`according to the INEGI` closing one paragraph,
 * `ICESI - Number of ...` opening the next): a name never runs across one, even where the layout
 * made no block of each paragraph and joined their lines (a code book, a list in plain text).
 */
function blankLineBefore(doc: AnalyzedDocument, i: number): boolean {
  const t = doc.tokens;
  // Read in the raw text: the analysis text may have joined the two paragraphs' lines.
  return i > 0 && /\n[ \t]*\r?\n/.test(doc.raw.slice(doc.map.rawIndex(t.end(i - 1)), doc.map.rawIndex(t.start(i))));
}

/** Folded keys of every capitalized name (each of its tails too) the text cites as a source; once per document. */
export function reportedSources(doc: AnalyzedDocument): ReadonlySet<string> {
  const cached = doc.cache.get("organizations:sources") as Set<string> | undefined;
  if (cached) return cached;
  const t = doc.tokens;
  const out = new Set<string>();
  for (const { from, to } of sourceSpans(doc)) {
    for (let f = from; f < to; f++) if (t.isCapitalized(f)) out.add(formKey(doc.text.slice(t.start(f), t.end(to - 1))));
  }
  doc.cache.set("organizations:sources", out);
  return out;
}

/** Whether the folded word is a reporting verb that is a plural noun too (`documents`). */
export const isNounVerb = (key: string): boolean => compiled().nounVerbs.has(key);

/** The word lists read after an acronym definition (org-evidence.json `afterDefinition`), folded to lower case. */
export const afterDefinitionWords = (): { auxiliaries: ReadonlySet<string>; verbs: ReadonlySet<string>; programNouns: ReadonlySet<string> } => compiled().after;

/** Whether the folded word is one of the reporting verbs (org-evidence.json `reportingVerbs`). */
export const isReportingVerb = (key: string): boolean => compiled().verbs.has(key);
