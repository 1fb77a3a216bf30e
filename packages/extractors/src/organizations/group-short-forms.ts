import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import { formKey } from "./gazetteer.js";
import { isGroupKind } from "./kinds.js";

/**
 * A group the text names in full (`the Harbour Street Organised Crime Group`, `La Familia
 * Norteña`) and then by its first words only, with or without a type noun after them (`the
 * Harbour Street gang`, `La Familia`): the short form is that group, under its full name. Only a
 * name the head-word patterns built is renamed so (a listed or defined name keeps its identity);
 * the short form's words are the full name's first words, one full name only begins so, and the
 * full name is a group's (criminal, armed or terrorist), or has no kind and the short form is a group's. A group article right before the short
 * form that opens the full name too (`La`) joins its span.
 */
export function withGroupShortForms(doc: AnalyzedDocument, mentions: OrgCandidate[], typeNouns: ReadonlySet<string>, isLink: (word: string) => boolean): OrgCandidate[] {
  const text = doc.text;
  const words = (c: OrgCandidate) => formKey(text.slice(c.start, c.end)).split(" ").filter((w) => w.length > 0);
  const isGroup = (c: OrgCandidate) => isGroupKind(c.kind);
  // A full name of no kind is a group's when its short form is typed as one (`the Harbour Street gang`).
  const groups = mentions.filter((c) => (c.kind === undefined || isGroup(c)) && words(c).length >= 2).map((g, order) => ({ g, order, full: words(g) }));
  if (groups.length === 0) return mentions;
  // Full names by their first and second words, so a short form meets only the names it can open (linear, not candidates × groups).
  const byWord = (at: number) => {
    const index = new Map<string, typeof groups>();
    for (const entry of groups) {
      const w = entry.full[at];
      if (w === undefined) continue;
      const list = index.get(w);
      if (list) list.push(entry);
      else index.set(w, [entry]);
    }
    return index;
  };
  const byFirst = byWord(0);
  const bySecond = byWord(1);
  return mentions.map((c) => {
    if (c.rule !== "name_pattern") return c;
    const shortIsGroup = isGroup(c);
    let own = words(c);
    if (own.length > 1 && typeNouns.has(own[own.length - 1]!)) own = own.slice(0, -1);
    if (own.length === 0) return c;
    // The full names this one's words open (a group article before it may open them too).
    const i = doc.tokenAt(c.start);
    const before = i > 0 && !doc.tokens.opensBlock(i) && doc.tokens.isWord(i - 1) && doc.tokens.isCapitalized(i - 1) ? doc.tokens.key(i - 1) : undefined;
    const fulls = new Map<string, { full: OrgCandidate; withArticle: boolean }>();
    const near = [...(byFirst.get(own[0]!) ?? []), ...(before === undefined ? [] : (bySecond.get(own[0]!) ?? []))].sort((a, b) => a.order - b.order);
    for (const { g, full } of near.filter((e, k) => k === 0 || e !== near[k - 1])) {
      if ((g.start <= c.start && g.end >= c.end) || g.name === c.name || (!isGroup(g) && !shortIsGroup)) continue;
      // `Frente Sur` of `Frente Sur del Bloque Central`: a link after the words names the part's parent; the part is its own body.
      const opens = (from: number) => own.length + from < full.length && !isLink(full[own.length + from]!) && own.every((w, k) => full[k + from] === w);
      if (opens(0)) fulls.set(g.name, { full: g, withArticle: false });
      else if (before !== undefined && full[0] === before && opens(1)) fulls.set(g.name, { full: g, withArticle: true });
    }
    if (fulls.size !== 1) return c;
    const { full, withArticle } = [...fulls.values()][0]!;
    const { start: _s, end: _e, rule: _r, ...identity } = full;
    return { ...identity, kind: identity.kind ?? c.kind, start: withArticle ? doc.tokens.start(i - 1) : c.start, end: c.end, rule: c.rule };
  });
}
