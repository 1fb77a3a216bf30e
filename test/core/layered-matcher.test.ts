import { describe, expect, it } from "vitest";
import { analyze, LayeredMatcher, LayeredTable, PhraseMatcher, StringTable, type PhraseEntry, type PhraseMatch } from "@procmine/core";

// A base list and a top list that end at no common node, though their paths cross: one is the
// other's prefix (`arms` / `arms smuggling ring`), they share a start (`fuel theft` / `fuel smuggling`).
const BASE: PhraseEntry<string>[] = [
  { phrase: "arms", value: "b:arms", case: "insensitive" },
  { phrase: "arms smuggling", value: "b:arms smuggling", case: "insensitive" },
  { phrase: "fuel theft", value: "b:fuel theft", case: "insensitive" },
  { phrase: "TIP", value: "b:TIP", case: "exact" },
  { phrase: "Gulf Clan", value: "b:Gulf Clan", case: "capitalized" },
];
const TOP: PhraseEntry<string>[] = [
  { phrase: "arms smuggling ring", value: "t:ring", case: "insensitive" },
  { phrase: "fuel smuggling", value: "t:fuel smuggling", case: "insensitive" },
  { phrase: "gulf", value: "t:gulf", case: "insensitive" },
  { phrase: "clan leaders", value: "t:clan leaders", case: "insensitive" },
];

const TEXT =
  "An arms smuggling ring and a fuel smuggling network met the Gulf Clan. Fuel theft, arms smuggling and arms " +
  "crossed the gulf clan lands; TIP and tip reports named clan leaders.";

const show = (ms: PhraseMatch<string>[]) => ms.map((m) => `${m.firstToken}-${m.endToken}:${m.value}`);

describe("LayeredMatcher", () => {
  const doc = analyze(TEXT, { docId: "l" });
  const one = new PhraseMatcher<string>([...TOP, ...BASE]);
  const layered = new LayeredMatcher(new PhraseMatcher<string>(TOP), new PhraseMatcher<string>(BASE));

  it("finds what one matcher of both lists (the top's added first) finds", () => {
    expect(show(layered.matchAll(doc))).toEqual(show(one.matchAll(doc)));
    expect(show(layered.match(doc))).toEqual(show(one.match(doc)));
    for (let i = 0; i < doc.tokens.count; i++) expect(layered.longestAt(doc, i)?.value).toBe(one.longestAt(doc, i)?.value);
    expect(layered.entryCount).toBe(one.entryCount);
    expect(show(layered.match(doc))).toContain(`${doc.tokenAt(TEXT.indexOf("arms"))}-${doc.tokenAt(TEXT.indexOf("ring")) + 1}:t:ring`);
  });

  it("tells where an entry of the same tokens ends", () => {
    const base = new PhraseMatcher<string>(BASE);
    expect(base.hasEntryFor("ARMS smuggling")).toBe(true);
    expect(base.hasEntryFor("tip")).toBe(true);
    expect(base.hasEntryFor("arms smuggling ring")).toBe(false);
    expect(base.hasEntryFor("fuel")).toBe(false);
  });
});

describe("LayeredTable", () => {
  it("answers as one table with the top's keys first", () => {
    const t = new LayeredTable(new StringTable(new Map([["b", 2], ["a", 1]])), new StringTable(new Map([["c", 3], ["d", 2]])));
    expect([t.get("a"), t.get("c"), t.get("e"), t.has("d"), t.has("e"), t.size]).toEqual([1, 3, undefined, true, false, 4]);
    expect([...t.values()]).toEqual([2, 1, 3, 2]);
  });
});
