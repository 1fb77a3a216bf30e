import { insideMarkup, insideWebAddress, once, PhraseMatcher, StringTable, type AnalyzedDocument, type Extractor, type Layers, type Mention } from "@procmine/core";
import { definedAcronyms } from "./acronyms.js";
import { chainActivities } from "./activities.js";
import { chainRomanceActivities } from "./romance-activities.js";
import { tagParticiples } from "./participles.js";
import { findCandidates, type ThreatCandidate } from "./candidates.js";
import { extendHeadFirst } from "./head-first.js";
import { takeObjectComplements } from "./object-complements.js";
import { joinCoordinatedGerunds } from "./gerunds.js";
import { classifyPiracy } from "./piracy.js";
import { applyLanguageCategories } from "./language-categories.js";
import { tagArmedWings } from "./armed-wings.js";
import { tagCampaignTargets } from "./campaign-targets.js";
import { tagCuedActs } from "./cued-acts.js";
import { dropUncuedEverydayWords } from "./everyday-words.js";
import { gateWords } from "./gated-words.js";
import { dropDiseaseModifiers } from "./disease-heads.js";
import { joinAlternativeNames } from "./alternative-names.js";
import { dropSeizures } from "./seizures.js";
import { inheritClauseGoods, inheritCommodity } from "./commodity.js";
import { coordinate } from "./coordination.js";
import { widenOverSharedComplement } from "./shared-complement.js";
import { carrySharedModifier } from "./shared-modifier.js";
import { extendOverNationality } from "./nationality.js";
import { countryDataFiles } from "../countries/data.js";
import { fusedPrefixLength, overlayUserTerms, threatLexicon, type CompiledLexicon, type Lexicon } from "./lexicon.js";
import { compiledLexicon, storedLexicon } from "../lexicon-snapshots.js";
import { toUserData, type ExtractorDataOptions } from "../user-data.js";
import { dropFigureBackReferences } from "./figures.js";
import { dropExcluded, dropInsideModifiers, dropProperNames, dropVerbReadings, Occupancy, selectNonOverlapping } from "./select.js";
import { TAXONOMY_PATH, taxonomyFile } from "./taxonomy.js";
import { FUNCTION_WORDS_PATH } from "../function-words.js";
import { dropInsideCaselessNames } from "./caseless-names.js";
import { nameNaturalEvents } from "./named-events.js";
import { isWireSlug } from "../wire-slugs.js";


/** Threat phrases of the taxonomy (shared/ANNOTATION.md section 3), with category and ICCS code. */
export function extractThreats(doc: AnalyzedDocument, lex: Lexicon, countries: readonly Mention[] = [], organizations: readonly Mention[] = []): Mention[] {
  const occupancy = new Occupancy(doc.tokens.count);
  const named = dropProperNames(doc, lex, nameNaturalEvents(doc, lex, dropVerbReadings(doc, lex, dropExcluded(doc, lex, gateWords(doc, findCandidates(doc, lex))))), countries);
  const candidates = dropInsideCaselessNames(doc, named, organizations);
  const coordinated = carrySharedModifier(doc, lex, widenOverSharedComplement(doc, lex, coordinate(doc, lex, selectNonOverlapping(dropInsideModifiers(candidates), occupancy), occupancy), occupancy), occupancy);
  const chained = chainRomanceActivities(doc, lex, chainActivities(doc, lex, inheritCommodity(doc, lex, coordinated), occupancy), occupancy);
  const found = dropFigureBackReferences(doc, lex, tagParticiples(doc, lex, chained, occupancy));
  inheritClauseGoods(doc, lex, found);
  extendHeadFirst(doc, lex, found, occupancy, countries);
  takeObjectComplements(doc, lex, found, occupancy);
  joinCoordinatedGerunds(doc, lex, found, occupancy);
  const kept = joinAlternativeNames(doc, dropSeizures(doc, lex, dropDiseaseModifiers(doc, dropUncuedEverydayWords(doc, lex, found))));
  tagArmedWings(doc, lex, kept, occupancy);
  tagCampaignTargets(doc, kept, occupancy);
  tagCuedActs(doc, kept, occupancy);
  classifyPiracy(doc, lex, kept);
  applyLanguageCategories(doc, kept);
  const defined = definedAcronyms(doc, lex, kept, occupancy);
  if (defined.length > 0) {
    // A loop, not `push(...)`: a long document has more uses than a call takes arguments.
    for (const d of defined) kept.push(d);
    kept.sort((a, b) => a.start - b.start);
  }
  extendOverNationality(doc, kept, occupancy, countries);
  // A word of a Markdown link's target or callout type (`](/no-secuestrar/)`, `[!TIP]`) is markup;
  // a word of a web address (a page's slug `.../juicio-por-secuestro/`) names a page, and a wire
  // service's routing slug (`BC-DRUG-CARTELS-HNS`) files a story, as for countries.
  return kept
    .filter((c) => !insideMarkup(doc.raw, doc.map.rawIndex(c.start)) && !insideWebAddress(doc.raw, doc.map.rawIndex(c.start), doc.map.rawIndex(c.end)) && !isWireSlug(doc, c.start))
    .map(toMention);
}

