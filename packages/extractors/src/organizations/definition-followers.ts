import type { OrganizationKind } from "./kinds.js";
import { afterDefinitionWords } from "./reported.js";

// A long form with no organization head (`Friends of Democracy`) is read as a body when what follows
// its acronym's parenthesis shows one: a body's act as its verb (`(FOD) has released`) or a program
// noun the name qualifies (`(TEPS) program`). English only: the words are English.

/** Characters after the parenthesis looked at: an auxiliary and a verb or a noun. */
const WINDOW = 40;

/** What the words right after `)` at `close` say of the definition: a body (with kind program for a program noun), or nothing. */
export function definitionFollower(text: string, close: number): { kind?: OrganizationKind } | undefined {
  const m = /^[ \t]+(\p{Ll}+)\b(?:[ \t]+(\p{Ll}+)\b)?/u.exec(text.slice(close + 1, close + 1 + WINDOW));
  if (!m) return undefined;
  const words = afterDefinitionWords();
  const first = m[1]!;
  if (words.programNouns.has(first)) return { kind: "program" };
  if (words.verbs.has(first)) return {};
  if (m[2] !== undefined && words.auxiliaries.has(first) && words.verbs.has(m[2])) return {};
  return undefined;
}
