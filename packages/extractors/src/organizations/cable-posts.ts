import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrganizationKind } from "./kinds.js";

/** org-patterns.json `cablePosts`, compiled. */
export interface CablePostWords {
  /** A routing line's opening words (`FM`, `TO`, `INFO`, `From:`), as written. */
  lineOpeners: readonly string[];
  /** A post's word before its city (`AMEMBASSY`, `AMCONSUL`), as written, with the name it opens. */
  posts: ReadonlyMap<string, { name: string; kind: OrganizationKind }>;
  /** Offices a routing line names by a fixed word (`SECSTATE`, `SECDEF`), as written. */
  offices: ReadonlyMap<string, { name: string; kind: OrganizationKind }>;
  /** The prose words a cable names its own posts by, before the city (`Embassy Bogota`), with the post word they stand for. */
  postNouns: ReadonlyMap<string, string>;
  /** Words after a post that end its city (precedence, `WASHDC`, month abbreviations), as written. */
  notPlaces: ReadonlySet<string>;
}

/**
 * A diplomatic cable's routing block (`FM AMEMBASSY BOGOTA`, `TO RUEHC/SECSTATE WASHDC`, `INFO
 * RUEHCV/AMEMBASSY CARACAS`) names the posts and offices that send and receive it in the State
 * Department's fixed words: `AMEMBASSY <city>` is the United States embassy there, `AMCONSUL <city>`
 * its consulate, `SECSTATE` the Department of State (blind44-46 gold). Read only in a block that
 * opens with `FM`/`From:` and a post or office, up to its paragraph's end (the analysis text joins
 * the block's lines); the cable's prose then names its own posts by their city (`EMBASSY BOGOTA'S
 * SUBMISSION`, `Consulate Tijuana`): those take the post's name too.
 */
export function cablePosts(doc: AnalyzedDocument, words: CablePostWords | undefined): OrgCandidate[] {
  if (words === undefined || words.posts.size === 0) return [];
  const text = doc.text;
  const known = (w: string) => words.posts.has(w) || words.offices.has(w);
  const openers = new Set(words.lineOpeners);
  const out: OrgCandidate[] = [];
  const cities = new Map<string, string>();
  for (const m of text.matchAll(/(?<![\p{L}\d])(?:FM|From:)[ \t\n]+(?:[A-Z]{4,8}\/)?([A-Z]{5,9})(?![\p{L}\d])/gu)) {
    if (!known(m[1]!)) continue;
    let end = text.indexOf("\n\n", m.index);
    if (end < 0 || end - m.index > 1000) end = Math.min(text.length, m.index + 1000);
    const tokens = [...text.slice(m.index, end).matchAll(/\S+/g)].map((t) => ({ word: t[0], at: m.index + t.index }));
    for (let k = 0; k < tokens.length; k++) {
      // A routing indicator before the post's word (`RUEHCV/AMEMBASSY`).
      const routed = /^(?:[A-Z]{4,8}\/)?([A-Z]{5,9})$/.exec(tokens[k]!.word);
      if (routed === null) continue;
      const word = routed[1]!;
      const at = tokens[k]!.at + tokens[k]!.word.length - word.length;
      const office = words.offices.get(word);
      if (office !== undefined) {
        out.push({ start: at, end: at + word.length, name: office.name, kind: office.kind, rule: "gazetteer" });
        continue;
      }
      const post = words.posts.get(word);
      if (post === undefined) continue;
      const kept: string[] = [];
      for (let j = k + 1; j < tokens.length && kept.length < 3; j++) {
        const w = tokens[j]!.word;
        // A city ends its line (a line break, or the spaces an encoded one left): the next line is a routing line or the cable's classification.
        const gap = text.slice(tokens[j - 1]!.at + tokens[j - 1]!.word.length, tokens[j]!.at);
        const lineBreak = gap.includes("\n") || gap.length > 1;
        if (lineBreak || !/^[A-Z][A-Z'-]*$/.test(w) || words.notPlaces.has(w) || openers.has(w) || known(w)) break;
        kept.push(w);
      }
      if (kept.length === 0) continue;
      const city = kept.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(" ");
      cities.set(kept.join(" "), city);
      out.push({ start: at, end: at + word.length, name: `${post.name} in ${city}`, kind: post.kind, rule: "gazetteer" });
    }
  }
  if (cities.size === 0) return out;
  // `EMBASSY BOGOTA`, `Consulate Tijuana`: the prose's name of a post the routing block names.
  const nouns = [...words.postNouns.keys()].join("|");
  const prose = new RegExp(`(?<![\\p{L}\\d])(${nouns})[ \\t\\n]+(\\p{L}+(?:[ \\t\\n]+\\p{L}+){0,2})`, "giu");
  const taken = new Set(out.map((c) => c.start));
  for (const m of text.matchAll(prose)) {
    if (taken.has(m.index) || !/^\p{Lu}/u.test(m[2]!)) continue;
    const post = words.posts.get(words.postNouns.get(m[1]!.toLowerCase()) ?? "");
    const after = m[2]!.split(/[ \t\n]+/);
    // The longest city of the block the words after the noun open with.
    let hit: string | undefined;
    for (let n = after.length; n >= 1 && hit === undefined; n--) {
      const key = after.slice(0, n).join(" ").toUpperCase();
      if (cities.has(key)) hit = key;
    }
    if (post === undefined || hit === undefined) continue;
    const words_ = hit.split(" ").length;
    const cityEnd = m.index + m[0].length - (m[2]!.length - after.slice(0, words_).join(" ").length);
    out.push({ start: m.index, end: cityEnd, name: `${post.name} in ${cities.get(hit)!}`, kind: post.kind, rule: "gazetteer" });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A cable's posts and offices replace what other rules read at their place (`TIJUANA1116 Consulate`). */
export function withCablePosts(candidates: OrgCandidate[], posts: OrgCandidate[]): OrgCandidate[] {
  if (posts.length === 0) return candidates;
  const kept = candidates.filter((c) => !posts.some((p) => p.start < c.end && c.start < p.end));
  return [...kept, ...posts].sort((a, b) => a.start - b.start || b.end - a.end);
}
