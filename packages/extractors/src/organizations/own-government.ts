import type { AnalyzedDocument, Mention } from "@procmine/core";
import { documentContext } from "../context/document-context.js";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import type { CountryNaming } from "./gazetteer.js";

/**
 * org-patterns.json `governmentOf.own` / `forms`, compiled. English parliamentary usage
 * writes its own state's government as a capitalised bare `the Government` (blind29: `Government
 * of Canada`); `our Government`, `my Government` and a `Government` opening a generic phrase
 * (`Government instability`) the gold leaves untagged, so only `the` before it counts. Spanish
 * writes `Gobierno nacional` with a lower-case adjective for the body it also writes `Gobierno
 * Nacional`: one name. A bare Spanish `el Gobierno` or Portuguese `o Governo` is a back-reference
 * (O10, blind4/12/18/29) and is no form here.
 */
export interface OwnGovernmentWords {
  /** English heads after `the`, as token texts (`Government`, `Federal Government`). */
  heads: readonly (readonly string[])[];
  /** `the` + a country name in this set (`the United States`). */
  theNames: ReadonlySet<string>;
  /** A form as written -> its name (`Gobierno nacional` -> `Gobierno Nacional`, `União Federal` -> `Governo Federal`). */
  forms: ReadonlyMap<string, string>;
  /** `Governo do ` before a lone acronym (`termHeads`, `termLinks`): the words to cut off. */
  term: RegExp | undefined;
  /** Bare legal names of a federation's government (`a União` -> `Governo Federal`): see `bareGovernmentNames`. */
  bare?: readonly BareGovernmentForm[];
}

/** org-patterns.json `governmentOf.bare`, one form compiled. */
export interface BareGovernmentForm {
  form: string;
  name: string;
  lang: string;
  /** Lower-cased words one of which stands right before the form (`a`, `da`, `pela`). */
  after: ReadonlySet<string>;
  /** Lower-cased links that, before a capitalised word, make the form the head of another name (`União das Nações`). */
  links: ReadonlySet<string>;
}

export function ownGovernmentNames(
  doc: AnalyzedDocument,
  words: OwnGovernmentWords,
  countryLayer: readonly Mention[],
  namings: ReadonlyMap<string, CountryNaming>,
  /** The document's tokens whose key is `the`, ascending (triggers.ts): the head is the token after one. */
  thes: Int32Array,
): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const t = doc.tokens;
  let ctx: ReturnType<typeof documentContext> | undefined;
  for (let h = 0; h < thes.length && words.heads.length > 0; h++) {
    const i = thes[h]! + 1;
    if (i >= t.count || !t.isCapitalized(i) || t.opensBlock(i) || doc.langAt(t.start(i)) !== "en") continue;
    const head = words.heads.find((h) => h.every((w, k) => i + k < t.count && t.text(i + k) === w && (k === 0 || !t.opensBlock(i + k))));
    if (!head) continue;
    const last = i + head.length - 1;
    const next = last + 1 < t.count && !t.opensBlock(last + 1) ? last + 1 : -1;
    // `the Government of Haiti`, `the Government Accountability Office`: a longer name of its own.
    if (next >= 0 && (t.isCapitalized(next) || t.key(next) === "of")) continue;
    // The document's own state: its speaker's or author's; else the government the text last
    // named by its country (`the Canadian Government ... the Government`); else the country it is plainly about.
    ctx ??= documentContext(doc, countryLayer.map((m) => ({ iso3: String(m.attrs.iso3) })));
    const country = ctx.authorCountry ?? namedGovernmentBefore(doc.text, countryLayer, t.start(i - 1)) ?? ctx.focusCountry;
    const naming = country ? namings.get(country) : undefined;
    if (!naming || !country) continue;
    const name = `Government of ${words.theNames.has(naming.name) ? "the " : ""}${naming.name}`;
    out.push({ name, kind: "government", country, start: t.start(i), end: t.end(last), rule: "name_pattern" });
  }
  for (const [form, formName] of words.forms) {
    for (let at = doc.text.indexOf(form); at >= 0; at = doc.text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (/[\p{L}\p{N}]/u.test(doc.text[at - 1] ?? "") || /[\p{L}\p{N}]/u.test(doc.text[end] ?? "")) continue;
      if (doc.langAt(at) === "en") continue;
      out.push({ name: formName, kind: "government", start: at, end, rule: "name_pattern" });
    }
  }
  out.push(...bareGovernmentNames(doc.text, words.bare ?? [], (at) => doc.langAt(at)));
  return out;
}

/**
 * Brazilian law and officials write the federal government by its legal name alone: `mantido pela
 * União`, `interesses da União`, `a União deverá` (the gold names it `Governo Federal`: blind30,
 * blind36, blind43). Read only after an article or its contraction, in a paragraph of the form's
 * language, and only where no capitalised word (`União Europeia`, `União Brasil`) or link and
 * capitalised word (`União das Nações Sul-Americanas`) goes on with it as another name.
 */
export function bareGovernmentNames(text: string, forms: readonly BareGovernmentForm[], langAt: (pos: number) => string): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  for (const f of forms) {
    for (let at = text.indexOf(f.form); at >= 0; at = text.indexOf(f.form, at + 1)) {
      const end = at + f.form.length;
      if (/[\p{L}\p{N}-]/u.test(text[at - 1] ?? "") || /[\p{L}\p{N}-]/u.test(text[end] ?? "")) continue;
      const before = /([\p{L}]+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 12), at));
      if (!before || !f.after.has(before[1]!.toLowerCase())) continue;
      const next = /^[ \t]*(?:\r?\n[ \t]*)?([\p{L}]+)(?:\s+(\p{L}))?/u.exec(text.slice(end, end + 40));
      if (next && (/^\p{Lu}/u.test(next[1]!) || (f.links.has(next[1]!.toLowerCase()) && next[2] !== undefined && /\p{Lu}/u.test(next[2])))) continue;
      if (langAt(at) !== f.lang) continue;
      out.push({ name: f.name, kind: "government", start: at, end, rule: "name_pattern" });
    }
  }
  return out;
}

/** A country mention that names a government before `pos` (`Canadian Government`, `Government of Canada`): the nearest one's country. */
function namedGovernmentBefore(text: string, countryLayer: readonly Mention[], pos: number): string | undefined {
  let found: string | undefined;
  for (const m of countryLayer) {
    if (m.end > pos) break;
    if (/^\s+Government\b/.test(text.slice(m.end, m.end + 20)) || /\bGovernment\s+of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 30), m.start))) found = String(m.attrs.iso3);
  }
  return found;
}

/**
 * A mention another rule found with a form's span (`União Federal` as a name pattern) takes the
 * form's name; `Governo do PT` (a listed body's acronym after a government head) is that body alone.
 */
export function withGovernmentForms(doc: AnalyzedDocument, candidates: OrgCandidate[], words: OwnGovernmentWords, listed: (acronym: string) => OrgIdentity | undefined): OrgCandidate[] {
  return candidates.map((c) => {
    if (doc.langAt(c.start) === "en") return c;
    const written = doc.text.slice(c.start, c.end);
    const name = words.forms.get(written);
    if (name !== undefined && name !== c.name) return { ...c, name, kind: "government" };
    const cut = words.term?.exec(written);
    const body = cut ? listed(written.slice(cut[0].length)) : undefined;
    return cut && body ? { ...body, start: c.start + cut[0].length, end: c.end, rule: c.rule } : c;
  });
}
