import { acronymUses, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import { isAcronym } from "./acronyms.js";

// Press texts often use a body's acronym with no definition in parentheses, once they have
// named the body in full (`la Dirección General de Aduanas` ... `la DGA`): the acronym spells the
// initials of the name's capitalized words. Each acronym is read only when exactly one body named
// earlier in the text spells it.

/** Initials of a name's capitalized words (`Dirección General del Sistema Penitenciario` -> DGSP). */
export function initials(name: string): string {
  // ASCII (most names): the same reading by character codes, no arrays or Unicode regexes.
  let out = "";
  let atWord = true;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c >= 128) return initialsAnyScript(name);
    if (c === 32 || (c >= 9 && c <= 13) || c === 45) atWord = true;
    else {
      if (atWord && c >= 65 && c <= 90) out += name.charAt(k);
      atWord = false;
    }
  }
  return out;
}

function initialsAnyScript(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");
}

/** Uses of an undefined acronym spelling a body the text named before (three letters or more). */
export function impliedAcronymUses(doc: AnalyzedDocument, mentions: readonly OrgCandidate[]): OrgCandidate[] {
  const bodies = new Map<string, OrgCandidate | null>();
  const known = new Set<string>();
  for (const m of mentions) {
    const text = doc.text.slice(m.start, m.end);
    if (isAcronym(text)) {
      known.add(text);
      continue;
    }
    if (m.acronym) known.add(m.acronym);
    // The name as written, and as the text's context completed it (`the Central Bank` in a text
    // on Trinidad and Tobago: `Central Bank of Trinidad and Tobago`, CBTT).
    for (const short of new Set([initials(text), initials(m.name)])) {
      if (short.length < 3 || !isAcronym(short)) continue;
      const seen = bodies.get(short);
      // Two different bodies spelling the same letters: the acronym names neither for sure.
      if (seen === undefined) bodies.set(short, m);
      else if (seen !== null && seen.name !== m.name) bodies.set(short, null);
    }
  }
  // Characters inside a mention already: linear in the mentions' length, not their number squared.
  let taken: Uint8Array | undefined;
  const out: OrgCandidate[] = [];
  for (const [short, body] of bodies) {
    if (!body || known.has(short)) continue;
    if (taken === undefined) {
      taken = new Uint8Array(doc.text.length + 1);
      for (const m of mentions) taken.fill(1, m.start, m.end);
    }
    for (const u of acronymUses(doc, short)) {
      if (u.start < body.end || taken[u.start] === 1 || taken[u.end - 1] === 1) continue;
      const { start: _s, end: _e, rule: _r, ...identity } = body;
      out.push({ ...identity, acronym: short, start: u.start, end: u.end, rule: "acronym_use" });
    }
  }
  return out;
}
