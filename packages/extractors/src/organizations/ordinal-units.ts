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
