import type { OrganizationKind } from "./kinds.js";
import type { OrgCandidate } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/**
 * `Security Council Committee established pursuant to resolution 2653 (2022) concerning Haiti`:
 * a body a resolution set up is named in full with the clause that set it up and the matter it
 * concerns (the official name of a sanctions committee). The clause words are data
 * (`establishedBy` of org-patterns.json); resolution numbers are `N (YEAR)`, one or several.
 */
export interface EstablishedBy {
  heads: ReadonlySet<string>;
  clauses: readonly string[];
  topicLinks: readonly string[];
  /** What such a body is: a resolution numbered `N (YEAR)` is the United Nations'. */
  kind: OrganizationKind;
}

const RESOLUTION = String.raw`\d{1,5}\s*\(\d{4}\)`;

const compiledClauses = new WeakMap<EstablishedBy, RegExp>();

function clauseExpression(words: EstablishedBy): RegExp {
  let re = compiledClauses.get(words);
  if (!re) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, String.raw`\s+`);
    const clause = words.clauses.map(escape).join("|");
    const link = words.topicLinks.map(escape).join("|");
    // After the resolutions, the matter: capitalized words, with `of (the)` or `and` between them
    // (`the Democratic Republic of the Congo`, `Bosnia and Herzegovina`; not `Libya and the Panel`).
    const matter = String.raw`(?:the\s+)?\p{Lu}[\p{L}'-]*(?:\s+(?:(?:of(?:\s+the)?|and)\s+)?\p{Lu}[\p{L}'-]*)*`;
    re = new RegExp(String.raw`^\s+(?:${clause})\s+${RESOLUTION}(?:\s*(?:,|and)\s*${RESOLUTION})*\s+(?:${link})\s+${matter}`, "u");
    compiledClauses.set(words, re);
  }
  return re;
}

export function withEstablishingClause(text: string, candidates: OrgCandidate[], words: EstablishedBy): OrgCandidate[] {
  if (words.heads.size === 0 || words.clauses.length === 0) return candidates;
  return candidates.map((c) => {
    const last = formKey(c.name).split(" ").pop();
    if (last === undefined || !words.heads.has(last)) return c;
    const re = clauseExpression(words);
    const m = re.exec(text.slice(c.end, c.end + 300));
    if (!m) return c;
    const end = c.end + m[0].length;
    return { ...c, end, name: `${c.name}${text.slice(c.end, end).replace(/\s+/g, " ")}`, kind: words.kind };
  });
}
