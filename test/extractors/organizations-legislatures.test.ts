import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A legislature's own record names its chamber and parties by short forms (org-patterns.json `legislatures`).
describe("a legislature's short forms in its own record", () => {
  it("reads the chamber and the parties of the record's country", () => {
    expect(
      named(
        "Mr. Speaker, the Conservatives have asked twice, and the Liberals still say nothing. This Liberal government owes the House an answer on Canada's ports. " +
          "My friend from the Bloc agrees with us. The NDP-Liberal coalition, and the Liberal-Bloc alliance before it, left Canada and its ports exposed.",
      ),
    ).toEqual([
      ["Conservatives", "Conservative Party of Canada"],
      ["Liberals", "Liberal Party of Canada"],
      ["Liberal", "Liberal Party of Canada"],
      ["House", "House of Commons of Canada"],
      ["Bloc", "Bloc Québécois"],
      ["NDP", "New Democratic Party"],
      ["Liberal", "Liberal Party of Canada"],
      ["Liberal", "Liberal Party of Canada"],
      ["Bloc", "Bloc Québécois"],
    ]);
  });

  it("leaves the same words in a text with no legislature's marks, and a chamber inside another name", () => {
    expect(named("The Liberals of the region met the Bloc of farmers near the House of Saud; a Liberal government in Canada was not the topic.")).toEqual([]);
    // The White House speaks here: the body it houses (seat-names.ts), no chamber.
    expect(named("Mr. Speaker, the White House and the House Judiciary Committee spoke of Canada and Canada's Liberal democracy.")).toEqual([["White House", "White House"], ["House Judiciary Committee", "House Judiciary Committee"]]);
  });
});

// `the President and Congress`: a word that names one body on its own is that body after `and` too.
describe("a standalone body after a title and `and`", () => {
  it("is the body", () => {
    expect(named("The inspector reported today to the President and Congress on the port of Miami in the United States.")).toEqual([["Congress", "United States Congress"]]);
  });

  it("keeps a bare head after a headless name out", () => {
    expect(named("The Zetas and Cartel members fled across the river.")).toEqual([["Zetas", "Los Zetas"]]);
  });
});

// A US state's legislature is named with the state: `Legislature` is a head.
describe("a state legislature", () => {
  it("is a body", () => {
    expect(named("We urge the Ohio Legislature to fund the border program.")).toEqual([["Ohio Legislature", "Ohio Legislature"]]);
  });

  it("reads the chamber after `this` too, and the United States chamber in a U.S. floor statement", () => {
    expect(named("Madam Speaker, few members of this House have visited the ports of Canada this year.")).toEqual([["House", "House of Commons of Canada"]]);
    expect(named("I yield back the balance of my time. The House should act on the ports of the United States before the recess.")).toContainEqual(["House", "United States House of Representatives"]);
  });

  it("reads a party's abbreviation after a member's riding in a speaker's line", () => {
    expect(named("Mr. Tom Ashby (Riverside North, Ref.):\nMr. Speaker, the ports of Canada need more officers.")).toEqual([["Ref.", "Reform Party of Canada"]]);
    // Not in a record with no legislature's marks.
    expect(named("See the table (Riverside North, Ref.) for the ports of Canada.")).toEqual([]);
  });
});

// orgs43: a news story has no country of its own, but its bare `Senate` or `Congress` says whose `the House` is.
describe("a bare chamber beside its companion in a text of no country", () => {
  it("is the United States House where the text names the Senate bare", () => {
    const got = named("Two senators said the Senate will not reverse the decision on Mexico. Meanwhile, the House will vote on a resolution next week.");
    expect(got).toContainEqual(["House", "United States House of Representatives"]);
  });

  it("is no chamber where the text names no companion, or only inside another name", () => {
    expect(named("Protesters gathered outside the House on Friday in Mexico City.").map((g) => g[0])).not.toContain("House");
    expect(named("The Senate Foreign Relations Committee met on Monday. Later the House voted.").map((g) => g[0])).not.toContain("House");
  });
});
