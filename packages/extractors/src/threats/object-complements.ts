import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import { postAdjective } from "./head-first.js";
import type { Lexicon } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { taxonomyFile } from "./taxonomy.js";
import { portuguesePluralWord, romancePluralWord } from "./variants.js";

// Spanish and Portuguese acts on a thing take that thing as a bare `de` complement, and the
// complement belongs to the noun phrase (ANNOTATION.md, the whole noun phrase):
// `falsificação de documentos públicos`, `contrabando de ovos`, `extorsión de comerciantes`,
// `corrupção de servidores públicos`. Only a bare noun (no article, no capital, no number) is read:
// a determined or named complement locates or names the victim (`secuestro de los 72`,
// `sequestro de Díaz`). Killing words are not among the heads: their victims stay out
// (`asesinato de líderes`). Word lists: threats.json `objectComplements`.

const words = once(() => {
  const o = taxonomyFile().data.objectComplements;
  const h = taxonomyFile().data.headFirst;
  const out = new Map<string, { heads: ReadonlySet<string>; stops: ReadonlySet<string> }>();
  for (const lang of ["es", "pt"] as const) {
    const plural = lang === "pt" ? portuguesePluralWord : romancePluralWord;
    out.set(lang, {
      heads: new Set(o[lang].heads.flatMap((w) => [w, ...plural(w)]).map(foldKey)),
      stops: new Set([...o[lang].notObjects, ...h[lang].determiners, ...h[lang].notNouns].map(foldKey)),
    });
  }
  return { links: new Set(o.links.map(foldKey)), nouns: o.nouns, minLetters: o.minLetters, byLang: out };
});

/** Extends kept Spanish and Portuguese threats that end on a listed head over its bare `de` complement, in place. */
export function takeObjectComplements(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): void {
  const t = doc.tokens;
  const w = words();
  for (const c of kept) {
    const head = c.endToken - 1;
    const lang = doc.langAt(c.start);
    const l = w.byLang.get(lang);
    const h = lex.headFirst.get(lang);
    if (!l || !h || !l.heads.has(t.key(head))) continue;
    let end = c.endToken;
    for (let n = 0; n < w.nouns; n++) {
      const noun = end + 1;
      if (!w.links.has(t.key(end)) || !bareNoun(doc, l.stops, w.minLetters, noun) || t.opensBlock(end) || !occupancy.free(end, noun + 1)) break;
      let next = noun + 1;
      // Its adjectives (`documentos públicos`, `recursos forestales`): at most two.
      for (let a = 0; a < 2 && next < t.count && !t.opensBlock(next); a++) {
        const k = postAdjective(doc, h, next);
        if (k === 0 || !occupancy.free(next, next + k)) break;
        next += k;
      }
      end = next;
    }
    if (end === c.endToken) continue;
    occupancy.take(c.endToken, end);
    c.endToken = end;
    c.end = t.end(end - 1);
  }
}

/** A lower-case content word of a few letters, not an article, a quantifier or a number. */
function bareNoun(doc: AnalyzedDocument, stops: ReadonlySet<string>, minLetters: number, i: number): boolean {
  const t = doc.tokens;
  return i < t.count && !t.opensBlock(i) && t.isWord(i) && !t.isCapitalized(i) && t.key(i).length >= minLetters && !/\d/.test(t.key(i)) && !stops.has(t.key(i));
}
