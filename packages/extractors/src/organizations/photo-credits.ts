import type { AnalyzedDocument } from "@procmine/core";
import { normalizeName, type OrgCandidate, type OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/**
 * `Chris Doe/CNP/Bloomberg/Getty Images`, `Ana Roe/Alamy Stock Photo`: a news page's photo credit, a
 * line of its own after a caption, names the photographer and then, after each slash (or `via`), the
 * agency or outlet that licensed the picture, though no list may know it. The line must credit a
 * picture: one of its sources is listed or ends in a picture word (org-patterns.json `photoCredits`
 * `creditWords`: `Images`, `Photo`), so a slashed heading (`Organized Crime/Drug Trafficking`) is
 * none. `notBodies` are the credit's roles, no body (`Pool`, `File`, `Handout`). One regular
 * expression over the lines.
 */
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAME = String.raw`${WORD}(?: ${WORD}){1,3}`;
const SOURCE = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?: [\p{Lu}\p{N}&][\p{L}\p{N}'’.&-]*){0,3}`;
const LINE = new RegExp(String.raw`^[ \t]*${NAME}((?:/|[ \t]+via[ \t]+)${SOURCE})+[ \t]*\r?$`, "gmu");
const SEPARATOR = /\/|[ \t]+via[ \t]+/u;

export interface PhotoCreditWords {
  creditWords: ReadonlySet<string>;
  notBodies: ReadonlySet<string>;
}

/** Each source of each photo-credit line, a listed body by its record, any other as a company. Linear in the text. */
export function photoCredits(doc: AnalyzedDocument, words: PhotoCreditWords | undefined, listed: (key: string) => OrgIdentity | undefined): OrgCandidate[] {
  // The raw text: the analysis text joins a credit's line to the caption before it.
  const text = doc.raw;
  if (words === undefined || !text.includes("/")) return [];
  const out: OrgCandidate[] = [];
  for (const m of text.matchAll(LINE)) {
    const line = m[0];
    const parts: { written: string; start: number }[] = [];
    let at = 0;
    for (const piece of line.split(SEPARATOR)) {
      const offset = line.indexOf(piece, at);
      at = offset + piece.length;
      parts.push({ written: piece.trim(), start: m.index + offset + (piece.length - piece.trimStart().length) });
    }
    const sources = parts.slice(1).filter((p) => !words.notBodies.has(p.written));
    const credits = sources.some((p) => listed(formKey(p.written)) !== undefined || words.creditWords.has(p.written.split(" ").at(-1)!));
    if (!credits) continue;
    for (const { written, start: rawStart } of sources) {
      const identity = listed(formKey(written));
      const start = doc.map.fromRaw(rawStart);
      const end = doc.map.fromRaw(rawStart + written.length);
      if (identity !== undefined) {
        const { languages: _languages, ...known } = identity;
        out.push({ ...known, start, end, rule: "gazetteer" });
      } else out.push({ name: normalizeName(written), kind: "company", start, end, rule: "cited_source" });
    }
  }
  return out;
}
