import { once } from "@procmine/core";
import { taxonomyFile } from "./taxonomy.js";

// Spelling and inflection variants of threat phrases, derived by rule so the taxonomy lists
// each phrase once in its base form. Over-generation is harmless: a form that never occurs in
// text never matches.

/** Words after which the head noun of a phrase has ended (`trafficking in persons`): threats.json's grammar. */
const prepositions = once(() => new Set(taxonomyFile().data.grammar.prepositions.map((w) => w.toLowerCase())));

/** The same with the Spanish and Portuguese ones that end a head-first phrase's agreeing words (`con`, `por`, `para`). */
const romancePrepositions = once(() => {
  const g = taxonomyFile().data.grammar;
  return new Set([...g.prepositions, ...g.romancePrepositions].map((w) => w.toLowerCase()));
});

/** English plural of one word: `gang` -> `gangs`, `militia` -> `militias`, `activity` -> `activities`. */
export function pluralWord(word: string): string[] {
  const w = word.toLowerCase();
  if (/man$/.test(w)) return [`${word.slice(0, -3)}men`];
  if (/(s|x|z|ch|sh)$/.test(w)) return [`${word}es`];
  if (/[^aeiou]y$/.test(w)) return [`${word.slice(0, -1)}ies`];
  return [`${word}s`];
}

/** Spanish and Portuguese plural of one word (diacritics are folded away when matching). */
export function romancePluralWord(word: string): string[] {
  if (/[aeiouáéíóúâêôãõ]$/i.test(word)) return [`${word}s`];
  if (/[sx]$/i.test(word)) return [];
  if (/z$/i.test(word)) return [`${word.slice(0, -1)}ces`];
  return [`${word}es`];
}

/**
 * A Spanish or Portuguese phrase and its plural. The head comes first and its adjectives agree
 * with it: every word before the first preposition takes the plural (`grupo armado ilegal` ->
 * `grupos armados ilegales`, `tasa de homicidios` -> `tasas de homicidios`, `homicidio con arma`
 * -> `homicidios con arma`: the instrument keeps its number).
 */
export function romanceForms(phrase: string, plural: (w: string) => string[] = romancePluralWord): string[] {
  const words = phrase.split(" ");
  const p = words.findIndex((w, i) => i > 0 && romancePrepositions().has(w.toLowerCase()));
  const upTo = p > 0 ? p : words.length;
  const many = words.map((w, i) => (i < upTo ? (plural(w)[0] ?? w) : w)).join(" ");
  return many === phrase ? [phrase] : [phrase, many];
}

/** Portuguese plural of one word: `ambiental` -> `ambientais`, `facção` -> `facções`, `crime` -> `crimes`. */
export function portuguesePluralWord(word: string): string[] {
  if (/ão$/i.test(word)) return [`${word.slice(0, -2)}ões`];
  if (/[aeiou]l$/i.test(word)) return [`${word.slice(0, -1)}is`];
  if (/m$/i.test(word)) return [`${word.slice(0, -1)}ns`];
  return romancePluralWord(word);
}

/** Index of the head word: the last word before the first preposition, else the last word. */
export function headIndex(words: readonly string[]): number {
  const p = words.findIndex((w, i) => i > 0 && prepositions().has(w.toLowerCase()));
  return p > 0 ? p - 1 : words.length - 1;
}

function replaceWord(words: readonly string[], i: number, w: string): string {
  return words.map((x, k) => (k === i ? w : x)).join(" ");
}

/** The phrase and its plural (the head word pluralized). */
export function nounForms(phrase: string, plural: (w: string) => string[] = pluralWord): string[] {
  const words = phrase.split(" ");
  const h = headIndex(words);
  const head = words[h]!;
  return [phrase, ...plural(head).map((p) => replaceWord(words, h, p))];
}

/**
 * Agent nouns of an -ing activity, singular and plural: `drug trafficking` -> `drug trafficker`,
 * `drug traffickers`; `money laundering` -> `money launderers`. Empty when the head is not -ing.
 */
export function agentForms(phrase: string): string[] {
  const words = phrase.split(" ");
  const h = headIndex(words);
  const head = words[h]!;
  if (!/[a-z]{3}ing$/i.test(head)) return [];
  return nounForms(replaceWord(words, h, `${head.slice(0, -3)}er`));
}