function toMention(c: ThreatCandidate): Mention {
  const { confidence } = taxonomyFile().data;
  const attrs: Record<string, unknown> = { category: c.value.category };
  if (c.value.iccs) attrs.iccs = c.value.iccs;
  return { type: "threat", start: c.start, end: c.end, attrs, rule: c.rule, confidence: confidence.rules[c.rule] ?? confidence.other };
}

/**
 * A threat extractor; each call compiles its own lexicon (once, on first use), or loads the
 * built-in one stored at build time. The researcher's own `threats` terms join their categories:
 * laid over the built-in lexicon, or, where a term is also a built-in phrase, compiled with it.
 */
export function createThreatExtractor(options: ExtractorDataOptions = {}): Extractor {
  const user = toUserData(options.data).threats;
  const builtIn = Object.values(user).every((terms) => terms === undefined || terms.length === 0);
  const stock = compiledLexicon("threats", true, () => threatLexicon(), {
    classes: { PhraseMatcher, StringTable },
    // A closure is not stored: it is made again from the prefixes. The phrase matcher and the
    // dictionary are stored with their equal tails shared: the `{slot}` templates' forms repeat
    // the same tails (`de {drug}`) under every prefix (and no reader of threat matches reads their `phrase`).
    store: ({ fusedPrefixLength: _, ...rest }: CompiledLexicon) => ({ ...rest, threats: rest.threats.withSharedSubtries(), dictionary: rest.dictionary.withSharedTails() }),
    restore: (saved) => ({ ...saved, fusedPrefixLength: fusedPrefixLength(saved.counterPrefixes, taxonomyFile().data.counter.romanceWholeCompounds) }),
  });
  // Laid over only a stored lexicon: compiling the built-in one to lay terms over it costs what compiling both at once does.
  const lexicon: () => Lexicon = builtIn ? stock : once(() => (storedLexicon("threats") ? overlayUserTerms(taxonomyFile().data, stock(), user) : undefined) ?? threatLexicon(user));
  return {
    name: "threats",
    version: "0.1.0",
    types: ["threat"],
    // Country adjectives after a Spanish or Portuguese threat belong to it (`cárteles mexicanos`);
    // a group's name found in text without capitals holds its head (`sinaloa cartel`).
    requires: ["country", "organization"],
    // countries.json and countries-extra.json: the English demonyms whose mention is an adjective before a threat.
    dataFiles: [TAXONOMY_PATH, FUNCTION_WORDS_PATH, countryDataFiles[0]!, countryDataFiles[1]!],
    extract: (doc: AnalyzedDocument, layers?: Layers) => extractThreats(doc, lexicon(), layers?.country ?? [], layers?.organization ?? []),
  };
}

/** The extractor with the built-in data only. */
export const threatExtractor: Extractor = createThreatExtractor();
