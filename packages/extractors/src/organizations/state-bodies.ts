import { firstAtOrAfter, type AnalyzedDocument } from "@procmine/core";
import { paragraphStart } from "../context/document-context.js";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import type { OrgPatterns } from "./data.js";
import { formKey } from "./gazetteer.js";
import { spanCover } from "./span-cover.js";

/** A state as a body's name ends with it: `São Paulo` and `de São Paulo`. */
interface State {
  code: string;
  name: string;
  withArticle: string;
}

/** org-patterns.json `stateUnits.bodies` (or one of `stateBodySets`), compiled. */
export interface StateBodyWords {
  /** The federation (`BRA`), its paragraphs' language (`pt`), the words between a core and its state (`do Estado`). */
  country: string;
  lang: string;
  stateWord: string;
  /** Written core (by `formKey`) -> the core of the official name. */
  cores: Map<string, string>;
  /** Written cores read only with their state written after them (by `formKey`) -> the official core. */
  writtenCores: Map<string, string>;
  /** Every state but `notStates`, by its name as written. */
  states: Map<string, State>;
  /** The states' names, longest first (`Mato Grosso do Sul` before `Mato Grosso`), where letters do not go on. */
  pattern: RegExp | undefined;
  /** Official core -> state code -> official name, where not `<core> do Estado <state>`. */
  official: Map<string, Map<string, string>>;
  /** Official cores whose written `<core> de <state>` is rewritten too. */
  rewriteWritten: Set<string>;
  /** A state as written after a core (`do Paraná`, `de Sergipe`, `do Rio`), longest first. */
  written: { withArticle: string; state: State }[];
}

