import type { Lookup } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { normalizeName } from "./candidate.js";
import type { Organization } from "./data.js";
import { formKey } from "./gazetteer.js";

/**
 * A body named by the tail of a listed name (`Security Council`, `General Assembly`) is that
 * listed body when the document names it in full, or names the body its full name begins with
 * (`U.N.` -> `United Nations` + `General Assembly`). Only names built by the head-word patterns
 * are read this way: what the gazetteer or a definition named keeps its identity.
 */
export interface Tail {
  identity: OrgIdentity;
  /** Folded forms of the listed name and its aliases. */
  full: string;
  /** Folded words the full form has before the tail (`united nations`). */
  parent: string;
}

export type TailIndex = Map<string, Tail[]>;

/** Words that open the place or matter a body's name ends with (`Mission in Colombia`, `Panel of Experts on Haiti`). */
const COMPLEMENT_LINKS = new Set(["in", "on", "en", "para"]);

/**
 * Tails of two or more words of every listed name and alias, folded. Not a tail that follows a
 * linking word or article and is itself another listed body's name (`Ministério Público` of
 * `Conselho Nacional do Ministério Público`): that tail names the body the longer one belongs to
 * or deals with. A tail no list names otherwise stays (`Administración Tributaria` of `Servicio de
 * Administración Tributaria`).
 */
export function buildTailIndex(
  orgs: readonly Organization[],
  isLink: (word: string) => boolean,
  romance: { isPartOf: (word: string) => boolean; isArticle: (word: string) => boolean } = { isPartOf: () => false, isArticle: () => false },
): TailIndex {
  const bodies = new Map<string, Set<string>>();
  for (const org of orgs) {
    for (const phrase of [org.name, ...(org.aliases ?? []), ...(org.officialName ? [org.officialName] : [])]) {
      const key = formKey(phrase);
      bodies.set(key, (bodies.get(key) ?? new Set()).add(org.name));
    }
  }
  const namesAnother = (key: string, org: Organization) => [...(bodies.get(key) ?? [])].some((name) => name !== org.name);
  const index: TailIndex = new Map();
  for (const org of orgs) {
    const identity: OrgIdentity = { name: org.name, kind: org.kind };
    if (org.englishName) identity.englishName = org.englishName;
    if (org.country) identity.country = org.country;
    if (org.acronyms?.[0]) identity.acronym = org.acronyms[0];
    const full = formKey(org.name);
    for (const phrase of [org.name, ...(org.aliases ?? [])]) {
      const words = formKey(phrase).split(" ");
      // `Verification Mission` of `United Nations Verification Mission in Colombia`: a tail short
      // of the place or matter the name closes with (`in`, `on`, `for` and what follows) too.
      const complement = words.findIndex((w, k) => k > 0 && COMPLEMENT_LINKS.has(w));
      const ends = complement > 1 ? [words.length, complement] : [words.length];
      for (const end of ends) {
        for (let cut = 1; cut <= end - 2; cut++) {
          const key = words.slice(cut, end).join(" ");
          if (isLink(words[cut - 1]!) && namesAnother(key, org)) continue;
          const tails = index.get(key) ?? [];
          if (!tails.some((t) => t.identity.name === org.name)) tails.push({ identity, full, parent: words.slice(0, cut).join(" ") });
          index.set(key, tails);
        }
      }
      // `Asamblea General de las Naciones Unidas`: a Romance name gives its parent after the body, so
      // the words before `de` (and articles) and a listed parent name the body short (`Asamblea General`),
      // the parent under its own record's name (`united nations`).
      for (let k = 2; k + 1 < words.length; k++) {
        if (!romance.isPartOf(words[k]!)) continue;
        let p = k + 1;
        while (p < words.length && romance.isArticle(words[p]!)) p++;
        const parents = bodies.get(words.slice(p).join(" "));
        if (!parents || parents.size !== 1) continue;
        const key = words.slice(0, k).join(" ");
        if (namesAnother(key, org)) continue;
        const tails = index.get(key) ?? [];
        if (!tails.some((t) => t.identity.name === org.name)) tails.push({ identity, full, parent: formKey([...parents][0]!) });
        index.set(key, tails);
      }
    }
  }
  return index;
}

export function resolveElliptical(text: string, candidates: OrgCandidate[], tails: Lookup<Tail[]>): OrgCandidate[] {
  // Folded names of the bodies the document names, in full or by a listed form.
  const named = new Set<string>();
  for (const c of candidates) if (c.rule !== "name_pattern") named.add(formKey(c.name));
  if (named.size === 0) return candidates;
  // A body named whose name opens with a parent's (`United Nations Integrated Office in Haiti`)
  // names that parent too: the document speaks of the United Nations.
  const parents = new Set<string>();
  for (const name of named) {
    const words = name.split(" ");
    for (let n = 2; n < words.length; n++) parents.add(words.slice(0, n).join(" "));
  }
  return candidates.map((c) => {
    if (c.rule !== "name_pattern" || c.country || c.name !== normalizeName(text.slice(c.start, c.end))) return c;
    const fits = (tails.get(formKey(c.name)) ?? []).filter((t) => named.has(t.full) || named.has(t.parent) || parents.has(t.parent));
    const only = fits[0];
    if (!only || fits.some((t) => t.identity.name !== only.identity.name)) return c;
    return { ...only.identity, start: c.start, end: c.end, rule: c.rule };
  });
}
