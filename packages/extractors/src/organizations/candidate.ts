import type { OrganizationKind } from "./kinds.js";

/** Which source of evidence proposed a mention (the Mention's `rule`). */
export type OrgRule = "gazetteer" | "acronym_definition" | "acronym_use" | "name_pattern" | "cited_source";

/** What the extractor knows about one organization. */
export interface OrgIdentity {
  name: string;
  /** The body's English name where `name` is its official name in another language. */
  englishName?: string;
  kind?: OrganizationKind;
  country?: string;
  acronym?: string;
  /** Read only in paragraphs of these languages (the record's `languages`). */
  languages?: readonly string[];
}

/** A proposed organization mention, in analysis offsets. */
export interface OrgCandidate extends OrgIdentity {
  start: number;
  end: number;
  rule: OrgRule;
}

/**
 * Collapse the whitespace of a span of analysis text into a name, its accents composed (NFC): a
 * text that writes `ó` as `o` and a combining accent names the same body as one that does not.
 */
export function normalizeName(text: string): string {
  return text.replace(/\s+/g, " ").trim().normalize("NFC");
}
