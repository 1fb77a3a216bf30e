import { describe, expect, it } from "vitest";
import { stateInitials } from "../../packages/extractors/src/organizations/government-acronyms.js";
import { named } from "./organization-names.js";

// Issue #18's classes of bodies no list knows, by the shape of their names (org-patterns.json).

describe("a state's consulate or embassy section abroad (postedBodies)", () => {
  it("is a body, named with the city the text posts it in", () => {
    expect(named("The Chilean Consulate in Quito issued a notice. Later, the Chilean Consulate closed its doors.")).toEqual([
      ["Chilean Consulate", "Chilean Consulate in Quito"],
      ["Chilean Consulate", "Chilean Consulate in Quito"],
    ]);
  });
  it("gives its sections the city too", () => {
    expect(named("Travelers may call the Visa Section of the Canadian Embassy in Lima or write to the Visa Section of the Canadian Embassy.")).toEqual([
      ["Visa Section of the Canadian Embassy", "Visa Section of the Canadian Embassy in Lima"],
      ["Visa Section of the Canadian Embassy", "Visa Section of the Canadian Embassy in Lima"],
    ]);
  });
  it("keeps a name with no city, or two cities, as written", () => {
    expect(named("The Consulate of Norway protested the decision.")).toEqual([["Consulate of Norway", "Consulate of Norway"]]);
    expect(named("The Italian Consulate in Recife and the Italian Consulate in Belem opened. The Italian Consulate closed later.").map((r) => r[1])).toEqual([
      "Italian Consulate in Recife",
      "Italian Consulate in Belem",
      "Italian Consulate",
    ]);
  });
  it("takes no calendar word for a city", () => {
    expect(named("The Swiss Consulate in January announced new rules.")).toEqual([["Swiss Consulate", "Swiss Consulate"]]);
  });
});

describe("a government's acronym by its state's initials (governmentAcronyms)", () => {
  it("is the government of the state the document names with those initials", () => {
    expect(named("Aid to Guyana rose. The GOG signed the accord, and GOG officials praised it.")).toEqual([
      ["GOG", "Government of Guyana"],
      ["GOG", "Government of Guyana"],
    ]);
    expect(named("In El Salvador, the GOES said the plan would hold.")).toEqual([["GOES", "Government of El Salvador"]]);
  });
  it("takes the most named state where several fit, none on a tie", () => {
    expect(named("Chile and Canada met, and Chile's minister said the GOC agreed. Chile will host.")).toEqual([["GOC", "Government of Chile"]]);
    expect(named("Chile and Canada met, and the GOC agreed.").map((r) => r[1])).not.toContain("Government of Chile");
  });
  it("is nothing where no state of the document fits, or in a line of capitals", () => {
    expect(named("The GOK said it would respond.").map((r) => r[1])).not.toContain("Government of Kenya");
    expect(named("Guatemala voted.\n\nTHE FIGHT GOES ON\n\nEl Salvador voted too.")).toEqual([]);
  });
  it("spells a state's initials from its name's capitals", () => {
    expect(stateInitials("Trinidad and Tobago")).toBe("TT");
    expect(stateInitials("El Salvador")).toBe("ES");
    expect(stateInitials("Honduras")).toBe("H");
  });
});

describe("an ordinal opening a unit's name (orderedUnits)", () => {
  it("is part of the name", () => {
    expect(named("The 5th Mountain Brigade and the 31st Infantry Division moved north.")).toEqual([
      ["5th Mountain Brigade", "5th Mountain Brigade"],
      ["31st Infantry Division", "31st Infantry Division"],
    ]);
  });
});

describe("capitalized words before a listed party's or movement's name (modifiedListed)", () => {
  it("name another body", () => {
    expect(named("Voters backed the Radical Democratic Party in the north.")).toEqual([["Radical Democratic Party", "Radical Democratic Party"]]);
    expect(named("The Mayan National Liberation Army took the town.").map((r) => r[1])).toEqual(["Mayan National Liberation Army"]);
  });

  it("name another command after a state's name, while the state's name alone names the listed one", () => {
    expect(named("The U.S. Army Forces Southern Command ran the school in the zone.").map((r) => r[1])).toEqual(["U.S. Army Forces Southern Command"]);
    expect(named("The U.S. Southern Command ran the exercise that spring.").map((r) => r[1])).toEqual(["U.S. Southern Command"]);
  });
});

describe("a committee's `on the` topic (connectors.topic.articleHeads)", () => {
  it("belongs to its name, even one word long", () => {
    expect(named("I thank the Subcommittee on the Budget and the Commission on the Status of Refugees.")).toEqual([
      ["Subcommittee on the Budget", "Subcommittee on the Budget"],
      ["Commission on the Status of Refugees", "Commission on the Status of Refugees"],
    ]);
  });
});

// Canonical names: a body's full official name, as the real-text gold gives it in every set that names it.
describe("United States bodies' canonical names", () => {
  it("are their full official names", () => {
    expect(named("Funding from USAID reached the coast.").map((r) => r[1])).toEqual(["United States Agency for International Development"]);
    expect(named("The U.S. Senate voted on Tuesday, and the U.S. House of Representatives followed.").map((r) => r[1])).toEqual([
      "United States Senate",
      "United States House of Representatives",
    ]);
  });
  it("read a common misnaming of Customs and Border Protection as that body", () => {
    expect(named("Agents of U.S. Customs and Border Patrol seized the truck.").map((r) => r[1])).toEqual(["U.S. Customs and Border Protection"]);
  });
});

