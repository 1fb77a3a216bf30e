import { foldKey, once, type AnalyzedDocument } from "@procmine/core";
import type { ThreatCandidate } from "./candidates.js";
import type { Lexicon, ThreatValue } from "./lexicon.js";
import type { Occupancy } from "./select.js";
import { slotLists, taxonomyFile } from "./taxonomy.js";
import { portuguesePluralWord, romancePluralWord } from "./variants.js";

// Spanish and Portuguese drug activities whose complement reaches the drug after a few words
// (`tránsito de cargamentos de cocaína`, `ingresso de vultosas cargas de cocaína`) or names a
// drug the lexicon's slots do not spell out (`tráfico de pseudoefedrina`): one drug_trafficking
// span from the activity noun to the drug (ANNOTATION.md §3, the whole noun phrase). Read by word
// lists (threats.json `romanceActivities` and the es_/pt_ drug slots), not as lexicon phrases:
// a drug name costs one word, not one phrase per activity, link and qualifier.

/** The most words between the link and the drug (`vultosas cargas`; `de` after a quantity noun is free; no number). */
const ROOM = 3;

interface Words {
  nouns: ReadonlySet<string>;
  links: ReadonlySet<string>;
  quantities: ReadonlySet<string>;
  drugs: ReadonlySet<string>;
}

const words = once(() => {
  const data = taxonomyFile().data;
  const slots = slotLists(data);
  const out = new Map<string, Words>();
  for (const lang of ["es", "pt"] as const) {
    const r = data.romanceActivities[lang];
    const plural = lang === "pt" ? portuguesePluralWord : romancePluralWord;
    const forms = (ws: readonly string[]) => new Set(ws.filter((w) => !w.includes(" ")).flatMap((w) => [w, ...plural(w)]).map(foldKey));
    out.set(lang, {
      nouns: forms([...(slots[`${lang}_drug_activity`] ?? []), ...r.nouns]),
      links: new Set(r.links.map(foldKey)),
      quantities: forms(r.quantityNouns),
      drugs: forms([...(slots[`${lang}_drug`] ?? []), ...r.drugs]),
    });
  }
  return out;
});

/** Whether a folded word is an activity noun in either language: most tokens are not. */
const anyNoun = once(() => new Set([...words().values()].flatMap((w) => [...w.nouns])));

/**
 * Add the Spanish and Portuguese drug activities whose drug the lexicon did not reach; kept
 * phrases wholly inside such a span (`tráfico` alone, illicit_trafficking) are replaced by it, and
 * a span that would cut one in two is not made.
 */
export function chainRomanceActivities(doc: AnalyzedDocument, lex: Lexicon, kept: ThreatCandidate[], occupancy: Occupancy): ThreatCandidate[] {
  const drug: ThreatValue | undefined = lex.dictionary.get("drug trafficking");
  if (!drug) return kept;
  const t = doc.tokens;
  const nouns = anyNoun();
  const owner = new Int32Array(t.count).fill(-1);
  kept.forEach((c, k) => owner.fill(k, c.firstToken, c.endToken));
  const replaced = new Set<number>();
  const added: ThreatCandidate[] = [];
  for (let i = 0; i + 2 < t.count; i++) {
    if (!nouns.has(t.key(i))) continue;
    const lang = doc.langAt(t.start(i));
    const w = words().get(lang);
    if (!w || !w.nouns.has(t.key(i))) continue;
    const end = drugEnd(doc, lex, w, i + 1);
    if (end === undefined) continue;
    const inside: number[] = [];
    let ok = true;
    for (let j = i; ok && j < end; j++) {
      const k = owner[j]!;
      if (k < 0) ok = occupancy.free(j, j + 1);
      else if (k >= 0 && !inside.includes(k)) {
        const c = kept[k]!;
        ok = c.firstToken >= i && c.endToken <= end;
        inside.push(k);
      }
    }
    if (!ok) continue;
    // The lexicon's own phrase already covers it (`tráfico de cocaína`).
    if (inside.length === 1 && kept[inside[0]!]!.firstToken === i && kept[inside[0]!]!.endToken === end) continue;
    for (const k of inside) replaced.add(k);
    occupancy.take(i, end);
    owner.fill(-2, i, end);
    added.push({ start: t.start(i), end: t.end(end - 1), firstToken: i, endToken: end, coreStart: t.start(i), value: drug, rule: "activity" });
    i = end - 1;
  }
  if (added.length === 0) return kept;
  return [...kept.filter((_, k) => !replaced.has(k)), ...added].sort((a, b) => a.start - b.start);
}

/** After an activity noun: a link (`de`, `del`, `da`), a few words, a drug; the token after the drug, or undefined. */
function drugEnd(doc: AnalyzedDocument, lex: Lexicon, w: Words, from: number): number | undefined {
  const t = doc.tokens;
  if (from >= t.count || t.opensBlock(from) || !w.links.has(t.key(from))) return undefined;
  let n = 0;
  for (let k = from + 1; k < t.count && n <= ROOM; k++) {
    if (t.opensBlock(k)) return undefined;
    const key = t.key(k);
    if (w.drugs.has(key)) return k + 1;
    // A quantity noun's own link leads on to its drug (`cargamentos de cocaína`, `hoja de coca`).
    if (w.links.has(key) && w.quantities.has(t.key(k - 1))) continue;
    // A number makes it a measured amount (`producción de 177 toneladas de metanfetaminas`), a claim, not the activity.
    if (t.kind(k) === "number") return undefined;
    if (!t.isWord(k) || lex.conjunctions.has(key) || w.links.has(key)) return undefined;
    n++;
  }
  return undefined;
}
