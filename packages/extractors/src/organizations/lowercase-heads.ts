import type { AnalyzedDocument } from "@procmine/core";
import type { OrganizationKind } from "./kinds.js";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import { formKey } from "./gazetteer.js";

/**
 * `el cártel del Pacífico`, `cártel Jalisco Nueva Generación`: in Spanish and Portuguese a
 * group's head word comes first, in lower case. The head, a connector and its articles, and the
 * capitalized words after them are one organization; its name is the gazetteer's when listed
 * (`Cártel de Juárez`), else the words as written with the head capitalized.
 */
export function lowercaseHeadNames(
  doc: AnalyzedDocument,
  heads: ReadonlyMap<string, OrganizationKind | "">,
  connectors: ReadonlySet<string>,
  links: ReadonlySet<string>,
  known: ReadonlyMap<string, OrgIdentity>,
  isBodyHead: (key: string) => boolean,
  /** The document's tokens whose key is one of `heads`, ascending (triggers.ts): no other token opens a name. */
  at: Int32Array,
): OrgCandidate[] {
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  let next = 0;
  for (const i of at) {
    if (i < next || !t.isWord(i) || t.isCapitalized(i) || !heads.has(t.key(i)) || doc.langAt(t.start(i)) === "en") continue;
    let k = i + 1;
    if (k < t.count && connectors.has(t.key(k)) && !t.isCapitalized(k)) {
      k++;
      if (k < t.count && links.has(t.key(k)) && !t.isCapitalized(k)) k++;
    }
    let end = k;
    while (end < t.count && t.isWord(end) && t.isCapitalized(end) && !t.opensBlock(end)) end++;
    // `la operación de la Policía Federal`: after a connector, a body's head opens that body's name.
    if (end === k || t.opensBlock(i + 1) || (k > i + 1 && isBodyHead(t.key(k)))) continue;
    const start = t.start(i);
    const text = doc.text.slice(start, t.end(end - 1)).replace(/\s+/g, " ");
    const listed = known.get(formKey(text));
    const kind = heads.get(t.key(i));
    const name = text.charAt(0).toUpperCase() + text.slice(1);
    out.push(listed ? { ...listed, start, end: t.end(end - 1), rule: "name_pattern" } : { name, ...(kind ? { kind } : {}), start, end: t.end(end - 1), rule: "name_pattern" });
    next = end;
  }
  return out;
}
