import type { AnalyzedDocument } from "@procmine/core";
import type { OrganizationKind } from "./kinds.js";
import { normalizeName, type OrgCandidate } from "./candidate.js";

/** `4th`, `82nd`, `173rd`: an English ordinal in digits, right before a name on its line. */
const ORDINAL = /(?<![\p{L}\p{N}.,/-])([0-9]{1,3}(?:st|nd|rd|th))[ \t]+$/u;

/**
 * `the 4th Infantry Division`, `the 82nd Airborne Division`, `the 7th Special Forces Group`: the
 * ordinal in digits before a unit's name tells it from its sibling units and is part of its name, as
 * the gazetteer's `16th Front` is. Only units of the kinds given (org-patterns.json `orderedUnits`)
 * and names the text itself gives (a listed name keeps its record's).
 */
export function withOrdinalUnits(text: string, candidates: OrgCandidate[], kinds: ReadonlySet<string>): OrgCandidate[] {
  if (kinds.size === 0) return candidates;
  return candidates.map((c) => {
    if (c.rule !== "name_pattern" || c.kind === undefined || !kinds.has(c.kind)) return c;
    const m = ORDINAL.exec(text.slice(Math.max(0, c.start - 12), c.start));
    if (m === null || c.name !== normalizeName(text.slice(c.start, c.end))) return c;
    const start = c.start - m[0].length;
    return { ...c, start, name: normalizeName(text.slice(start, c.end)) };
  });
}

/** `16th`, `7th`: a whole token that is an English ordinal in digits. */
const ORDINAL_TOKEN = /^[0-9]{1,3}(?:st|nd|rd|th)$/u;

/**
 * `the 16th Front`, `the 7th Fleet`: in English, an ordinal in digits right before a unit head of
 * the kinds given (org-patterns.json `orderedUnits`) and no other capitalized word names the unit
 * (the name patterns need a name word before a head, and a bare head is a back-reference). Linear
 * in the tokens.
 */
export function ordinalHeadUnits(doc: AnalyzedDocument, heads: ReadonlyMap<string, string>, kinds: ReadonlySet<string>): OrgCandidate[] {
  if (kinds.size === 0) return [];
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  for (let i = 0; i + 1 < t.count; i++) {
    const head = i + 1;
    const kind = heads.get(t.key(head));
    if (kind === undefined || !kinds.has(kind) || !t.isCapitalized(head) || t.opensBlock(head) || !ORDINAL_TOKEN.test(t.text(i))) continue;
    // One space between them, and no capitalized word after the head (`16th Front Command` is another name's).
    if (t.start(head) !== t.end(i) + 1 || (head + 1 < t.count && t.isWord(head + 1) && t.isCapitalized(head + 1) && t.start(head + 1) === t.end(head) + 1)) continue;
    if (doc.langAt(t.start(i)) !== "en") continue;
    out.push({ name: normalizeName(doc.text.slice(t.start(i), t.end(head))), kind: kind as OrganizationKind, start: t.start(i), end: t.end(head), rule: "name_pattern" });
  }
  return out;
}
