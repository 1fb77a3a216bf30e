import { foldKey, SpanCover, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";

/** org-patterns.json `companyShortForms`, folded. */
export interface CompanyShortFormWords {
  /** Last words that make a company's name a firm's (`Corp`, `Partners`). */
  legalHeads: ReadonlySet<string>;
  /** Last words of an outlet's name that it goes by after `the` (`Post`, `Times`). */
  outletHeads: ReadonlySet<string>;
  /** Words before the bare name that make it a word of a phrase, not the company (`the`, `a`). */
  notAfter: ReadonlySet<string>;
}

/**
 * A company the text names in full is named again by a part of its name, as news copy does:
 * - `Coniston Partners`, `Allegis Corp` ... `Coniston said`, `control of Allegis`: the first word
 *   of a firm's name (its last word a legal form or firm head), where the text never writes that
 *   word in lower case (a proper name, not `General` or `National`, which the text also uses as
 *   words) and no capitalized word follows it (`Allegis Investors Group` is another name);
 * - `The Washington Post` ... `the Post`: an outlet's last word after `the`, no capitalized word
 *   after it (`the Post Office`), when the text names one outlet with that word.
 * One pass over the tokens; overlaps with other mentions are settled by the extractor's selection.
 */
export function companyShortForms(doc: AnalyzedDocument, mentions: readonly OrgCandidate[], words: CompanyShortFormWords, isOrdinary: (folded: string) => boolean): OrgCandidate[] {
  const byFirst = new Map<string, OrgIdentity | null>();
  const byOutlet = new Map<string, OrgIdentity | null>();
  const add = (map: Map<string, OrgIdentity | null>, key: string, identity: OrgIdentity) => {
    const had = map.get(key);
    map.set(key, had === undefined || had?.name === identity.name ? identity : null);
  };
  for (const m of mentions) {
    if (m.kind !== "company") continue;
    const { start: _start, end: _end, rule: _rule, ...identity } = m;
    const name = m.name.split(" ").filter((w) => w !== "");
    if (name.length > 1 && foldKey(name[0]!) === "the") name.shift();
    if (name.length < 2) continue;
    const last = foldKey(name[name.length - 1]!);
    const first = name[0]!;
    if (words.legalHeads.has(last) && /^\p{Lu}\p{Ll}+$/u.test(first) && !isOrdinary(foldKey(first))) add(byFirst, first, identity);
    if (words.outletHeads.has(last)) add(byOutlet, name[name.length - 1]!, identity);
  }
  if (byFirst.size === 0 && byOutlet.size === 0) return [];
  const t = doc.tokens;
  // A word the text also writes in lower case is a word of the language, not only a name.
  const lower = new Set<string>();
  for (let i = 0; i < t.count; i++) {
    const w = t.text(i);
    if (t.isWord(i) && w === w.toLowerCase()) lower.add(t.key(i));
  }
  const cover = new SpanCover(mentions);
  const out: OrgCandidate[] = [];
  for (let i = 0; i < t.count; i++) {
    if (!t.isWord(i)) continue;
    const text = t.text(i);
    const firm = byFirst.get(text);
    const outlet = byOutlet.get(text);
    if (!firm && !outlet) continue;
    const start = t.start(i);
    const end = t.end(i);
    if (cover.covers(start, end)) continue;
    if (i + 1 < t.count && !t.opensBlock(i + 1) && t.isWord(i + 1) && t.isCapitalized(i + 1)) continue;
    const before = i > 0 && !t.opensBlock(i) ? t.key(i - 1) : "";
    if (firm && !lower.has(foldKey(text)) && !words.notAfter.has(before)) out.push({ ...firm, start, end, rule: "name_pattern" });
    else if (outlet && before === "the") out.push({ ...outlet, start, end, rule: "name_pattern" });
  }
  return out;
}