/** True when the phrase's head word is an -ing activity (`trafficking`, `laundering`). */
export function isActivity(phrase: string): boolean {
  const words = phrase.split(" ");
  return /[a-z]{3}ing$/i.test(words[headIndex(words)]!);
}

/**
 * Inflections of an English verb lemma: `kidnap` -> kidnaps, kidnapped, kidnaped, kidnapping,
 * kidnaping; `murder` -> murdered, murdering. Both the doubled and the plain consonant are
 * produced; the one that is not a word never matches.
 */
export function verbForms(lemma: string): string[] {
  const out = new Set<string>([lemma, ...pluralWord(lemma)]);
  if (lemma.endsWith("e")) {
    const stem = lemma.slice(0, -1);
    out.add(`${lemma}d`);
    out.add(`${stem}ing`);
  } else {
    out.add(`${lemma}ed`);
    out.add(`${lemma}ing`);
    const last = lemma.slice(-1);
    if (/[bdgklmnprt]/.test(last) && /[aeiou][bdgklmnprt]$/.test(lemma)) {
      out.add(`${lemma}${last}ed`);
      out.add(`${lemma}${last}ing`);
    }
  }
  return [...out];
}

/** Endings of a Spanish or Portuguese verb by conjugation (-ar, -er, -ir), written without accents (matching folds them). */
const ROMANCE_ENDINGS: Record<"es" | "pt", Record<string, readonly string[]>> = {
  es: {
    // Past subjunctive and future/conditional (`asesinaran`, `secuestrará`, folded), and a gerund
    // or an infinitive with its clitic pronoun written on (`extorsionándose`, `asesinarlos`).
    ar: ["ar", "a", "an", "amos", "aba", "aban", "o", "aron", "ado", "ada", "ados", "adas", "ando", "e", "en", "ara", "aran", "ase", "asen", "aria", "arian", "andose", "andole", "andoles", "andolo", "andolos", "andola", "andolas", "arlo", "arlos", "arla", "arlas", "arle", "arles"],
    er: ["er", "e", "en", "emos", "ia", "ian", "io", "ieron", "ido", "ida", "idos", "idas", "iendo", "a", "an", "iera", "ieran", "iese", "iesen", "era", "eran", "eria", "erian", "iendose", "iendolo", "iendolos", "erlo", "erlos", "erla", "erlas"],
    ir: ["ir", "e", "en", "imos", "ia", "ian", "io", "ieron", "ido", "ida", "idos", "idas", "iendo", "a", "an", "iera", "ieran", "iese", "iesen", "ira", "iran", "iria", "irian", "iendose", "iendolo", "iendolos", "irlo", "irlos", "irla", "irlas"],
  },
  pt: {
    ar: ["ar", "a", "am", "amos", "ava", "avam", "ou", "aram", "ado", "ada", "ados", "adas", "ando", "e", "em", "asse", "assem", "ara", "arao", "aria", "ariam"],
    er: ["er", "e", "em", "emos", "ia", "iam", "eu", "eram", "ido", "ida", "idos", "idas", "endo", "a", "am", "esse", "essem", "era", "erao", "eria", "eriam"],
    ir: ["ir", "e", "em", "imos", "ia", "iam", "iu", "iram", "ido", "ida", "idos", "idas", "indo", "a", "am", "isse", "issem", "ira", "irao", "iria", "iriam"],
  },
};

/** A word that ends like a Spanish or Portuguese gerund (`traficando`, `produciendo`, `vendendo`). */
export const romanceGerundEndings = once(() => {
  const endings = new Set(Object.values(ROMANCE_ENDINGS).flatMap((byClass) => Object.values(byClass).flatMap((e) => e.filter((x) => x.endsWith("ndo")))));
  return new RegExp(`\\p{L}{2,}(?:${[...endings].join("|")})$`, "u");
});

/**
 * Inflections of a Spanish or Portuguese verb phrase given by its infinitive: the first word that
 * ends in -ar, -er or -ir takes every common ending, the words around it stay
 * (`secuestrar` -> secuestra, secuestraban, secuestrado, secuestrando; `se lavar` -> se lavan;
 * `lavar dinero` -> lavaban dinero). A form that is not a word never matches.
 */
