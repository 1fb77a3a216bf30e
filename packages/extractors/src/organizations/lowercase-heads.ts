import type { AnalyzedDocument } from "@procmine/core";
import { isGroupKind, type OrganizationKind } from "./kinds.js";
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
  /** The document's tokens whose key is one of `heads` or `plurals`, ascending (triggers.ts): no other token opens a name. */
  at: Int32Array,
  /** Plural heads (folded) -> their singular as written (`cárteles` -> `cártel`). */
  plurals: ReadonlyMap<string, string> = new Map(),
  /** `y`, `e`, `and`: the words that join a list's last name. */
  coordination: ReadonlySet<string> = new Set(),
): OrgCandidate[] {
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  let next = 0;
  for (const i of at) {
    const singular = plurals.get(t.key(i));
    if (singular !== undefined && i >= next && t.isWord(i) && !t.isCapitalized(i) && doc.langAt(t.start(i)) !== "en") {
      const listed = pluralList(doc, i, singular, connectors, links, known, coordination);
      out.push(...listed);
      if (listed.length > 0) next = doc.tokenAt(listed[listed.length - 1]!.end - 1) + 1;
      continue;
    }
    if (i < next || !t.isWord(i) || t.isCapitalized(i) || !heads.has(t.key(i)) || doc.langAt(t.start(i)) === "en") continue;
    let k = i + 1;
    if (k < t.count && connectors.has(t.key(k)) && !t.isCapitalized(k)) {
      k++;
      if (k < t.count && links.has(t.key(k)) && !t.isCapitalized(k)) k++;
    }
    let end = k;
    while (end < t.count && t.isWord(end) && t.isCapitalized(end) && !t.opensBlock(end)) end++;
    // `la operación de la Policía Federal`, `a operação da PF`: after a connector, a body's head or
    // an acronym opens that body's name, not the operation's (a group's only where the acronym is a
    // listed body: `el cártel del CJNG` is the group).
    const acronym = k > i + 1 && /^\p{Lu}{2,6}$/u.test(t.text(k));
    if (end === k || t.opensBlock(i + 1) || (k > i + 1 && isBodyHead(t.key(k))) || (acronym && (heads.get(t.key(i)) === "program" || listedBody(t.text(k), known)))) continue;
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

/** Whether the gazetteer lists `written` as a body that is no armed or criminal group. */
function listedBody(written: string, known: ReadonlyMap<string, OrgIdentity>): boolean {
  const listed = known.get(formKey(written));
  return listed !== undefined && !isGroupKind(listed.kind);
}

/**
 * `los cárteles del Golfo y del Pacífico`, `cárteles de Tijuana, Golfo y Sinaloa`: after a plural
 * head and its connector, each capitalized name of the list (joined by commas and `y`/`e`, each
 * perhaps with its own connector) is one group, where the gazetteer lists the singular head with
 * it (`cártel del Golfo`, `cártel de Tijuana`): the first with the head and connector in its span,
 * the others by their names alone. The list ends at the first name not listed so.
 */
function pluralList(
  doc: AnalyzedDocument,
  head: number,
  singular: string,
  connectors: ReadonlySet<string>,
  links: ReadonlySet<string>,
  known: ReadonlyMap<string, OrgIdentity>,
  coordination: ReadonlySet<string>,
): OrgCandidate[] {
  const t = doc.tokens;
  const out: OrgCandidate[] = [];
  let k = head + 1;
  let from = head;
  for (;;) {
    // Its own connector and article (`del Pacífico`), or none (`Golfo`).
    let w = k;
    if (w < t.count && connectors.has(t.key(w)) && !t.isCapitalized(w)) {
      w++;
      if (w < t.count && links.has(t.key(w)) && !t.isCapitalized(w)) w++;
    }
    let end = w;
    while (end < t.count && t.isWord(end) && t.isCapitalized(end) && !t.opensBlock(end)) end++;
    if (end === w || (out.length === 0 && w === head + 1)) return out;
    const words = doc.text.slice(t.start(w), t.end(end - 1)).replace(/\s+/g, " ");
    const linked = w > k ? doc.text.slice(t.start(k), t.start(w)).replace(/\s+/g, " ").trim() : "";
    const listed = [linked, ...LINKS].map((link) => known.get(formKey(`${singular} ${link} ${words}`.replace(/\s+/g, " ")))).find((o) => o !== undefined);
    if (!listed) return out;
    const start = out.length === 0 ? t.start(from) : t.start(w);
    out.push({ ...listed, start, end: t.end(end - 1), rule: "name_pattern" });
    // `, Golfo`, `y del Pacífico`, `, Juárez y Sinaloa`: a comma or a coordination goes on to the next name.
    k = end;
    if (k < t.count && t.is(k, ",")) k++;
    if (k < t.count && coordination.has(t.key(k)) && !t.isCapitalized(k)) k++;
    if (k === end) return out;
    from = k;
  }
}

/** The connectors a listed group's name may take after its head (`cártel de Tijuana`, `cártel del Golfo`), or none (`cártel Jalisco`). */
const LINKS = ["de", "del", "do", "da", ""];
