import type { AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrganizationKind } from "./kinds.js";

/** org-patterns.json `leaderAdministrations`, compiled. */
export interface LeaderAdministrations {
  /** The head a leader's name opens (`Administration`), as written. */
  heads: ReadonlySet<string>;
  /** A head of government's surname, as written -> the government's name and kind. */
  leaders: ReadonlyMap<string, { name: string; kind: OrganizationKind; country: string }>;
}

/**
 * A government named by its leader (`the Reagan Administration`, `the Ronald Reagan
 * Administration`, `Bush Administration officials`) is that state's government, under its one
 * name (`Government of the United States`), as the English gold names it (blind 30, 32, 51): the
 * name's last word a head, the word before it a listed leader's surname, at most two capitalized
 * words (the given names) before that. A pair of leaders hyphened (`Biden-Harris Administration`)
 * is no surname alone: it keeps its own name. Linear in the candidates.
 */
export function withLeaderAdministrations(doc: AnalyzedDocument, candidates: OrgCandidate[], words: LeaderAdministrations | undefined): OrgCandidate[] {
  if (words === undefined || words.leaders.size === 0) return candidates;
  return candidates.map((c) => {
    const written = doc.text.slice(c.start, c.end).trim().split(/\s+/);
    if (written.length < 2 || written.length > 4 || !words.heads.has(written[written.length - 1]!)) return c;
    const leader = words.leaders.get(written[written.length - 2]!);
    if (leader === undefined || !written.slice(0, -2).every((w) => /^\p{Lu}[\p{L}'’]*\.?$/u.test(w))) return c;
    const { acronym: _a, englishName: _e, ...rest } = c;
    return { ...rest, name: leader.name, kind: leader.kind, country: leader.country };
  });
}
