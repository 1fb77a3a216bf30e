import { firstAtOrAfter, type AnalyzedDocument } from "@procmine/core";
import { paragraphStart } from "../context/document-context.js";
import { normalizeName, type OrgCandidate } from "./candidate.js";
import type { OrgPatterns } from "./data.js";
import { formKey } from "./gazetteer.js";

/** A Brazilian state as a body's name ends with it: `São Paulo` and `de São Paulo`. */
interface State {
  name: string;
  withArticle: string;
}

/** org-patterns.json `stateUnits.bodies`, compiled. */
export interface StateBodyWords {
  /** Written core (by `formKey`) -> the core of the official name. */
  cores: Map<string, string>;
  /** Every state but `notStates`, by its name as written. */
  states: Map<string, State>;
  /** The states' names, longest first (`Mato Grosso do Sul` before `Mato Grosso`), where letters do not go on. */
  pattern: RegExp | undefined;
}

export function stateBodyWords(units: OrgPatterns["stateUnits"]): StateBodyWords {
  const cores = new Map(Object.entries(units?.bodies?.cores ?? {}).map(([written, core]) => [formKey(written), core]));
  const skip = new Set(units?.bodies?.notStates ?? []);
  const states = new Map<string, State>();
  for (const [code, withArticle] of Object.entries(units?.states ?? {})) {
    if (skip.has(code)) continue;
    const name = withArticle.replace(/^(?:do|da|de) /, "");
    states.set(name, { name, withArticle });
  }
  const names = [...states.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // `Vale do Paraíba`, `rio Paraná`: a place named after a state is not the state.
  const places = (units?.bodies?.notAfter ?? []).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const notAfter = places ? `(?<!(?<![\\p{L}\\p{N}])(?:${places}) )` : "";
  const pattern = cores.size > 0 && names.length > 0 ? new RegExp(`${notAfter}(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "gu") : undefined;
  return { cores, states, pattern };
}

/**
 * `a Polícia Civil`, `a SSP`, `o Ministério Público do Estado`: a body every Brazilian state has,
 * named bare in a Portuguese paragraph, is that state's body, under its official form (`Polícia
 * Civil do Estado do Rio de Janeiro`): the state named nearest before it in its paragraph, else the
 * one the text names most. A name that writes its state (`Tribunal de Justiça de São Paulo`) keeps
 * its own words (rewriting them as `... do Estado de São Paulo` lost more names than it gained);
 * with no state named, or another country's body, the mention passes unchanged.
 */
export function withStateBodies(doc: AnalyzedDocument, mentions: OrgCandidate[], words: StateBodyWords): OrgCandidate[] {
  if (!words.pattern) return mentions;
  let named: { start: number; state: State }[] | undefined;
  let most: State | undefined;
  return mentions.map((c) => {
    if ((c.country !== undefined && c.country !== "BRA") || doc.langAt(c.start) !== "pt") return c;
    const name = normalizeName(c.name);
    const core = words.cores.get(formKey(name));
    if (core === undefined) return c;
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
    return { ...c, name: `${core} do Estado ${state.withArticle}`, country: "BRA" };
  });
}
