import type { AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate, type OrgIdentity } from "./candidate.js";
import type { DatelineCredits } from "./dateline-credits.js";
import { formKey } from "./gazetteer.js";

/**
 * `[(Reuters)](https://…)`, `[(*The Guardian*)](https://…)`: a Markdown news digest (a Wikipedia
 * current-events page) ends each item with the outlet it cites, in parentheses as a link's text and
 * the article's web address as its target. The credit is that outlet, though no list may know it
 * (`(Yonhap)`, `(news365)`, `(Hiiraan Online)`) and its bare acronym elsewhere is no listed name
 * (`(AP)`: the wire credits' reading, org-patterns.json `datelineCredits`). Emphasis marks are no
 * part of it; a leading `The` stays in the name and out of the span (`The Hindu`). One regular
 * expression over the text.
 */
const CREDIT = /\[\((\*{1,2}|_)?(?:(The) )?([\p{L}\p{N}][^\n()[\]*_]{0,79}?)\1?\)\]\((?=https?:\/\/|www\.)/gu;

/** `maxWords`: most words a credited outlet's name may have (org-patterns.json `linkCredits`; a longer link text is a title). */
export function linkCredits(
  doc: AnalyzedDocument,
  credits: DatelineCredits | undefined,
  maxWords: number,
  listed: (key: string) => OrgIdentity | undefined,
): OrgCandidate[] {
  const text = doc.text;
  if (!text.includes("[(")) return [];
  const out: OrgCandidate[] = [];
  for (const m of text.matchAll(CREDIT)) {
    const written = m[3]!.trimEnd();
    if (written.split(/\s+/).length > maxWords) continue;
    const start = m.index + m[0].indexOf(written, 2 + (m[1]?.length ?? 0) + (m[2] ? 4 : 0));
    const end = start + written.length;
    const name = normalizeName(m[2] ? `${m[2]} ${written}` : written);
    const credit = credits?.get(written);
    const identity: OrgIdentity | undefined = credit ?? listed(formKey(name)) ?? listed(formKey(written));
    if (identity !== undefined) {
      const { languages: _languages, ...known } = identity;
      out.push({ ...known, start, end, rule: "gazetteer" });
    } else out.push({ name, kind: "company", start, end, rule: "cited_source" });
  }
  return out;
}

/**
 * A link's credit replaces what other rules read at its place where it is a known outlet (`AP`: the
 * agency there, not another body's acronym); an unlisted one only fills a place no rule read
 * (`Society of Petroleum Engineers` keeps the name patterns' reading). Both lists in text order.
 */
export function withLinkCredits(candidates: OrgCandidate[], credits: OrgCandidate[]): OrgCandidate[] {
  if (credits.length === 0) return candidates;
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const known = credits.filter((c) => c.rule === "gazetteer");
  const kept: OrgCandidate[] = [];
  let k = 0;
  for (const c of sorted) {
    while (k < known.length && known[k]!.end <= c.start) k++;
    if (k < known.length && known[k]!.start < c.end) continue;
    kept.push(c);
  }
  // Unlisted credits where nothing kept overlaps them: one sweep over both sorted lists.
  const added: OrgCandidate[] = [...known];
  let j = 0;
  for (const c of credits) {
    if (c.rule === "gazetteer") continue;
    while (j < kept.length && kept[j]!.end <= c.start) j++;
    let overlaps = false;
    for (let i = j; i < kept.length && kept[i]!.start < c.end; i++) if (kept[i]!.end > c.start) overlaps = true;
    if (!overlaps) added.push(c);
  }
  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
