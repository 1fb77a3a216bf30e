import { existsSync, readFileSync } from "node:fs";
import { isAbsolute } from "node:path";
import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

interface Tagged {
  text: string;
  iso3: unknown;
  rule: string;
}

/** The country mentions of a text, as raw characters with their code and rule. */
function tag(raw: string): Tagged[] {
  const doc = analyze(raw, { docId: "test" });
  return [...countryExtractor.extract(doc)].map((m) => ({
    text: doc.rawText(m.start, m.end),
    iso3: m.attrs.iso3,
    rule: m.rule,
  }));
}

const pairs = (raw: string) => tag(raw).map((t) => [t.text, t.iso3]);

describe("country names, short forms and demonyms", () => {
  it("tags names without a leading `the` or a possessive", () => {
    expect(pairs("Delegates from the Dominican Republic praised Ecuador's coast guard and the United States.")).toEqual([
      ["Dominican Republic", "DOM"],
      ["Ecuador", "ECU"],
      ["United States", "USA"],
    ]);
  });

  it("tags short forms with their rule", () => {
    expect(tag("The U.S. and the UK signed; the USA and U.K. observed.")).toEqual([
      { text: "U.S.", iso3: "USA", rule: "short_form" },
      { text: "UK", iso3: "GBR", rule: "short_form" },
      { text: "USA", iso3: "USA", rule: "short_form" },
      { text: "U.K.", iso3: "GBR", rule: "short_form" },
    ]);
  });

  it("tags singular and plural demonyms, including forms the source data lacks", () => {
    expect(tag("Many Nicaraguans and a Salvadoran officer joined Belizean and Argentinian units.")).toEqual([
      { text: "Nicaraguans", iso3: "NIC", rule: "demonym" },
      { text: "Salvadoran", iso3: "SLV", rule: "demonym" },
      { text: "Belizean", iso3: "BLZ", rule: "demonym" },
      { text: "Argentinian", iso3: "ARG", rule: "demonym" },
    ]);
  });

  it("tags countries inside the names of other things", () => {
    expect(pairs("The Royal Canadian Navy, the Bolivian National Police and U.S. Northern Command backed Plan Mexico.")).toEqual([
      ["Canadian", "CAN"],
      ["Bolivian", "BOL"],
      ["U.S.", "USA"],
      ["Mexico", "MEX"],
    ]);
  });

  it("tags the country after a prefix the tokenizer keeps in one token", () => {
    expect(pairs("Anti-American and pro-Russian voices, non-Cuban crews, Inter-American courts.")).toEqual([
      ["American", "USA"],
      ["Russian", "RUS"],
      ["Cuban", "CUB"],
    ]);
  });

  it("leaves a short form fused to a currency sign to the amount", () => {
    expect(pairs("A U.S.$40 million loan from the U.S. Treasury.")).toEqual([["U.S.", "USA"]]);
  });

  it("leaves a short form spaced before a dollar amount, or after one, to the amount", () => {
    expect(pairs("A US $15 million bounty, then $47 million U.S. seized and $3 bn US a year by Mexico.")).toEqual([["Mexico", "MEX"]]);
  });

  it("tags a country's name a space before a dollar amount: the state paid, not the currency", () => {
    expect(pairs("The plan pays Honduras $6 million a year and Costa Rica $2 million more.")).toEqual([
      ["Honduras", "HND"],
      ["Costa Rica", "CRI"],
    ]);
  });

  it("tags a short form that names the state beside an amount", () => {
    expect(pairs("It gave $5 million in U.S. aid; the U.S. $ figures and the US 2020 budget grew.")).toEqual([
      ["U.S.", "USA"],
      ["U.S.", "USA"],
      ["US", "USA"],
    ]);
  });

  it("tags Spanish and Portuguese names", () => {
    expect(pairs("The Policía Nacional del Perú and the Marinha do Brasil met.")).toEqual([
      ["Perú", "PER"],
      ["Brasil", "BRA"],
    ]);
  });

  it("tags Spanish and Portuguese demonyms inside names", () => {
    expect(pairs("The Armada Paraguaya, the Comisión Mexicana de Ayuda a Refugiados and the Polícia Federal Brasileira met.")).toEqual([
      ["Paraguaya", "PRY"],
      ["Mexicana", "MEX"],
      ["Brasileira", "BRA"],
    ]);
  });

  it("tags all-caps headings with the heading rule", () => {
    expect(tag("NICARAGUA:\nThe army patrols the border.\n\nEL SALVADOR\n\nGangs remain strong.")).toEqual([
      { text: "NICARAGUA", iso3: "NIC", rule: "heading" },
      { text: "EL SALVADOR", iso3: "SLV", rule: "heading" },
    ]);
  });

  it("maps names cut by line-break hyphenation or a line break back to the raw characters", () => {
    expect(pairs("Troops from Nica-\nragua and from Costa\nRica patrolled the border with Vene-\nzuela.")).toEqual([
      ["Nica-\nragua", "NIC"],
      ["Costa\nRica", "CRI"],
      ["Vene-\nzuela", "VEN"],
    ]);
  });

  it("gives every mention a known rule and a confidence in [0, 1]", () => {
    const doc = analyze("Americans, Korea, Salvador-Honduras trade, JAMAICA: Jamaican U.S. policy.", { docId: "t" });
    const mentions = [...countryExtractor.extract(doc)];
    expect(mentions.length).toBe(7);
    for (const m of mentions) {
      expect(["name", "short_form", "demonym", "heading"]).toContain(m.rule);
      expect(m.confidence).toBeGreaterThanOrEqual(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
      expect(m.type).toBe("country");
    }
  });
});

describe("web addresses and file paths", () => {
  it("does not read a country in a file path or web address as a mention", () => {
    expect(pairs("Download /docs/briefs/Case%20note%20-%20Belize.pdf or visit https://example.org/guatemala/notes today.")).toEqual([]);
    expect(pairs("The map Peru-Coast.png shows the border.")).toEqual([]);
  });

  it("still reads names joined by a slash and names ending a sentence", () => {
    expect(pairs("The U.S./Mexico border is long. We left for Belize.")).toEqual([
      ["U.S.", "USA"],
      ["Mexico", "MEX"],
      ["Belize", "BLZ"],
    ]);
  });

  it("reads the French spelling Haïti", () => {
    expect(pairs("Aid reached Haïti last week.")).toEqual([["Haïti", "HTI"]]);
  });
});

describe("regions and blocs are not countries", () => {
  it("blocks countries and demonyms inside region names", () => {
    expect(
      pairs(
        "Latin American and Central American ministers met in South America, the Caribbean and the Northern Triangle, with Inter-American and Pan-American bodies of the Western Hemisphere.",
      ),
    ).toEqual([]);
  });

  it("blocks cities, features and states that carry a country name", () => {
    expect(pairs("Flights from Mexico City over the Gulf of Mexico reached New Mexico and Guatemala City.")).toEqual([]);
    expect(pairs("British Columbia is not Colombia.")).toEqual([["Colombia", "COL"]]);
    expect(pairs("Extortion spread in the State of Mexico and along the Paraguay River and the Paraná-Paraguay waterway.")).toEqual([]);
  });

  it("reads a country name next to a geographic head word as the feature", () => {
    expect(pairs("Boats crossed Lake Nicaragua, the Paraguay River and the Strait of Gibraltar to reach the Panama Canal.")).toEqual([
      ["Panama", "PAN"],
    ]);
  });

  it("lets a region spelled like a demonym win over the demonym", () => {
    expect(pairs("Central African states met the Central African Republic.")).toEqual([["Central African Republic", "CAF"]]);
  });
});

describe("American: the United States or the Americas", () => {
  it("reads American alone as the United States", () => {
    expect(pairs("American advisers trained the unit; Americans funded it.")).toEqual([
      ["American", "USA"],
      ["Americans", "USA"],
    ]);
  });

  it("reads American before a noun gathering the hemisphere as the Americas", () => {
    expect(pairs("The Organization of American States asked American countries and the American continent to act.")).toEqual([]);
  });

  it("reads American inside region and ethnic names as not the United States", () => {
    expect(pairs("South American navies and African American veterans attended.")).toEqual([]);
  });
});

describe("Salvador", () => {
  it("is El Salvador alone or in full, never inside San Salvador or a person's name", () => {
    expect(pairs("From San Salvador, El Salvador, to the Salvador-Guatemala border, said Salvador Mendez.")).toEqual([
      ["El Salvador", "SLV"],
      ["Salvador", "SLV"],
      ["Guatemala", "GTM"],
    ]);
  });
});

describe("names that are also places inside another country", () => {
  it("reads a short name before a comma and another country as a city", () => {
    expect(pairs("Ports in Salvador, Brazil, and Trinidad, Bolivia, differ from Trinidad.")).toEqual([
      ["Brazil", "BRA"],
      ["Bolivia", "BOL"],
      ["Trinidad", "TTO"],
    ]);
  });
});

describe("a person-like name in a list of countries", () => {
  it("reads it as the country between countries joined by commas or a conjunction", () => {
    expect(pairs("Donors such as Canada, Jordan, Norway and Peru pledged funds.")).toEqual([
      ["Canada", "CAN"], ["Jordan", "JOR"], ["Norway", "NOR"], ["Peru", "PER"],
    ]);
    expect(pairs("Países como Holanda, Uruguay y Chile prohibieron los teléfonos en las aulas.")).toEqual([
      ["Holanda", "NLD"], ["Uruguay", "URY"], ["Chile", "CHL"],
    ]);
  });

  it("still reads a city before its country as the city", () => {
    expect(pairs("The envoy flew to Salvador, Brazil, last week and then to Trinidad, Bolivia.")).toEqual([["Brazil", "BRA"], ["Bolivia", "BOL"]]);
  });
});

describe("names that are also words or people", () => {
  it("needs a capital letter", () => {
    expect(pairs("They ate turkey, counted the chad, and crossed into Turkey and Chad.")).toEqual([
      ["Turkey", "TUR"],
      ["Chad", "TCD"],
    ]);
  });

  it("rejects a country name used as a given name or surname", () => {
    expect(pairs("Chad Whitfield and Georgia Lane met Michael Jordan.")).toEqual([]);
  });

  it("keeps a country name before an institution word or after a function word", () => {
    expect(pairs("The Jordan Armed Forces trained with Georgia. Relations With Chad improved.")).toEqual([
      ["Jordan", "JOR"],
      ["Georgia", "GEO"],
      ["Chad", "TCD"],
    ]);
  });

  it("tells Guinea and Niger from longer names", () => {
    expect(pairs("Guinea, Guinea-Bissau, Papua New Guinea, Niger and Nigeria, but not the Niger Delta.")).toEqual([
      ["Guinea", "GIN"],
      ["Guinea-Bissau", "GNB"],
      ["Papua New Guinea", "PNG"],
      ["Niger", "NER"],
      ["Nigeria", "NGA"],
    ]);
  });
});

describe("Korea", () => {
  it("is South Korea alone", () => {
    expect(pairs("Korea and Japan signed a treaty.")).toEqual([
      ["Korea", "KOR"],
      ["Japan", "JPN"],
    ]);
  });

  it("is North Korea when the text names only North Korea", () => {
    expect(pairs("North Korea tested missiles. Korea's regime denied it.")).toEqual([
      ["North Korea", "PRK"],
      ["Korea", "PRK"],
    ]);
  });

  it("stays South Korea when the text names both", () => {
    expect(pairs("North Korea threatened South Korea. Korea responded.")).toEqual([
      ["North Korea", "PRK"],
      ["South Korea", "KOR"],
      ["Korea", "KOR"],
    ]);
  });
});

describe("Dominica and the Dominican Republic", () => {
  it("tells them apart and reads Dominican as the Dominican Republic", () => {
    expect(pairs("Dominica and the Dominican Republic host Dominican migrants.")).toEqual([
      ["Dominica", "DMA"],
      ["Dominican Republic", "DOM"],
      ["Dominican", "DOM"],
    ]);
  });

  it("reads Dominican as Dominica when the text names only Dominica", () => {
    expect(pairs("Dominica held elections; Dominican voters turned out.")).toEqual([
      ["Dominica", "DMA"],
      ["Dominican", "DMA"],
    ]);
  });
});

describe("US and us", () => {
  it("needs the exact case", () => {
    expect(pairs("Let us thank the US delegation; us and Us are pronouns.")).toEqual([["US", "USA"]]);
  });

  it("is the pronoun after an object-taking word in all-caps text, the country elsewhere", () => {
    expect(pairs("JOIN US FOR THE SESSION\n\nTHE US AND ITS NEIGHBORS\n\nThe US navy sailed with us.")).toEqual([
      ["US", "USA"],
      ["US", "USA"],
    ]);
  });
});

describe("demonyms that name languages", () => {
  it("is the language before a language word or as a bare noun after a speech word", () => {
    expect(pairs("Its Portuguese initials, Spanish-speaking staff, and a text in French.")).toEqual([]);
  });

  it("is the country before other nouns", () => {
    expect(pairs("The Spanish navy and French troops arrived.")).toEqual([
      ["Spanish", "ESP"],
      ["French", "FRA"],
    ]);
  });
});

describe("data files", () => {
  it("lists absolute paths that exist", () => {
    for (const p of countryExtractor.dataFiles ?? []) {
      expect(isAbsolute(p)).toBe(true);
      expect(existsSync(p)).toBe(true);
    }
  });

  it("keeps the world-countries attribution and a sorted country list", () => {
    const path = countryExtractor.dataFiles!.find((p) => p.endsWith("countries.json"))!;
    const data = JSON.parse(readFileSync(path, "utf8")) as { source: string; license: string; countries: { iso3: string; names: string[] }[] };
    expect(data.source).toMatch(/world-countries/);
    expect(data.license).toMatch(/ODbL/);
    const codes = data.countries.map((c) => c.iso3);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain("PRK");
    for (const c of data.countries) expect(c.names).toEqual([...c.names].sort());
  });
});

describe("Caribbean short names", () => {
  it("reads `Turks and Caicos` as the territory, not Turkey", () => {
    expect(pairs("Patrols near the Turks and Caicos and Turks & Caicos waters.")).toEqual([
      ["Turks and Caicos", "TCA"],
      ["Turks & Caicos", "TCA"],
    ]);
  });
});

describe("U.S. states that share a country's name", () => {
  const iso = (text: string) => [...countryExtractor.extract(analyze(text, { docId: "s" }))].map((m) => `${text.slice(m.start, m.end)}:${String(m.attrs.iso3)}`);
  it("reads Georgia as the state after a place and a comma, after `state of`, or among states", () => {
    expect(iso("Troops trained at Fort Benning, Georgia last year.")).toEqual([]);
    expect(iso("Ports in Florida, Georgia and Texas were inspected.")).toEqual([]);
    expect(iso("The state of Georgia passed a law.")).toEqual([]);
  });
  it("keeps Georgia the country among countries and on its own", () => {
    expect(iso("Russia, Georgia and Ukraine signed.")).toEqual(["Russia:RUS", "Georgia:GEO", "Ukraine:UKR"]);
    expect(iso("Georgia sent observers to the mission.")).toEqual(["Georgia:GEO"]);
  });
  it("does not read a country inside a city's name", () => {
    expect(iso("The ministers met in Port of Spain and Spanish Town.")).toEqual([]);
  });
});

describe("a language named before a function word", () => {
  it("is the language in `known in Spanish as`, the country before a noun", () => {
    const iso = (text: string) => [...countryExtractor.extract(analyze(text, { docId: "l" }))].map((m) => text.slice(m.start, m.end));
    expect(iso("The unit is known in Spanish as the Fuerza Especial.")).toEqual([]);
    expect(iso("Officers trained in Spanish territory.")).toEqual(["Spanish"]);
  });
});

describe("languages in a coordinated list", () => {
  it("are all languages when one of them is", () => {
    const iso = (text: string) => [...countryExtractor.extract(analyze(text, { docId: "l" }))].map((m) => text.slice(m.start, m.end));
    expect(iso("Courses in Spanish and Portuguese were offered.")).toEqual([]);
    expect(iso("Manuals exist in French, Spanish or Dutch.")).toEqual([]);
    expect(iso("Spanish and Portuguese troops arrived.")).toEqual(["Spanish", "Portuguese"]);
  });
});

describe("a country name that is a person's surname", () => {
  it("reads Monaco after a given name as a person", () => {
    expect(pairs("The envoy met Deputy Secretary Lisa Monaco and later flew to Monaco.")).toEqual([["Monaco", "MCO"]]);
    expect(pairs("The envoy met Deputy Secretary Lisa Monaco in May.")).toEqual([]);
  });
});

describe("a country code quoted as a value", () => {
  it("tags an ISO alpha-3 code between quotes, as program code and data files write it", () => {
    expect(pairs(`const route = { from: "PER", to: 'NLD', via: \`PAN\` };`)).toEqual([
      ["PER", "PER"],
      ["NLD", "NLD"],
      ["PAN", "PAN"],
    ]);
  });

  it("leaves unquoted codes, codes of no state, and quotes inside words alone", () => {
    expect(pairs(`The team ran "XYZ" tests on PER files; 'ABCs' and the FOO'PER' label are not codes.`)).toEqual([]);
  });
});

describe("a country code in a cable's TAGS line", () => {
  it("tags the two-letter codes of a TAGS line, ended by a line break or SUBJECT", () => {
    expect(pairs("E.O. 12958: N/A\nTAGS: PREL PGOV AR, BR\nSUBJECT: TALKS ON TRADE")).toEqual([
      ["AR", "ARG"],
      ["BR", "BRA"],
    ]);
    expect(pairs("E.O. 12958: N/A&#x000A;TAGS: SNAR KCRM CL&#x000A;SUBJECT: PORT SEIZURES IN CA AND PE")).toEqual([["CL", "CHL"]]);
  });

  it("leaves two capitals outside a TAGS line, and codes of no state, alone", () => {
    expect(pairs("Tags: crime, CL\nTAGS: PREL ZZ\nThe CL and PE units met.")).toEqual([]);
  });
});

describe("a lower-case country name as a markup element's value", () => {
  it("tags the whole value of an element that opens its line or follows another tag", () => {
    expect(pairs("<doc>\n<PLACES><D>peru</D><D>el-salvador</D><D>uk</D></PLACES>\n<BODY>Ministers met in Lima on Monday.</BODY>\n</doc>")).toEqual([
      ["peru", "PER"],
      ["el-salvador", "SLV"],
      ["uk", "GBR"],
    ]);
  });

  it("leaves inline markup in prose, values that name no state, demonyms and quoted words alone", () => {
    expect(pairs(`<p>We ate <b>turkey</b> and chile in May.</p>\n<tag><t>coffee</t><t>mexican</t></tag>\nTags: ['chile', 'rates'].`)).toEqual([]);
  });
});

describe("islands of the Caribbean Netherlands", () => {
  it("tags Bonaire and Sint Eustatius as the Caribbean Netherlands", () => {
    expect(pairs("Boats left Aruba for Bonaire and Sint Eustatius, then Curaçao.")).toEqual([
      ["Aruba", "ABW"],
      ["Bonaire", "BES"],
      ["Sint Eustatius", "BES"],
      ["Curaçao", "CUW"],
    ]);
  });

  it("leaves a sentence naming only other islands as it was", () => {
    expect(pairs("Boats left Aruba for Jamaica, then Curaçao.")).toEqual([
      ["Aruba", "ABW"],
      ["Jamaica", "JAM"],
      ["Curaçao", "CUW"],
    ]);
  });
});

describe("former states", () => {
  it("tags the Soviet Union and Yugoslavia under their ISO 3166-3 codes", () => {
    expect(pairs("Arms reached the islands from the Soviet Union, later from the USSR's successors and from Yugoslavia.")).toEqual([
      ["Soviet Union", "SUN"],
      ["USSR", "SUN"],
      ["Yugoslavia", "YUG"],
    ]);
  });

  it("tags the adjective Soviet and the noun Soviets as the Soviet Union, the Union itself as one span", () => {
    expect(pairs("Soviet advisers left when the Soviets lost interest; the Soviet Union fell.")).toEqual([
      ["Soviet", "SUN"],
      ["Soviets", "SUN"],
      ["Soviet Union", "SUN"],
    ]);
  });

  it("tags East Germany and Czechoslovakia, their adjectives too, under their ISO 3166-3 codes", () => {
    expect(pairs("East German and Czechoslovak arms reached Cuba from East Germany and Czechoslovakia; West Germany objected.")).toEqual([
      ["East German", "DDR"],
      ["Czechoslovak", "CSK"],
      ["Cuba", "CUB"],
      ["East Germany", "DDR"],
      ["Czechoslovakia", "CSK"],
      ["West Germany", "DEU"],
    ]);
  });

  it("leaves a sentence about today's states as it was", () => {
    expect(pairs("Arms reached the islands from Russia, later from Serbia and from Cuba.")).toEqual([
      ["Russia", "RUS"],
      ["Serbia", "SRB"],
      ["Cuba", "CUB"],
    ]);
  });
});

describe("short forms with spaced initials", () => {
  it("tags U. S. and U. S. A. written with a space after each point", () => {
    expect(pairs("Troops trained by U. S. officers met envoys of the U. S. A. in Panama.")).toEqual([
      ["U. S.", "USA"],
      ["U. S. A.", "USA"],
      ["Panama", "PAN"],
    ]);
  });

  it("leaves initials of a person and the closed short form as they were", () => {
    expect(pairs("Judge S. U. Lee met U.S. officers in Panama.")).toEqual([
      ["U.S.", "USA"],
      ["Panama", "PAN"],
    ]);
  });
});

describe("a short form the document defines for a state", () => {
  it("tags a short form spelled from the country name before it, everywhere in the text", () => {
    expect(pairs("Shipping to HN\nImporters in Honduras (HN) pay duties; in HN the threshold is low.")).toEqual([
      ["HN", "HND"],
      ["Honduras", "HND"],
      ["HN", "HND"],
      ["HN", "HND"],
    ]);
  });

  it("leaves an acronym after a country that is not spelled from it, and a text without a definition, as they were", () => {
    expect(pairs("The Revolutionary Armed Forces of Colombia (FARC) met FARC leaders in Honduras.")).toEqual([
      ["Colombia", "COL"],
      ["Honduras", "HND"],
    ]);
    expect(pairs("Importers in Honduras pay duties; in HN the threshold is low.")).toEqual([["Honduras", "HND"]]);
  });
});

describe("places named after a state", () => {
  it("leaves Australian states and a district or province named after a state untagged", () => {
    expect(pairs("Cocaine reached Western Australia and South Australia from Panama City, the District of Panama and the Province of Panama.")).toEqual([]);
  });

  it("leaves Northern Ireland, a part of the United Kingdom like England, untagged rather than read as Ireland", () => {
    expect(pairs("Police from Northern Ireland and Northern Irish judges met officers from Ireland and the UK.")).toEqual([
      ["Ireland", "IRL"],
      ["UK", "GBR"],
    ]);
  });

  it("tags the states themselves, and a republic named after its own name", () => {
    expect(pairs("Cocaine reached Australia from the Republic of Panama and the Australian coast.")).toEqual([
      ["Australia", "AUS"],
      ["Republic of Panama", "PAN"],
      ["Australian", "AUS"],
    ]);
  });
});

describe("Indian as a native people of the Americas", () => {
  it("leaves Indians after the people's name and Indian before a word of native affairs untagged", () => {
    expect(pairs("The army drove the Miskito Indians from Nicaragua; Indian tribes and Indian Country met in Canada.")).toEqual([
      ["Nicaragua", "NIC"],
      ["Canada", "CAN"],
    ]);
  });

  it("tags Indian and Indians naming India", () => {
    expect(pairs("The Indian government and many Indians in Canada welcomed it. Indian troops left.")).toEqual([
      ["Indian", "IND"],
      ["Indians", "IND"],
      ["Canada", "CAN"],
      ["Indian", "IND"],
    ]);
  });
});

describe("Columbian, a common misspelling of Colombian", () => {
  it("tags Columbian and Columbians as Colombia", () => {
    expect(pairs("The Columbian cartel paid Columbians in Panama.")).toEqual([
      ["Columbian", "COL"],
      ["Columbians", "COL"],
      ["Panama", "PAN"],
    ]);
  });

  it("leaves pre-Columbian, British Columbian and the District of Columbia untagged", () => {
    expect(pairs("Pre-Columbian art, pre-Columbian sites and British Columbian police reached the District of Columbia.")).toEqual([]);
  });
});

describe("a name after an elided French or Italian word", () => {
  it("tags the name written onto d' or l' with an apostrophe", () => {
    expect(pairs("The Police Nationale d'Haïti and l'Argentine signed; the République d'Haïti agreed.")).toEqual([
      ["Haïti", "HTI"],
      ["Argentine", "ARG"],
      ["République d'Haïti", "HTI"],
    ]);
  });

  it("leaves a name with an apostrophe that is no elision, and Côte d'Ivoire, as they were", () => {
    expect(pairs("O'Brien flew from Haiti's capital to Côte d'Ivoire.")).toEqual([
      ["Haiti", "HTI"],
      ["Côte d'Ivoire", "CIV"],
    ]);
  });
});

describe("a language opening a gloss in parentheses", () => {
  it("leaves (Portuguese for …) and (Spanish for …) untagged", () => {
    expect(pairs("The banqueiros (Portuguese for bankers) and the sicarios (Spanish for hitmen) met in Brazil.")).toEqual([["Brazil", "BRA"]]);
  });

  it("tags a demonym in parentheses that is no gloss, and one before for", () => {
    expect(pairs("The banks (Portuguese and Spanish) paid; Portuguese for decades, they met in Brazil.")).toEqual([
      ["Portuguese", "PRT"],
      ["Spanish", "ESP"],
      ["Portuguese", "PRT"],
      ["Brazil", "BRA"],
    ]);
  });
});

describe("an English demonym written with an accent it lacks", () => {
  it("leaves the Spanish given name Germán untagged", () => {
    expect(pairs("Councilman Germán Cruz of Bogotá met Colombian police.")).toEqual([["Colombian", "COL"]]);
  });

  it("tags the demonym as written, and a demonym listed with its accent", () => {
    expect(pairs("Councilman Rolf Weber met German and Curaçaoan police.")).toEqual([
      ["German", "DEU"],
      ["Curaçaoan", "CUW"],
    ]);
  });
});

describe("the Virgin Islands", () => {
  it("tags the U.S. Virgin Islands as one span, and the Virgin Islands alone as the U.S. territory", () => {
    expect(pairs("Guam, the U.S. Virgin Islands and Puerto Rico; residents of the Virgin Islands.")).toEqual([
      ["Guam", "GUM"],
      ["U.S. Virgin Islands", "VIR"],
      ["Puerto Rico", "PRI"],
      ["Virgin Islands", "VIR"],
    ]);
  });

  it("reads the Virgin Islands alone as British in a text that names only the British Virgin Islands", () => {
    expect(pairs("Boats left the British Virgin Islands; the Virgin Islands police met them.")).toEqual([
      ["British Virgin Islands", "VGB"],
      ["Virgin Islands", "VGB"],
    ]);
  });
});

describe("colonial names of today's states", () => {
  it("tags British Guiana as Guyana and Dutch Guiana as Suriname, each one span, like British Honduras", () => {
    expect(pairs("Ships from British Guiana, Dutch Guiana and British Honduras.")).toEqual([
      ["British Guiana", "GUY"],
      ["Dutch Guiana", "SUR"],
      ["British Honduras", "BLZ"],
    ]);
  });

  it("leaves British and Dutch ships and French Guiana as they were", () => {
    expect(pairs("British and Dutch ships reached French Guiana.")).toEqual([
      ["British", "GBR"],
      ["Dutch", "NLD"],
      ["French Guiana", "GUF"],
    ]);
  });
});

describe("a dotted short form after a hyphen", () => {
  it("tags U.S. and U.K. the tokenizer split after a hyphen or a prefix", () => {
    expect(pairs("The Brazil-U.S. dialogue and the EU-U.K. talks drew non-U.S. observers and then-U.S. envoys.")).toEqual([
      ["Brazil", "BRA"], ["U.S.", "USA"], ["U.K.", "GBR"], ["U.S.", "USA"], ["U.S.", "USA"],
    ]);
    expect(pairs("A U.S-Peru working group met in the morning.")).toEqual([["U.S", "USA"], ["Peru", "PER"]]);
  });

  it("leaves longer abbreviations and ordinary short forms as they were", () => {
    expect(pairs("Under 10 U.S.C. 113 the U.S. Virgin Islands and the U.S.-led mission in the U.S. answer to Congress.")).toEqual([
      ["U.S. Virgin Islands", "VIR"], ["U.S.", "USA"], ["U.S.", "USA"],
    ]);
  });
});

describe("lists of languages", () => {
  it("leaves a site's language menu untagged, one name a line, with qualifiers and Haitian Creole", () => {
    const menu = "Pick a language\nEnglish\nAfrikaans\nAlbanian\nChinese (Simplified)\nChinese (Traditional)\nHaitian Creole\nIrish\nPolish\nSwahili\n\nPolish police met Irish envoys.";
    expect(pairs(menu)).toEqual([["Polish", "POL"], ["Irish", "IRL"]]);
  });

  it("tags demonyms beside one bare language name across lines, and coordinated with one", () => {
    expect(pairs("English\nFrench troops landed. English and French colonists met Polish traders.")).toEqual([
      ["French", "FRA"], ["French", "FRA"], ["Polish", "POL"],
    ]);
  });

  it("carries a language use across a bare language name in a coordinated list", () => {
    expect(pairs("The leaflet, printed in Spanish, Arabic and French, reached Mexico.")).toEqual([["Mexico", "MEX"]]);
  });
});

describe("overseas territories and former states by their usual names", () => {
  it("tags the Falklands, the Malvinas, St. Helena, St. Maarten and the Netherlands Antilles", () => {
    expect(pairs("Ships sailed from the Falklands (the Malvinas) to St. Helena, Tristan da Cunha, St. Maarten and the Netherlands Antilles.")).toEqual([
      ["Falklands", "FLK"], ["Malvinas", "FLK"], ["St. Helena", "SHN"], ["Tristan da Cunha", "SHN"], ["St. Maarten", "SXM"], ["Netherlands Antilles", "ANT"],
    ]);
  });

  it("tags South Yemen, the Union of Soviet Socialist Republics and Grenadans", () => {
    expect(pairs("South Yemen and the Union of Soviet Socialist Republics armed them; Grenadans objected.")).toEqual([
      ["South Yemen", "YMD"], ["Union of Soviet Socialist Republics", "SUN"], ["Grenadans", "GRD"],
    ]);
  });
});

describe("a short word spelled like a foreign name without its accent", () => {
  it("leaves IRA and Ira (Portuguese Irã) untagged in English, and tags Iran", () => {
    expect(pairs("After an IRA bomb, Ira Jones flew to Iran and Oman.")).toEqual([["Iran", "IRN"], ["Oman", "OMN"]]);
  });
});

describe("references and citations", () => {
  it("leaves U.S. between a volume and a page untagged, and tags U.S. elsewhere", () => {
    expect(pairs("See Smith v. Jones, 512 U.S. 218 (1994), on U.S. waters.")).toEqual([["U.S.", "USA"]]);
  });

  it("leaves a short name as a reference's place of publication untagged", () => {
    expect(pairs("SOUZA, Ana. Portos do Atlântico. Salvador: Editora Mar, 2010. He then visited El Salvador.")).toEqual([["El Salvador", "SLV"]]);
  });
});

describe("markup is not prose", () => {
  it("tags a Markdown link's text, not its target or title", () => {
    const raw = "* Troops crossed into [Peru](/wiki/Peru \"Peru\") from [Bolivia](https://example.org/Bolivia).\n";
    expect(pairs(raw)).toEqual([
      ["Peru", "PER"],
      ["Bolivia", "BOL"],
    ]);
    expect(tag(raw).map((t) => raw.indexOf(t.text))).toEqual([raw.indexOf("[Peru") + 1, raw.indexOf("[Bolivia") + 1]);
  });

  it("does not tag a country named inside an HTML tag's attribute", () => {
    expect(pairs('<a href="/x" title="Chile">Santiago police</a> met officers from Chile.\n')).toEqual([["Chile", "CHL"]]);
  });
});

describe("misspelled long names", () => {
  it("reads a capitalized word one edit from a long name or demonym as that state", () => {
    expect(pairs("Oil exports from Venezuala fell, and Venezualan officials blamed sanctions.")).toEqual([
      ["Venezuala", "VEN"],
      ["Venezualan", "VEN"],
    ]);
    expect(pairs("GUERRILLAS ATTACKED A POST NEAR THE BORDER WITH VENEZULA.")).toEqual([["VENEZULA", "VEN"]]);
  });

  it("leaves listed real words, lower-case words and words that differ at their start", () => {
    expect(pairs("She studied at Columbia before moving to Colonia.")).toEqual([]);
    expect(pairs("a venezuala of sorts")).toEqual([]);
    // One edit in the ending is an inflection or another word, not a misspelling.
    expect(pairs("Leaders of the Americas met in the Vaticano gardens.")).toEqual([]);
  });
});

describe("wire service slugs", () => {
  it("reads no state in a slug's routing keyword, but does in the story", () => {
    const raw = [
      "r f AM-KENYA-REBELS   06-02 0089",
      "u w AM-Ghana Envoy, 1st Ld-Writethru,340",
      "BC-PERU-MINING-HNS",
      "NAIROBI, June 2 - Rebels attacked a convoy in Kenya near the border with Uganda.",
    ].join("\n");
    expect(pairs(raw)).toEqual([["Kenya", "KEN"], ["Uganda", "UGA"]]);
  });
});

describe("a real word one edit from a name", () => {
  it("reads Columbia as Colombia only in a list of states", () => {
    expect(pairs("The list names Bolivia, Columbia, Ecuador and Peru as producers.")).toEqual([
      ["Bolivia", "BOL"], ["Columbia", "COL"], ["Ecuador", "ECU"], ["Peru", "PER"],
    ]);
    expect(pairs("She studied at Columbia before her posting to Peru; the District of Columbia police met her.")).toEqual([["Peru", "PER"]]);
  });
});

describe("a lower-case state name a preposition places, in a paragraph with capitals", () => {
  it("tags a full name after a word that places a country", () => {
    expect(pairs("Great thread. Im from mexico and we moved to costa rica last May.")).toEqual([
      ["mexico", "MEX"],
      ["costa rica", "CRI"],
    ]);
  });

  it("takes the longest name a phrase grows into, and a name's first words alone are none", () => {
    expect(pairs("Nice post. We moved from costa to costa rica and then to trinidad and tobago.")).toEqual([
      ["costa rica", "CRI"],
      ["trinidad and tobago", "TTO"],
    ]);
    expect(pairs("Nice post. My cousins live in trinidad and then they write.")).toEqual([["trinidad", "TTO"]]);
  });

  it("leaves names without a preposition, words that lower-cased are words, short forms and demonyms", () => {
    expect(pairs("Tags: peru, mexico. We ate turkey in May, flew from us to uk and met mexican friends in chile.")).toEqual([]);
  });
});

describe("a country adjective after a combining form", () => {
  it("tags the country form after `Anglo-`, `Sino-` or `Trans-`, not the capitalized word of another place", () => {
    expect(pairs("The Anglo-Argentine war, Sino-American talks and the Trans-Canada road; Cap-Haïtien is a city.")).toEqual([
      ["Argentine", "ARG"],
      ["American", "USA"],
      ["Canada", "CAN"],
    ]);
  });
});

describe("names after a prefix, glued by a lost space, or in a person's name", () => {
  it("tags a name of several words after a prefix the tokenizer keeps (`non-United States`)", () => {
    expect(pairs("The freighter had a non-United States crew and joined an anti-United Kingdom rally.")).toEqual([
      ["United States", "USA"],
      ["United Kingdom", "GBR"],
    ]);
  });

  it("tags a name glued onto a preposition or a digit, not onto another word", () => {
    expect(pairs("The team flew inColombia last week; Radio7Belize aired it; the TransMexico firm paid.")).toEqual([
      ["Colombia", "COL"],
      ["Belize", "BLZ"],
    ]);
  });

  it("reads a name or demonym right after a listed given name as the person's name", () => {
    expect(pairs("Julio Argentino Roca met Maria Colombia, an Argentine envoy, in Colombia.")).toEqual([
      ["Argentine", "ARG"],
      ["Colombia", "COL"],
    ]);
  });

  it("reads a language opening a gloss with a colon", () => {
    expect(pairs("The Falkland Islands (Spanish: Islas Malvinas) lie east of Argentina.")).toEqual([
      ["Falkland Islands", "FLK"],
      ["Islas Malvinas", "FLK"],
      ["Argentina", "ARG"],
    ]);
  });

  it("tags the West Bank and Gaza as Palestine", () => {
    expect(pairs("Aid reached the West Bank and Gaza and Jordan.")).toEqual([
      ["West Bank and Gaza", "PSE"],
      ["Jordan", "JOR"],
    ]);
  });
});

describe("short forms beside a feature's head word, and a field value spelled as a demonym", () => {
  it("keeps a short form before a word that heads a feature's name (`US Delta Force`)", () => {
    expect(pairs("A US Delta Force team flew over the Niger Delta.")).toEqual([["US", "USA"]]);
  });

  it("reads a lower-case field value spelled like a Spanish demonym as the state", () => {
    expect(pairs("<PLACES><D>argentina</D><D>brazil</D></PLACES>\nGrain prices rose.")).toEqual([
      ["argentina", "ARG"],
      ["brazil", "BRA"],
    ]);
  });
});