// A Latin American group listed under its Spanish name takes its English name in English paragraphs (toMention).
describe("Mexican and Venezuelan groups in English paragraphs", () => {
  it("take their English names", () => {
    expect(named("The CJNG and the CDN fought near the border.").map((r) => r[1])).toEqual(["Jalisco New Generation Cartel", "Northeast Cartel"]);
    expect(named("Officers of the Cartel de los Soles were charged.").map((r) => r[1])).toEqual(["Cartel of the Suns"]);
  });
});

describe("an English seat's name that acts (seatNames)", () => {
  it("is the body it houses", () => {
    expect(named("Critics say the White House ignored the warnings.").map((r) => r[1])).toEqual(["White House"]);
  });
  it("is no body as a place or inside a title", () => {
    expect(named("The minister flew to the White House on Monday.")).toEqual([]);
    expect(named("She met the White House Drug Policy Adviser.").map((r) => r[1])).not.toContain("White House");
  });
});

describe("the Contras in English", () => {
  it("are named by the singular modifier and in lower case", () => {
    expect(named("Lawmakers cut Contra aid, and the contras lost ground.").map((r) => r[1])).toEqual(["Contras", "Contras"]);
  });
  it("are no Spanish preposition", () => {
    expect(named("La lucha contra la corrupción sigue.").map((r) => r[1])).not.toContain("Contras");
  });
});

describe("companies known by one name (organizations.json)", () => {
  it("are companies", () => {
    expect(named("The gang laundered money through Western Union and sold drugs on Telegram.").map((r) => r[1])).toEqual(["Western Union", "Telegram"]);
  });
  it("leave a law review's citation of a university alone", () => {
    expect(named("See 98 Stanford L. Rev. 12 (2001).").map((r) => r[1])).toEqual([]);
  });
});

describe("a listed program of a listed body", () => {
  it("is two mentions, the program and the body", () => {
    expect(named("Congress cut the Merida Initiative of the Department of State.").map((r) => r[0])).toEqual(["Merida Initiative", "Department of State"]);
  });
});

describe("a committee's or observatory's one-word `on` topic", () => {
  it("belongs to its name, a calendar word never", () => {
    expect(named("The Regional Observatory on Violence and the Committees on Appropriations met.").map((r) => r[0])).toEqual([
      "Regional Observatory on Violence",
      "Committees on Appropriations",
    ]);
    expect(named("The Joint Committee on Monday approved it.").map((r) => r[0])).toEqual(["Joint Committee"]);
  });
});

describe("a unit named by an ordinal in digits and its head alone (orderedUnits)", () => {
  it("is the unit, its ordinal in the name", () => {
    expect(named("Fighters of the rebels' 41st Front crossed the river, and the 9th Fleet watched.")).toEqual([
      ["41st Front", "41st Front"],
      ["9th Fleet", "9th Fleet"],
    ]);
  });
  it("leaves a head of another kind, a capitalized word after the head, an ordinal in words and a spaced-out ordinal alone", () => {
    expect(named("The 3rd Committee met on the 2nd Front Street corner; the Second Front and the 5th  Brigade did not.").map((r) => r[0])).not.toContain("3rd Committee");
    expect(named("They walked down 2nd Front Street to the harbor.")).toEqual([]);
    expect(named("A 5th  Brigade veteran spoke.")).toEqual([]);
  });
});

describe("museums and registries (heads)", () => {
  it("are bodies by their head", () => {
    expect(named("Records at the National Registry of Voters and the Maritime History Museum were burned.")).toEqual([
      ["National Registry of Voters", "National Registry of Voters"],
      ["Maritime History Museum", "Maritime History Museum"],
    ]);
  });
});

describe("a broadcaster opened by Radio or TV (outletOpeners)", () => {
  it("is a company named by the opener and the capitalized words after it", () => {
    expect(named("A reporter for Radio Velanda said the road was closed, and TV Quarzo showed it.")).toEqual([
      ["Radio Velanda", "Radio Velanda"],
      ["TV Quarzo", "TV Quarzo"],
    ]);
  });
  it("leaves an opener before an ordinary noun, and a longer capitalized run, alone", () => {
    expect(named("The Radio Frequency Identification tags and the TV Series were sold.")).toEqual([]);
    expect(named("The Velanda Radio Quarzo Morning Show aired.").map((r) => r[0])).not.toContain("Radio Quarzo");
  });
});

describe("artillery and infantry units (heads)", () => {
  it("are military bodies by their head", () => {
    expect(named("The Royal Velandan Horse Artillery and the Quarzan Marine Infantry paraded.")).toEqual([
      ["Royal Velandan Horse Artillery", "Royal Velandan Horse Artillery"],
      ["Quarzan Marine Infantry", "Quarzan Marine Infantry"],
    ]);
  });
});

describe("a news digest's clip credit (clip-credits.ts)", () => {
  it("reads the capitalized words before a dated credit and a reporting verb as the outlet", () => {
    expect(named("Port Closed After Storm\nHarbor Velandan (04/11, Quarzo) reported that the port closed.")).toEqual([["Harbor Velandan", "Harbor Velandan"]]);
    expect(named("Two Held In Raid\nThe Quarzo Ledger (4/12) also reported the raid.")).toEqual([["Quarzo Ledger", "Quarzo Ledger"]]);
  });
  it("needs the reporting verb and the date", () => {
    expect(named("Harbor Velandan (04/11, Quarzo) sailed home.")).toEqual([]);
    expect(named("Harbor Velandan (Quarzo) reported that the port closed.")).toEqual([]);
  });
});