export function romanceVerbForms(phrase: string, lang: "es" | "pt"): string[] {
  const words = phrase.split(" ");
  const v = words.findIndex((w) => /(ar|er|ir)$/i.test(w) && w.length > 3);
  if (v < 0) throw new Error(`threat verb "${phrase}" has no infinitive (a word ending in -ar, -er or -ir)`);
  const lemma = words[v]!;
  const stem = lemma.slice(0, -2);
  const endings = ROMANCE_ENDINGS[lang][lemma.slice(-2).toLowerCase()]!;
  return endings.map((e) => [...words.slice(0, v), `${stem}${e}`, ...words.slice(v + 1)].join(" "));
}

/** Agent nouns of a verb, singular and plural: `launder` -> `launderer(s)`, `kidnap` -> `kidnapper(s)`. */
export function verbAgentForms(lemma: string): string[] {
  const last = lemma.slice(-1);
  const stems = lemma.endsWith("e") ? [`${lemma}r`] : [`${lemma}er`, `${lemma}${last}er`];
  return stems.flatMap((s) => nounForms(s));
}

/**
 * Hyphen, space and joined spellings: any one space may be a hyphen, every hyphen may also be a
 * space or nothing (`narco-trafficking`, `narco trafficking`, `narcotrafficking`), and so may the space
 * after a combining form (`cyber attack`, `cyber-attack`, `cyberattack`).
 */
export function spellings(phrase: string, combiningForms: ReadonlySet<string>): string[] {
  let forms = [phrase];
  const first = phrase.split(/[\s-]/)[0]!.toLowerCase();
  const joined = first === phrase.toLowerCase() ? joinedCombiningForm(first, combiningForms) : undefined;
  if (joined) {
    // `narcoterrorist` is also written `narco-terrorist` and `narco terrorist`.
    const cut = joined.length;
    forms = [phrase, `${phrase.slice(0, cut)}-${phrase.slice(cut)}`, `${phrase.slice(0, cut)} ${phrase.slice(cut)}`];
  } else if (combiningForms.has(first)) {
    const rest = phrase.slice(first.length);
    if (/^[\s-]/.test(rest)) {
      const tail = rest.slice(1);
      forms = [`${phrase.slice(0, first.length)} ${tail}`, `${phrase.slice(0, first.length)}-${tail}`, `${phrase.slice(0, first.length)}${tail}`];
    }
  }
  const out = new Set<string>();
  for (const f of forms) {
    out.add(f);
    // Any one space may be a hyphen (`coca-growing`, `drug-trafficking organizations`).
    const words = f.split(" ");
    for (let i = 1; i < words.length; i++) out.add(`${words.slice(0, i).join(" ")}-${words.slice(i).join(" ")}`);
    if (f.includes("-")) {
      out.add(f.replace(/-/g, " "));
      out.add(f.replace(/-/g, ""));
    }
  }
  return [...out];
}

/** The combining form a one-word phrase opens with, when a word of 4+ letters follows it. */
function joinedCombiningForm(word: string, combiningForms: ReadonlySet<string>): string | undefined {
  for (const cf of combiningForms) if (word.startsWith(cf) && word.length - cf.length >= 4) return cf;
  return undefined;
}

/** Expand `{slot}` placeholders with every filler of the slot. */
export function expandSlots(phrase: string, slots: Readonly<Record<string, readonly string[]>>): string[] {
  const m = /\{(\w+)\}/.exec(phrase);
  if (!m) return [phrase];
  const fillers = slots[m[1]!];
  if (!fillers) throw new Error(`unknown slot {${m[1]}} in threat phrase "${phrase}"`);
  return fillers.flatMap((f) => expandSlots(phrase.replace(m[0], f), slots));
}

/**
 * The phrase with a counter prefix spelled with a hyphen, joined, or with a space. A Spanish or
 * Portuguese (`romance`) prefix ending in a vowel, joined, doubles the r or s after it (`antirrobo`,
 * `antissequestro`); `joinedOnly`: a prefix that apart is another word (`contra`, the preposition).
 */
export function prefixed(prefix: string, phrase: string, how: { romance?: boolean; joinedOnly?: boolean } = {}): { phrase: string; spaced: boolean }[] {
  const forms = [
    { phrase: `${prefix}-${phrase}`, spaced: false },
    { phrase: `${prefix}${phrase}`, spaced: false },
  ];
  if (how.romance && /[aeiou]$/.test(prefix) && /^[rs][aeiouáéíóúâêô]/.test(phrase)) forms.push({ phrase: `${prefix}${phrase[0]}${phrase}`, spaced: false });
  if (!how.joinedOnly) forms.push({ phrase: `${prefix} ${phrase}`, spaced: true });
  return forms;
}
