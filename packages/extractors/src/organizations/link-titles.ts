import type { AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";

/**
 * `[Colombian Army](/wiki/National_Army_of_Colombia "National Army of Colombia")`: a Markdown page
 * copied from Wikipedia links a body's mention to its article, whose title is the body's canonical
 * name. A mention whose span is exactly a link's text takes that title (its disambiguation in
 * parentheses left out) when it differs from the text and still holds the text's last word, the
 * body's head (`Army`): a link to a broader article (`[Western District Court](/wiki/Judiciary_of_South_Korea)`)
 * names no body. One regular expression over the text.
 */
const WIKI_LINK = /\[([^\]\n]{1,120})\]\((?:https?:\/\/en\.wikipedia\.org)?\/wiki\/([^\s)]+)\)?(?: "([^"\n]{1,160})")?\)?/gu;

function titleOf(path: string, quoted: string | undefined): string {
  let title = quoted;
  if (title === undefined) {
    try {
      title = decodeURIComponent(path);
    } catch {
      title = path;
    }
    title = title.replace(/_/g, " ");
  }
  return normalizeName(title.replace(/\s*\([^()]*\)?\s*$/u, ""));
}

const words = (s: string) => s.toLowerCase().split(/[\s-]+/u);

export function withLinkTitles(doc: AnalyzedDocument, mentions: OrgCandidate[]): OrgCandidate[] {
  const text = doc.text;
  if (!text.includes("/wiki/")) return mentions;
  const titles = new Map<number, { end: number; title: string }>();
  for (const m of text.matchAll(WIKI_LINK)) titles.set(m.index + 1, { end: m.index + 1 + m[1]!.length, title: titleOf(m[2]!, m[3]) });
  return mentions.map((c) => {
    const link = titles.get(c.start);
    if (link === undefined || link.end !== c.end || !/^\p{Lu}/u.test(link.title)) return c;
    const written = normalizeName(text.slice(c.start, c.end));
    const head = words(written).at(-1)!;
    if (link.title.toLowerCase() === written.toLowerCase() || !words(link.title).includes(head)) return c;
    const { englishName: _englishName, ...identity } = c;
    return { ...identity, name: link.title };
  });
}
