import type { AnalyzedDocument, Mention } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { CountryNaming } from "./gazetteer.js";
import { inUpperBlock } from "./upper-blocks.js";

/** org-patterns.json `governmentAcronyms`, compiled. */
export interface GovernmentAcronymWords {
  /** `GO`, `Go`: what opens the acronym; the rest are the state's initials. */
  prefixes: readonly string[];
  /** `Government`, written `<head> of <state>`. */
  head: string;
  /** State names that take `the` (`Government of the United States`). */
  theNames: ReadonlySet<string>;
}

/** `El Salvador` -> `ES`, `Trinidad and Tobago` -> `TT`, `Honduras` -> `H`: the capitals that open a state's name's words. */
export function stateInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0))
    .join("");
}

const patterns = new WeakMap<GovernmentAcronymWords, RegExp>();

/** `GO` + a state's initials as one pattern, compiled once per word set (not per document). */
function acronymPattern(words: GovernmentAcronymWords): RegExp {
  let re = patterns.get(words);
  if (re === undefined) {
    re = new RegExp(`(?<![\\p{L}\\p{N}./-])(?:${words.prefixes.join("|")})(\\p{Lu}{1,3})(?![\\p{L}\\p{N}]|[./-]\\p{L})`, "gu");
    patterns.set(words, re);
  }
  return re;
}

/**
 * `GOH`, `GoC`, `GOES`: the acronym officials write for `the Government of Honduras` (of Colombia, of
 * El Salvador) is that government when a state the document names has those initials; where several
 * do (`GOC`: Colombia, Canada, Chile), the one it names most, and none on a tie. A text's own
 * definition of the acronym keeps its name, and so does a listed body of the same spelling (`GOP`) unless
 * the text never writes its name and names the state most.
 */
export function withGovernmentAcronyms(
  doc: AnalyzedDocument,
  candidates: OrgCandidate[],
  countryLayer: readonly Mention[],
  namings: ReadonlyMap<string, CountryNaming>,
  words: GovernmentAcronymWords | undefined,
  listedName: (acronym: string) => string | undefined,
): OrgCandidate[] {
  if (words === undefined || words.prefixes.length === 0 || countryLayer.length === 0) return candidates;
  const found = [...doc.text.matchAll(acronymPattern(words))];
  if (found.length === 0) return candidates;
  const mentions = new Map<string, number>();
  for (const m of countryLayer) {
    const iso3 = m.attrs.iso3;
    if (typeof iso3 === "string") mentions.set(iso3, (mentions.get(iso3) ?? 0) + 1);
  }
  const named = new Map<string, OrgCandidate>();
  const stateOf = (initials: string): string | undefined => {
    const fits = [...mentions].filter(([iso3]) => namings.has(iso3) && stateInitials(namings.get(iso3)!.name) === initials).sort((a, b) => b[1] - a[1]);
    if (fits.length === 0 || (fits.length > 1 && fits[0]![1] === fits[1]![1])) return undefined;
    return fits[0]![0];
  };
  // One scan of the text per listed name, however often its acronym stands.
  const unwritten = new Map<string, boolean>();
  const neverWrittenOnce = (name: string) => unwritten.get(name) ?? unwritten.set(name, neverWritten(doc.text, name)).get(name)!;
  const mostNamed = [...mentions].sort((a, b) => b[1] - a[1]);
  const isMostNamed = (iso3: string) => mostNamed[0]?.[0] === iso3 && (mostNamed.length === 1 || mostNamed[1]![1] < mostNamed[0]![1]);
  const byStart = new Map(candidates.map((c, k) => [c.start, k]));
  const out = [...candidates];
  const added: OrgCandidate[] = [];
  for (const m of found) {
    const written = m[0];
    const start = m.index;
    const end = start + written.length;
    if (inCapitals(doc, start, end)) continue;
    const listed = listedName(written);
    // A listed body of the same spelling (`GOP`, the Republican Party) keeps it unless the text never writes
    // its name's first word (`Republican`) and the state is the one the document names most (a cable from Lima).
    if (listed !== undefined && !neverWrittenOnce(listed)) continue;
    const k = byStart.get(start);
    const held = k === undefined ? undefined : out[k];
    // A definition in the text (`Government of Honduras (GOH)`) or a listed body already names it.
    if (held !== undefined && (held.end !== end || (held.name !== written && !(listed !== undefined && held.name === listed)))) continue;
    if (held === undefined && candidates.some((c) => c.start < end && start < c.end)) continue;
    const iso3 = stateOf(m[1]!);
    if (iso3 === undefined || (listed !== undefined && !isMostNamed(iso3))) continue;
    let identity = named.get(written);
    if (identity === undefined) {
      const state = namings.get(iso3)!.name;
      identity = { name: `${words.head} of ${words.theNames.has(state) ? "the " : ""}${state}`, kind: "government", country: iso3, start, end, rule: "acronym_use" };
      named.set(written, identity);
    }
    const mention: OrgCandidate = { ...identity, acronym: written, start, end, rule: held?.rule ?? "acronym_use" };
    if (k !== undefined && held !== undefined) out[k] = mention;
    else added.push(mention);
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Whether the text never writes the first word of a listed name (`Republican` of `Republican Party`), in any case or number. */
function neverWritten(text: string, name: string): boolean {
  const first = name.split(/\s+/)[0]!.replace(/[^\p{L}]/gu, "");
  if (first.length < 4) return false;
  return !new RegExp(`(?<!\\p{L})${first}s?(?!\\p{L})`, "iu").test(text);
}

/** `THE WAR GOES ON`: a word of a line or block written in capitals is no acronym. */
function inCapitals(doc: AnalyzedDocument, start: number, end: number): boolean {
  if (inUpperBlock(doc, start)) return true;
  return /\p{Lu}{2,}[ \t]+$/u.test(doc.text.slice(Math.max(0, start - 30), start)) || /^[ \t]+\p{Lu}{2,}/u.test(doc.text.slice(end, end + 30));
}
