import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/** Words of a group's name after its article, at most: longer names are not shortened this way. */
const MAX_TAIL_WORDS = 3;

const isGroup = (c: OrgCandidate) => c.kind === "criminal_group" || c.kind === "armed_group";

/**
 * A group named with a plural article (`Los Lobos`, `los Arellano Félix`) is also written without
 * it, in a table cell, a list, a heading in capitals or after Markdown marks (`Lobos vs
 * Choneros`, `los **Lobos**`, `BELTRAN LEYVA`). Once the text names the group with its article,
 * the same capitalized words without it are that group wherever they stand, when they are the
 * whole capitalized run (`Héctor Beltrán Leyva` is a person); lower-case words (`los lobos`, the
 * animals) never are. Overlaps with other mentions are settled by the extractor's selection.
 */
export function articleLessUses(doc: AnalyzedDocument, mentions: readonly OrgCandidate[], groupArticles: ReadonlySet<string>): OrgCandidate[] {
  const t = doc.tokens;
  const articles = new Set([...groupArticles].map((a) => a.toLowerCase()));
  const byTail = new Map<string, OrgIdentity>();
  const add = (tail: string, m: OrgCandidate) => {
    if (tail.split(" ").length > MAX_TAIL_WORDS || byTail.has(tail)) return;
    const { start: _start, end: _end, rule: _rule, ...identity } = m;
    byTail.set(tail, identity);
  };
  for (const m of mentions) {
    if (!isGroup(m)) continue;
    // The name opens with its article (`Los Lobos`)...
    const space = m.name.indexOf(" ");
    if (space > 0 && groupArticles.has(m.name.slice(0, space))) add(formKey(m.name.slice(space + 1)), m);
    // ... or the text wrote an article before the span (`los Arellano Félix`, a family's cartel).
    const i = doc.tokenAt(m.start);
    if (i > 0 && t.isWord(i - 1) && articles.has(t.key(i - 1))) add(formKey(doc.text.slice(m.start, m.end)), m);
  }
  if (byTail.size === 0) return [];
  const capitalized = (k: number) => k >= 0 && k < t.count && t.isWord(k) && t.isCapitalized(k);
  const out: OrgCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!capitalized(i) || capitalized(i - 1)) continue;
    let key = "";
    for (let k = i; k < i + MAX_TAIL_WORDS && capitalized(k); k++) {
      key = key ? `${key} ${t.key(k)}` : t.key(k);
      const identity = byTail.get(key);
      if (identity && !capitalized(k + 1)) out.push({ ...identity, start: t.start(i), end: t.end(k), rule: "gazetteer" });
    }
  }
  return out;
}
