import { acronymUses, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate, OrgIdentity } from "./candidate.js";
import type { Organization } from "./data.js";

// Short national acronyms (`PF`, `PN`) name many bodies across countries, so the gazetteer does not
// match them everywhere: they name a body only in a text that has named that body.

/** Local acronym -> the bodies that use it, by canonical name. */
export type LocalAcronyms = Map<string, Map<string, OrgIdentity>>;

export function buildLocalAcronyms(orgs: readonly Organization[]): LocalAcronyms {
  const out: LocalAcronyms = new Map();
  for (const org of orgs) {
    for (const short of org.localAcronyms ?? []) {
      const identity: OrgIdentity = { name: org.name, kind: org.kind, acronym: short };
      if (org.englishName) identity.englishName = org.englishName;
      if (org.country) identity.country = org.country;
      const bodies = out.get(short) ?? new Map<string, OrgIdentity>();
      if (!bodies.has(org.name)) bodies.set(org.name, identity);
      out.set(short, bodies);
    }
  }
  return out;
}

/**
 * Uses of a local acronym after the text has named one of its bodies (`la Polícia Federal` ... `a
 * PF`), each taking the body named last before it. Overlaps with other mentions are settled by
 * the extractor's selection, as for every other candidate.
 */
export function localAcronymUses(doc: AnalyzedDocument, mentions: readonly OrgCandidate[], index: LocalAcronyms): OrgCandidate[] {
  if (index.size === 0 || mentions.length === 0) return [];
  const firstNamed = new Map<string, number>();
  for (const m of mentions) if (!firstNamed.has(m.name) || firstNamed.get(m.name)! > m.start) firstNamed.set(m.name, m.start);
  const out: OrgCandidate[] = [];
  for (const [short, bodies] of index) {
    // Most texts name none of an acronym's bodies: no list is made for those.
    let named: OrgIdentity[] | undefined;
    for (const b of bodies.values()) if (firstNamed.has(b.name)) (named ??= []).push(b);
    if (named === undefined) continue;
    named.sort((a, b) => firstNamed.get(a.name)! - firstNamed.get(b.name)!);
    for (const u of acronymUses(doc, short)) {
      const body = named.filter((b) => firstNamed.get(b.name)! < u.start).pop();
      if (!body) continue;
      out.push({ ...body, start: u.start, end: u.end, rule: "acronym_use" });
    }
  }
  return out;
}
