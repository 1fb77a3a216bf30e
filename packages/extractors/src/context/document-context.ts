import { fileURLToPath } from "node:url";
import { dataObject, loadDataFile, once, PhraseMatcher, type AnalyzedDocument, type Mention } from "@procmine/core";
import { z } from "@procmine/core";

// Whose voice a document is in, computed once per document from the marks listed in
// data/document-context.json, for every extractor that needs it (a bare `the Army` in a
// U.S. floor statement is the U.S. Army, whatever countries the statement speaks of).

// Built when the file is validated (loadDataFile), not at import: a run reads the build's compiled copy.
function contextSchema() {
  const Iso3 = z.string().regex(/^[A-Z]{3}$/);
  return dataObject({
    headCharacters: z.number().int().positive(),
    focus: dataObject({ minMentions: z.number().int().positive(), ratio: z.number().min(1), reach: z.number().int().positive() }),
    home: dataObject({ minMentions: z.number().int().positive(), ratio: z.number().min(1) }),
    marks: z
      .array(dataObject({ phrase: z.string().min(1), countries: z.array(Iso3).min(1), where: z.enum(["head", "anywhere"]) }))
      .min(1),
  });
}

const CONTEXT_URL = new URL("../../data/document-context.json", import.meta.url);
export const DOCUMENT_CONTEXT_PATH = fileURLToPath(CONTEXT_URL);

interface Mark {
  phrase: string;
  countries: readonly string[];
  where: "head" | "anywhere";
}

const compiled = once(() => {
  const { data } = loadDataFile(CONTEXT_URL, contextSchema);
  const matcher = new PhraseMatcher<Mark>(data.marks.map((m) => ({ phrase: m.phrase, value: m, case: "insensitive" as const })));
  return { matcher, headCharacters: data.headCharacters, focus: data.focus, home: data.home };
});

/**
 * Where a paragraph begins for what is "in view" at `pos`: its block's start, but no more than
 * `focus.reach` characters back (a transcript laid out as one block is not one paragraph).
 */
export function paragraphStart(doc: AnalyzedDocument, pos: number): number {
  const block = doc.blockAt(pos);
  return Math.max(block?.start ?? 0, pos - compiled().focus.reach);
}

/** A mark found in the text, in analysis offsets. */
export interface ContextEvidence {
  phrase: string;
  start: number;
  end: number;
  countries: readonly string[];
}

/** The document-level context: the author's or speaker's country and the marks that show it. */
export interface DocumentContext {
  /** ISO alpha-3 of the country whose voice the document is in, when the marks make it plain. */
  authorCountry?: string;
  /**
   * The country the document is about when that is plain: its author's, or else the one it names
   * at least `focus.minMentions` times and `focus.ratio` times as often as any other.
   */
  focusCountry?: string;
  evidence: ContextEvidence[];
}

/** Key of the author country in `doc.shared`: later windows of a long document read the first window's. */
const SHARED_KEY = "context:authorCountry";

/**
 * The document's context, computed once per analyzed text (one pass of the marks' matcher).
 * `countries` is the text's country mentions (the pipeline's country layer): among several
 * possible authors, the one the text names most.
 */
export function documentContext(doc: AnalyzedDocument, countries: readonly { readonly iso3: string }[]): DocumentContext {
  const cached = doc.cache.get("context:document") as DocumentContext | undefined;
  if (cached) return cached;
  const { matcher, headCharacters, focus } = compiled();
  const evidence: ContextEvidence[] = [];
  for (const m of matcher.match(doc)) {
    if (m.value.where === "head" && m.start >= headCharacters) continue;
    evidence.push({ phrase: m.value.phrase, start: m.start, end: m.end, countries: m.value.countries });
  }
  const shared = doc.shared.get(SHARED_KEY) as string | undefined;
  const authorCountry = shared ?? authorOf(countries, evidence);
  if (authorCountry && !shared) doc.shared.set(SHARED_KEY, authorCountry);
  const focusCountry = authorCountry ?? dominantCountry(countries, focus.minMentions, focus.ratio);
  const context: DocumentContext = { ...(authorCountry ? { authorCountry } : {}), ...(focusCountry ? { focusCountry } : {}), evidence };
  doc.cache.set("context:document", context);
  return context;
}

/** The one country every mark allows; among several, the one the text names most (none named: no author). */
function authorOf(countries: readonly { readonly iso3: string }[], evidence: readonly ContextEvidence[]): string | undefined {
  if (evidence.length === 0) return undefined;
  let allowed = new Set(evidence[0]!.countries);
  for (const e of evidence.slice(1)) {
    const both = new Set(e.countries.filter((c) => allowed.has(c)));
    if (both.size > 0) allowed = both; // marks that disagree leave the first ones' reading
  }
  if (allowed.size === 1) return [...allowed][0];
  const named = new Map<string, number>();
  for (const { iso3 } of countries) if (allowed.has(iso3)) named.set(iso3, (named.get(iso3) ?? 0) + 1);
  // Map keys keep first-named order and the sort is stable: ties go to the country named first.
  return [...named.keys()].sort((a, b) => named.get(b)! - named.get(a)!)[0];
}

/** The country named at least `min` times and `ratio` times as often as the next one, if any. */
function dominantCountry(countries: readonly { readonly iso3: string }[], min: number, ratio: number): string | undefined {
  const named = new Map<string, number>();
  for (const { iso3 } of countries) named.set(iso3, (named.get(iso3) ?? 0) + 1);
  let first: string | undefined;
  let top = 0;
  let second = 0;
  for (const [iso3, n] of named) {
    if (n > top) [first, top, second] = [iso3, n, top];
    else if (n > second) second = n;
  }
  return first !== undefined && top >= min && top >= ratio * second ? first : undefined;
}

/**
 * The country a text is plainly about, for a national body no nearer country decides: the one it
 * names by name (a demonym says whose people, not where: `Venezuelan migrants` in a Trinidad
 * story) or by its listed bodies (`listedBodies`, one country code per mention), at least
 * `home.minMentions` times and `home.ratio` times as often as any other; with the text's first spelling of its name (`República
 * Dominicana`), or "" when only its bodies name it.
 */
export function homeCountry(doc: AnalyzedDocument, countries: readonly Mention[], listedBodies: readonly string[]): { iso3: string; written: string } | undefined {
  const named: { iso3: string }[] = [];
  const written = new Map<string, string>();
  for (const m of countries) {
    if (m.rule === "demonym") continue;
    const iso3 = String(m.attrs.iso3);
    named.push({ iso3 });
    if (m.rule === "name" && !written.has(iso3)) written.set(iso3, doc.text.slice(m.start, m.end).replace(/\s+/g, " "));
  }
  for (const iso3 of listedBodies) named.push({ iso3 });
  const { minMentions, ratio } = compiled().home;
  const first = dominantCountry(named, minMentions, ratio);
  return first === undefined ? undefined : { iso3: first, written: written.get(first) ?? "" };
}
