import { SpanCover, type AnalyzedDocument } from "@procmine/core";
import type { OrgCandidate } from "./candidate.js";
import type { OrganizationKind } from "./kinds.js";

/** org-patterns.json `leaderAdministrations`, compiled. */
export interface LeaderAdministrations {
  /** The head a leader's name opens (`Administration`), as written. */
  heads: ReadonlySet<string>;
  /** A head of government's surname, as written -> the government's name and kind. */
  leaders: ReadonlyMap<string, { name: string; kind: OrganizationKind; country: string }>;
  /** Spanish and Portuguese, the head first (`Gobierno de Javier Milei`): heads, links after them, leaders. */
  opening?: { heads: ReadonlySet<string>; links: ReadonlySet<string>; leaders: ReadonlyMap<string, { name: string; kind: OrganizationKind; country: string }> } | undefined;
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
  if (words === undefined) return candidates;
  const opened = words.opening === undefined ? [] : openingAdministrations(doc, words.opening, words.leaders);
  if (opened.length > 0) {
    // The government's name replaces what other rules made of the same words (`Gobierno de`, a person's name).
    const cover = new SpanCover(opened);
    candidates = candidates.filter((c) => !cover.overlaps(c.start, c.end));
    candidates = [...candidates, ...opened].sort((a, b) => a.start - b.start || b.end - a.end);
  }
  if (words.leaders.size === 0) return candidates;
  return candidates.map((c) => {
    const leader = leaderGovernment(doc.text.slice(c.start, c.end), words);
    if (leader === undefined) return c;
    const { acronym: _a, englishName: _e, ...rest } = c;
    return { ...rest, name: leader.name, kind: leader.kind, country: leader.country };
  });
}

/** The government a name of two to four words names by its leader (`Ronald Reagan Administration`), if it does. */
export function leaderGovernment(name: string, words: LeaderAdministrations): { name: string; kind: OrganizationKind; country: string } | undefined {
  const written = name.trim().split(/\s+/);
  if (written.length < 2 || written.length > 4 || !words.heads.has(written[written.length - 1]!)) return undefined;
  const leader = words.leaders.get(written[written.length - 2]!);
  if (leader === undefined || !written.slice(0, -2).every((w) => /^\p{Lu}[\p{L}'’]*\.?$/u.test(w))) return undefined;
  return leader;
}

/** A capitalised head, a link or none, at most two capitalised given names, a surname: one line's words (read at a head's position). */
const OPENING = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(?: (\p{Ll}+))?((?: \p{Lu}[\p{L}'’]*){1,3})(?![\p{L}\p{N}])/uy;

/**
 * `Gobierno de Javier Milei`, `Gobierno Petro`, `Governo de Dilma Rousseff`: a Spanish or Portuguese
 * government named by its leader, the head first and capitalised (a lower-case `gobierno de Milei` is
 * no name: DEV gold leaves it untagged), is that state's government (`Gobierno de Argentina`, as DEV
 * gold names it: blind5, blind57, blind60). The last word a listed leader's surname (the Romance
 * list's, else the English one's), the words between it and the head given names. The text is
 * scanned for the heads alone (a few literal words: a generic capitalised-word pattern tried at
 * every capital cost more than any other expression of a cold run), and the pattern is read where
 * one stands; a match that names no leader is passed over whole, as one scan of the pattern would.
 */
function openingAdministrations(
  doc: AnalyzedDocument,
  opening: NonNullable<LeaderAdministrations["opening"]>,
  english: LeaderAdministrations["leaders"],
): OrgCandidate[] {
  const out: OrgCandidate[] = [];
  const text = doc.text;
  const heads = headScan(opening.heads);
  if (heads === undefined) return out;
  let resume = 0;
  heads.lastIndex = 0;
  for (let h = heads.exec(text); h !== null; h = heads.exec(text)) {
    if (h.index < resume) continue;
    OPENING.lastIndex = h.index;
    const m = OPENING.exec(text);
    if (m === null) continue;
    if (!opening.heads.has(m[1]!) || (m[2] !== undefined && !opening.links.has(m[2]))) continue;
    resume = m.index + m[0].length;
    const names = m[3]!.trim().split(" ");
    const surname = names[names.length - 1]!;
    const leader = opening.leaders.get(surname) ?? english.get(surname);
    if (leader === undefined || names.length > 3) continue;
    out.push({ name: leader.name, kind: leader.kind, country: leader.country, start: m.index, end: m.index + m[0].length, rule: "name_pattern" });
  }
  return out;
}

/** Where a head word starts (a word's start, written as listed), one expression per head list; undefined for none. */
function headScan(heads: ReadonlySet<string>): RegExp | undefined {
  if (heads.size === 0) return undefined;
  let scan = headScans.get(heads);
  if (scan === undefined) {
    const words = [...heads].map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
    scan = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|")})`, "gu");
    headScans.set(heads, scan);
  }
  return scan;
}

const headScans = new WeakMap<ReadonlySet<string>, RegExp>();
