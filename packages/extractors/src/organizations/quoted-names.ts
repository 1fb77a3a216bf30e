import { foldKey, SpanCover } from "@procmine/core";
import { normalizeName, type OrgCandidate } from "./candidate.js";

// Spanish and Portuguese armies name a unit by its type and a proper name in quotes (`Grupo de
// Caballería “Febres Cordero”`, `Brigada Blindada No. 11 “Galápagos”`, `Grupo “Saraguro”`): the
// quoted words are the name's own, so the span runs through the closing quote and the name is the
// head with the quoted words, quotes left out (blind37). A listed body quoted after an operation
// noun (`el operativo “Rápido y Furioso”`) takes the noun and the quotes into its span (blind35).
// An unlisted quoted operation (`el operativo “Kukulcán”`) is not read so: that lowered the pooled
// check sets (two spans their gold draws otherwise). Linear: one pass over the quoted spans, each
// looking back a few words.

/** org-patterns.json `quotedNameHeads`, compiled. */
export interface QuotedNameHeads {
  /** Capitalized unit heads (folded) a quoted name completes (`grupo`, `brigada`, `batallon`). */
  units: ReadonlySet<string>;
  /** Operation nouns (folded), written in either case (`operacion`, `operativo`): before a listed body's quoted name only. */
  operations: ReadonlySet<string>;
  /** Whether the quoted words are a proper name (capitalized words and links: quoted-programs.ts). */
  isName: (quoted: string) => boolean;
}

const QUOTED = /["“«]([^"“”«»\n]{2,60})["”»]/gu;
/** A unit's number between its head and its quoted name (`No. 11`, `N° 3`), line breaks and stray backslashes allowed. */
const NUMBER_BEFORE = /(?<![\p{L}\p{N}])N(?:o\.?|[°º]|\.º)[\s\\]*\d+[\s\\]*$/u;
/** The word right before the quotes (or before the unit's number). */
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{L}+)[\s\\]*$/u;

export function withQuotedNames(text: string, mentions: OrgCandidate[], heads: QuotedNameHeads): OrgCandidate[] {
  if (heads.units.size === 0 && heads.operations.size === 0) return mentions;
  const byEnd = new Map<number, number>();
  mentions.forEach((m, k) => byEnd.set(m.end, k));
  const byStart = new Map<number, number>();
  mentions.forEach((m, k) => byStart.set(m.start, k));
  const out = [...mentions];
  const added: OrgCandidate[] = [];
  const cover = new SpanCover(mentions);
  const covered = (from: number, to: number) => cover.overlaps(from, to);
  for (const q of text.matchAll(QUOTED)) {
    const open = q.index;
    const close = open + q[0].length;
    const quoted = q[1]!;
    if (!heads.isName(quoted)) continue;
    const preceding = text.slice(Math.max(0, open - 80), open);
    const base = open - preceding.length;
    const number = NUMBER_BEFORE.exec(preceding);
    const beforeNumber = number ? preceding.slice(0, number.index) : preceding;
    const word = WORD_BEFORE.exec(beforeNumber);
    if (!word) continue;
    const wordStart = base + word.index;
    const wordEnd = wordStart + word[1]!.length;
    const key = foldKey(word[1]!);
    // A listed body's name in the quotes after an operation noun (`el operativo “Rápido y Furioso”`): that body, its span widened.
    const inner = byStart.get(open + 1);
    if (inner !== undefined && out[inner]!.end === close - 1 && heads.operations.has(key) && !number) {
      out[inner] = { ...out[inner]!, start: wordStart, end: close };
      continue;
    }
    if (covered(open, close)) continue;
    // A unit the patterns found without its quoted name (`Grupo de Caballería`): its name goes on.
    const found = byEnd.get(base + preceding.replace(/[\s\\]+$/u, "").length) ?? byEnd.get(wordEnd);
    if (found !== undefined) {
      const m = out[found]!;
      const written = normalizeName(text.slice(m.start, m.end));
      if (!heads.units.has(foldKey(written.split(" ")[0]!)) || normalizeName(m.name) !== written) continue;
      out[found] = { ...m, end: close, name: cleaned(text.slice(m.start, close)) };
      continue;
    }
    // A unit's head alone before the quotes (`Grupo “Saraguro”`).
    if (!heads.units.has(key) || !/^\p{Lu}/u.test(word[1]!) || covered(wordStart, open)) continue;
    added.push({ name: cleaned(text.slice(wordStart, close)), kind: "military", start: wordStart, end: close, rule: "name_pattern" });
  }
  return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The span as a name: quotes and stray backslashes out, white space collapsed. */
function cleaned(span: string): string {
  return normalizeName(span.replace(/["“”«»\\]/g, " "));
}
