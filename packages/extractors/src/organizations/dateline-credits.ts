import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrganizationKind } from "./kinds.js";

/** org-patterns.json `datelineCredits`, compiled: a wire's credit as written -> the listed body it names. */
export type DatelineCredits = ReadonlyMap<string, { name: string; kind?: OrganizationKind }>;

/** Most characters a dateline's place runs before its credit (`SANTO DOMINGO, Dominican Republic`). */
const MAX_PLACE = 60;

/**
 * Markup and white space, a place in capitals, then an optional `, Country`, or the country in
 * capitals in parentheses and the day in capitals as the MUC-3 wire copy writes it
 * (`MEXICO CITY (MEXICO), 22 SEP 89 (REUTER) --`).
 */
const DATELINE_PLACE = /^(?:<[^>\n]*>|\s)*\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*\.?(?:,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2}|[ \t]+\(\p{Lu}[\p{Lu} .'’-]*\),[ \t]*\d{1,2}[ \t]+\p{Lu}{3}[ \t]+\d{2,4})?[ \t]*$/u;

/**
 * A wire story's dateline credits the agency that filed it in parentheses after the place in
 * capitals (`GUATEMALA CITY (AP) --`, `QUITO, Ecuador (AP) --`, `<DATELINE>WASHINGTON (AP)`,
 * `MOSCOW (USSR), 18 FEB 90 (PRAVDA) --`): the
 * credit is that agency, though its bare acronym elsewhere is no listed name (`AP` is also a
 * course, a state's code, a wire photo's mark). Read only there: a line that opens (after markup)
 * with a word in capitals and runs to the parenthesis, the credit followed by a dash, a line's end
 * or markup. Linear in the text.
 */
export function datelineCredits(doc: AnalyzedDocument, credits: DatelineCredits | undefined): OrgCandidate[] {
  if (credits === undefined || credits.size === 0) return [];
  // The raw text: the analysis text joins a heading's line to the next, and a dateline is a line's.
  const raw = doc.raw;
  const forms = [...credits.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const out: OrgCandidate[] = [];
  for (const m of raw.matchAll(new RegExp(`\\((${forms})\\)(?=[ \\t]*(?:-|_|—|–|<|\\r?\\n|$))`, "gu"))) {
    // The line's start, looked for only as far back as a dateline runs (a text of one long line stays linear).
    const from = Math.max(0, m.index - MAX_PLACE - 41);
    const inWindow = raw.slice(from, m.index).lastIndexOf("\n");
    if (inWindow < 0 && from > 0) continue;
    const lineStart = from + inWindow + 1;
    // The place: markup and white space, a word in capitals, more capitals, an optional `, Country`.
    const before = raw.slice(lineStart, m.index);
    if (!DATELINE_PLACE.test(before)) continue;
    const place = before.replace(/<[^>\n]*>/g, "").trim();
    if (place.length === 0 || place.length > MAX_PLACE) continue;
    const credit = credits.get(m[1]!)!;
    const start = doc.map.fromRaw(m.index + 1);
    const end = doc.map.fromRaw(m.index + m[1]!.length) + 1;
    if (doc.text.slice(start, end) !== m[1]) continue;
    out.push({ start, end, name: credit.name, ...(credit.kind ? { kind: credit.kind } : {}), rule: "gazetteer" });
  }
  return out;
}

/** A dateline's credit replaces what other rules read at its place (`AFP`: the agency there, not a police force). */
export function withDatelineCredits(candidates: OrgCandidate[], credits: OrgCandidate[]): OrgCandidate[] {
  if (credits.length === 0) return candidates;
  // Both in text order: one sweep (credits never overlap each other: each is one dateline's parenthesis).
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const kept: OrgCandidate[] = [];
  let k = 0;
  for (const c of sorted) {
    while (k < credits.length && credits[k]!.end <= c.start) k++;
    if (k < credits.length && credits[k]!.start < c.end) continue;
    kept.push(c);
  }
  return [...kept, ...credits].sort((a, b) => a.start - b.start || b.end - a.end);
}
