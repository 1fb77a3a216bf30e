import { foldKey } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";

/** org-patterns.json `postedBodies`, compiled. */
export interface PostedBodyWords {
  /** Folded last words of a body posted in a city (`embassy`, `consulate`, `interests section`). */
  heads: readonly string[];
  /** The link before the city (`in`). */
  links: ReadonlySet<string>;
  /** Capitalized words that are no place (`The`, `January`): the city stops before them. */
  notPlaces: ReadonlySet<string>;
}

/** A capitalized place of up to three words (`Port-au-Prince`, `Mexico City`, `San Pedro Sula`), right after the link. */
const PLACE = /^[ \t]*(?:\r?\n[ \t]*)?(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})/u;

/**
 * `the U.S. Embassy in Port-au-Prince`: an embassy's or consulate's canonical name holds the city it
 * is posted in, outside the span (blind30, blind34 gold); every other mention of the same body in the
 * document (`U.S. Embassy personnel`, `the Consular Section of the U.S. Embassy`) takes that city too,
 * when the text posts it in one city only.
 */
export function withPostedPlaces(text: string, candidates: OrgCandidate[], words: PostedBodyWords | undefined): OrgCandidate[] {
  if (words === undefined || words.heads.length === 0) return candidates;
  const posted = (c: OrgCandidate) => {
    const key = foldKey(c.name);
    return words.heads.some((h) => key === h || key.endsWith(` ${h}`));
  };
  const places = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (!posted(c)) continue;
    const place = placeAfter(text, c.end, words);
    if (place === undefined) continue;
    // `Consular Section of the U.S. Embassy in Port-au-Prince`: the embassy it is a section of is posted there too.
    const parent = /\bof (?:the )?(.+)$/.exec(c.name)?.[1];
    for (const name of parent !== undefined && posted({ ...c, name: parent }) ? [c.name, parent] : [c.name]) {
      const seen = places.get(name) ?? new Set<string>();
      seen.add(place);
      places.set(name, seen);
    }
  }
  if (places.size === 0) return candidates;
  return candidates.map((c) => {
    // `the Consular Section of the U.S. Embassy`: a section of a posted body is posted with it.
    const parent = /\bof (?:the )?(.+)$/.exec(c.name)?.[1];
    const seen = places.get(c.name) ?? (parent !== undefined ? places.get(parent) : undefined);
    if (seen === undefined) return c;
    const own = placeAfter(text, c.end, words);
    const place = own ?? (seen.size === 1 ? [...seen][0]! : undefined);
    return place === undefined ? c : { ...c, name: `${c.name} in ${place}` };
  });
}

/** The city after `in` right after a body's span, or undefined. */
function placeAfter(text: string, end: number, words: PostedBodyWords): string | undefined {
  const link = /^[ \t]*(?:\r?\n[ \t]*)?(\p{L}+)/u.exec(text.slice(end, end + 40));
  if (link === null || !words.links.has(link[1]!)) return undefined;
  const m = PLACE.exec(text.slice(end + link[0].length, end + link[0].length + 80));
  if (m === null) return undefined;
  const kept: string[] = [];
  for (const w of m[1]!.split(/[ \t]+/)) {
    if (words.notPlaces.has(foldKey(w))) break;
    kept.push(w);
  }
  const place = kept.join(" ").replace(/[.’']+$/u, "");
  return place.length > 1 ? place : undefined;
}
