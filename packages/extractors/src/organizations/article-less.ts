import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/** Words of a group's name after its article, at most: longer names are not shortened this way. */
const MAX_TAIL_WORDS = 3;

/**
 * A group whose name opens with a plural article (`Los Lobos`, `Las Tigresas`) is also written
 * without it, in a table cell, a list or after Markdown marks (`Lobos vs Choneros`, `los
 * **Lobos**`). Once the text names the group with its article, the same capitalized words
 * without it are that group, wherever they stand in the text; lower-case words (`los lobos`, the
 * animals) never are. Overlaps with other mentions are settled by the extractor's selection.
 */
export function articleLessUses(doc: AnalyzedDocument, mentions: readonly OrgCandidate[], groupArticles: ReadonlySet<string>): OrgCandidate[] {
  const byTail = new Map<string, OrgIdentity>();
  for (const m of mentions) {
    if (m.kind !== "criminal_group" && m.kind !== "armed_group") continue;
    const space = m.name.indexOf(" ");
    if (space < 0 || !groupArticles.has(m.name.slice(0, space))) continue;
    const tail = formKey(m.name.slice(space + 1));
    if (tail.split(" ").length > MAX_TAIL_WORDS || byTail.has(tail)) continue;
    const { start: _start, end: _end, rule: _rule, ...identity } = m;
    byTail.set(tail, identity);
  }
  if (byTail.size === 0) return [];
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!t.isWord(i) || !t.isCapitalized(i)) continue;
    let key = "";
    for (let k = i; k < t.count && k < i + MAX_TAIL_WORDS && t.isWord(k) && t.isCapitalized(k); k++) {
      key = key ? `${key} ${t.key(k)}` : t.key(i);
      const identity = byTail.get(key);
      if (identity) out.push({ ...identity, start: t.start(i), end: t.end(k), rule: "gazetteer" });
    }
  }
  return out;
}