export function stateBodyWords(units: Pick<NonNullable<OrgPatterns["stateUnits"]>, "states" | "bodies"> | undefined): StateBodyWords {
  const cores = new Map(Object.entries(units?.bodies?.cores ?? {}).map(([written, core]) => [formKey(written), core]));
  const writtenCores = new Map(Object.entries(units?.bodies?.writtenCores ?? {}).map(([written, core]) => [formKey(written), core]));
  const skip = new Set(units?.bodies?.notStates ?? []);
  const states = new Map<string, State>();
  for (const [code, withArticle] of Object.entries(units?.states ?? {})) {
    if (skip.has(code)) continue;
    const name = withArticle.replace(/^(?:do|da|de|del) /, "");
    states.set(name, { code, name, withArticle });
  }
  const byCode = new Map([...states.values()].map((st) => [st.code, st]));
  const written = [...states.values()].map((st) => ({ withArticle: st.withArticle, state: st }));
  for (const [alias, code] of Object.entries(units?.bodies?.writtenAliases ?? {})) {
    const st = byCode.get(code);
    if (st) written.push({ withArticle: alias, state: st });
  }
  written.sort((a, b) => b.withArticle.length - a.withArticle.length);
  const official = new Map(Object.entries(units?.bodies?.official ?? {}).map(([core, byState]) => [core, new Map(Object.entries(byState))]));
  const rewriteWritten = new Set(units?.bodies?.rewriteWritten ?? []);
  const names = [...states.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // `Vale do Paraíba`, `rio Paraná`: a place named after a state is not the state.
  const places = (units?.bodies?.notAfter ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const notAfter = places ? `(?<!(?<![\\p{L}\\p{N}])(?:${places}) )` : "";
  const pattern = cores.size > 0 && names.length > 0 ? new RegExp(`${notAfter}(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "gu") : undefined;
  const place = { country: units?.bodies?.country ?? "", lang: units?.bodies?.lang ?? "", stateWord: units?.bodies?.stateWord ?? "" };
  return { ...place, cores, writtenCores, states, pattern, official, rewriteWritten, written };
}

/** The state body's official name: a state's own form where listed, else `<core> do Estado <state>`. */
function officialName(words: StateBodyWords, core: string, state: State): string {
  return words.official.get(core)?.get(state.code) ?? `${core} ${words.stateWord} ${state.withArticle}`;
}

/** `Ministério Público do Ceará`: a rewritten core and a state as written after it (not `do Estado ...`). */
function writtenState(words: StateBodyWords, name: string): { core: string; state: State } | undefined {
  for (const w of words.written) {
    if (!name.endsWith(` ${w.withArticle}`)) continue;
    const key = formKey(name.slice(0, name.length - w.withArticle.length - 1));
    const core = words.cores.get(key) ?? words.writtenCores.get(key);
    if (core !== undefined && words.rewriteWritten.has(core)) return { core, state: w.state };
  }
  return undefined;
}

/** ` do Pará` right after a bare core's span: the state it writes, and where the span then ends. */
function stateAfter(words: StateBodyWords, text: string, end: number): { state: State; end: number } | undefined {
  for (const w of words.written) {
    const next = end + 1 + w.withArticle.length;
    if (text[end] === " " && text.startsWith(w.withArticle, end + 1) && !/[\p{L}\p{N}]/u.test(text[next] ?? "")) return { state: w.state, end: next };
  }
  return undefined;
}

/**
 * `a Polícia Civil`, `a SSP`, `o Ministério Público do Estado`: a body every Brazilian state has,
 * named bare in a Portuguese paragraph, is that state's body (likewise another federation's, in its
 * language: Mexico's `Fiscalía General del Estado`), under its official form (`Polícia
 * Civil do Estado do Rio de Janeiro`): the state named nearest before it in its paragraph, else the
 * one the text names most. The official form is the state's own where org-patterns.json lists one
 * (`Polícia Militar do Ceará`, `Brigada Militar`). A name that writes its state keeps its own words
 * (`Secretaria de Segurança Pública do Acre`), but for the cores of `rewriteWritten`, whose official
 * forms every state shares (`Ministério Público de São Paulo` -> `... do Estado de São Paulo`);
 * with no state named, or another country's body, the mention passes unchanged.
 */
export function withStateBodies(doc: AnalyzedDocument, mentions: OrgCandidate[], words: StateBodyWords): OrgCandidate[] {
  if (!words.pattern) return mentions;
  let named: { start: number; state: State }[] | undefined;
  let most: State | undefined;
  let covered: ((start: number, end: number) => boolean) | undefined;
  return mentions.map((c) => {
    if ((c.country !== undefined && c.country !== words.country) || doc.langAt(c.start) !== words.lang) return c;
    const name = normalizeName(c.name);
    // `Ministério Público do Ceará`: the state written, the official form (`... do Estado do Ceará`).
    const written = writtenState(words, name);
    if (written) return { ...c, name: officialName(words, written.core, written.state), country: words.country };
    const core = words.cores.get(formKey(name));
    if (core === undefined) return c;
    // `a Polícia Militar do Pará` found as `Polícia Militar`: the span takes the state it writes.
    const after = words.rewriteWritten.has(core) ? stateAfter(words, doc.text, c.end) : undefined;
    // Unless another name stands on the words after it (one cover of every name, built once: linear).
    if (after && !(covered ??= spanCover(doc.text.length, mentions))(c.end, after.end)) {
      return { ...c, end: after.end, name: officialName(words, core, after.state), country: words.country };
    }
    if (!named) {
      named = [...doc.text.matchAll(words.pattern!)].map((m) => ({ start: m.index, state: words.states.get(m[0])! }));
      const counts = new Map<State, number>();
      for (const n of named) counts.set(n.state, (counts.get(n.state) ?? 0) + 1);
      // Ties go to the state named first (Map keys keep first-seen order).
      for (const [s, n] of counts) if (most === undefined || n > counts.get(most)!) most = s;
    }
    // The last state named before the mention (the list is in text order), if in its paragraph.
    const last = named[firstAtOrAfter(named, c.start, (n) => n.start) - 1];
    const state = (last !== undefined && last.start >= paragraphStart(doc, c.start) ? last.state : undefined) ?? most;
    if (!state) return c;
    return { ...c, name: officialName(words, core, state), country: words.country };
  });
}
