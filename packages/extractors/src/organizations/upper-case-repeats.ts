import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/** Words a repeated name may have: a heading, not a paragraph in capitals. */
const MAX_WORDS = 8;

/**
 * A heading or banner in capitals repeats a name the text writes in mixed case elsewhere
 * (`Operation Silent Harbor` ... `OPERATION SILENT HARBOR`): once the text names a body with two
 * words or more, a run of upper-case words spelling exactly that name is the same body. A run
 * longer than the name (a whole heading in capitals) is left alone, and so are single words,
 * which an acronym rule reads. Overlaps with other mentions are settled by the extractor's selection.
 */
export function upperCaseRepeats(doc: AnalyzedDocument, mentions: readonly OrgCandidate[]): OrgCandidate[] {
  const t = doc.tokens;
  const byKey = new Map<string, OrgIdentity>();
  for (const m of mentions) {
    const text = doc.text.slice(m.start, m.end);
    if (!/\s/.test(text) || text === text.toUpperCase()) continue;
    const key = formKey(text);
    if (!byKey.has(key)) {
      const { start: _start, end: _end, rule: _rule, ...identity } = m;
      byKey.set(key, identity);
    }
  }
  if (byKey.size === 0) return [];
  const upper = (k: number) => k >= 0 && k < t.count && t.isWord(k) && t.isUpper(k);
  // A run of capitals stops where a block (a heading, a paragraph) does.
  const joined = (k: number) => upper(k) && !t.opensBlock(k);
  const out: OrgCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!upper(i) || (joined(i) && upper(i - 1))) continue;
    let end = i;
    while (end + 1 < t.count && joined(end + 1) && end + 1 - i < MAX_WORDS) end++;
    if (end === i || joined(end + 1)) continue;
    const identity = byKey.get(formKey(doc.text.slice(t.start(i), t.end(end))));
    if (identity) out.push({ ...identity, start: t.start(i), end: t.end(end), rule: "gazetteer" });
  }
  return out;
}
