import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";

/** `/PR` right at a mention's end: a slash, a state's two capitals, then no letter or digit. */
const STATE_CODE = /\/([A-Z]{2})(?![\p{L}\p{N}])/uy;

/**
 * `FICCO/PR`, `FICCO/CE`: a listed Brazilian body's acronym written with a state's code after a
 * slash names the body's unit in that state, in Portuguese paragraphs. The mention takes the code
 * and its name the state (`... do Paraná`); any other mention passes unchanged.
 */
export function withStateUnits(doc: AnalyzedDocument, mentions: OrgCandidate[], states: ReadonlyMap<string, string>): OrgCandidate[] {
  if (states.size === 0 || !doc.text.includes("/")) return mentions;
  return mentions.map((c) => {
    if (c.country !== "BRA" || doc.text.charAt(c.end) !== "/" || !/^[A-Z]{2,}$/.test(doc.text.slice(c.start, c.end)) || doc.langAt(c.start) !== "pt") return c;
    STATE_CODE.lastIndex = c.end;
    const m = STATE_CODE.exec(doc.text);
    const state = m ? states.get(m[1]!) : undefined;
    if (!m || !state) return c;
    // The unit is the state's own body: its name is Portuguese in every paragraph.
    const { englishName: _, ...identity } = c;
    return { ...identity, name: `${c.name} ${state}`, end: c.end + m[0].length };
  });
}
