import { analyze, schwartzHearst } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { isAcronym } from "../../packages/extractors/src/organizations/acronyms.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";

/** What the pipeline hands the organization extractor: the text's country layer. */
const layers = (doc: ReturnType<typeof analyze>) => ({ country: [...countryExtractor.extract(doc, {})] });

interface Found {
  text: string;
  name: unknown;
  kind: unknown;
  rule: string;
  acronym?: unknown;
}

function orgs(text: string): Found[] {
  const doc = analyze(text, { docId: "test" });
  return [...organizationExtractor.extract(doc, layers(doc))].map((m) => ({
    text: doc.text.slice(m.start, m.end),
    name: m.attrs.name,
    kind: m.attrs.kind,
    rule: m.rule,
    ...(m.attrs.acronym ? { acronym: m.attrs.acronym } : {}),
  }));
}

const texts = (text: string) => orgs(text).map((o) => o.text);

describe("an acronym defined for the body a part belongs to", () => {
  it("defines the body its letters spell after `of the`, the part keeping its own name", () => {
    expect(orgs("A complaint reached the Northern Field Office of the Coastal Fisheries Authority (CFA) last year.").map((o) => [o.text, o.name])).toEqual([
      ["Northern Field Office", "Northern Field Office"],
      ["Coastal Fisheries Authority", "Coastal Fisheries Authority"],
      ["CFA", "Coastal Fisheries Authority"],
    ]);
  });
  it("keeps a head with no word of its own whole: its letters spell what it is the department of", () => {
    expect(texts("Funds came from the U.S. Department of Rivers and Harbor Services (RHS) in May.")).toEqual(["U.S. Department of Rivers and Harbor Services", "RHS"]);
  });
});

describe("names inside markup", () => {
  it("reads no organization inside an HTML tag, a link target or a web address", () => {
    expect(texts('Shipments rose sharply <a href="/files/DIA_Report_2041#page=3" class="cite">[4]</a> in the DIA estimate.')).toEqual(["DIA"]);
    expect(texts("The FBI file is at [this link](/docs/FBI-memo-12) and at https://www.fbi.gov/vault/x today.")).toEqual(["FBI"]);
  });
});

describe("places where people are held", () => {
  it("reads a detention center as a place, not a body", () => {
    expect(texts("He was moved to the Northside Detention Center on Friday.")).toEqual([]);
    expect(texts("The Northside Research Center studies prisons.")).toEqual(["Northside Research Center"]);
  });
});

describe("a plan of action", () => {
  it("reads a program head whose complement is Action as a plan, a document, in English and Spanish", () => {
    expect(texts("States reaffirmed the Lisbon Programme of Action and its review.")).toEqual([]);
    expect(texts("The Programme of Action to Curb Illegal Fishing was adopted in 2003.")).toEqual([]);
    expect(texts("Varios gobiernos apoyaron el Programa de Acción sobre pesca ilegal.")).toEqual([]);
    // A program with a name of its own stays a program.
    expect(texts("Funds went to the Regional Programme for Coastal Action this year.")).toEqual(["Regional Programme for Coastal Action"]);
    expect(texts("She joined the Northern Partnership for Action on River Pollution.")).toEqual(["Northern Partnership for Action on River Pollution"]);
  });
});

describe("English head words of bodies", () => {
  it("reads a Body, an Archive and a Patrol closing a capitalized name as a body", () => {
    expect(texts("The suspects were held, according to the Provincial Oversight Body in the capital.")).toEqual(["Provincial Oversight Body"]);
    expect(texts("Files released by the Hemispheric Policy Archive show the payments.")).toEqual(["Hemispheric Policy Archive"]);
    expect(texts("Officers of the Riverside County Patrol stopped the truck.")).toEqual(["Riverside County Patrol"]);
    // A lower-case body is no name.
    expect(texts("The student body voted on the new rules.")).toEqual([]);
  });
});

describe("organization extractor contract", () => {
  it("declares its type and the data files it reads", () => {
    expect(organizationExtractor.name).toBe("organizations");
    expect(organizationExtractor.types).toEqual(["organization"]);
    const files = organizationExtractor.dataFiles ?? [];
    expect(files.some((f) => f.endsWith("organizations.json"))).toBe(true);
    expect(files.some((f) => f.endsWith("org-patterns.json"))).toBe(true);
  });
});

describe("gazetteer", () => {
  it("finds listed names and acronyms with canonical name, kind and country", () => {
    const found = orgs("Officers of the Royal Canadian Mounted Police met colleagues from Carabineros and the DEA in Quito.");
    expect(found).toContainEqual(expect.objectContaining({ text: "Royal Canadian Mounted Police", kind: "police", rule: "gazetteer" }));
    expect(found).toContainEqual(expect.objectContaining({ text: "Carabineros", name: "Carabineros de Chile" }));
    expect(found).toContainEqual(expect.objectContaining({ text: "DEA", name: "Drug Enforcement Administration", acronym: "DEA" }));
  });

  it("matches Spanish and Portuguese forms to the English name in English text", () => {
    const found = orgs("Analysts compared the Primeiro Comando da Capital with the Clan del Golfo.");
    expect(found.map((o) => o.name)).toEqual(["First Capital Command", "Gulf Clan"]);
  });

  it("matches acronyms case-exactly", () => {
    expect(texts("The UN sent observers.")).toEqual(["UN"]);
    expect(texts("They were un peu tired and slept on ice.")).toEqual([]);
  });

  it("reads no listed acronym glued to a number or a word (a unit, a code), and still reads it spaced", () => {
    expect(texts("The annex is a 7.4MB file; the UN kept it.")).toEqual(["UN"]);
    expect(texts("The annex is 40UN pages long.")).toEqual([]);
    expect(texts("The annex reached the UN on Monday.")).toEqual(["UN"]);
  });
});

describe("listed short forms", () => {
  it("reads USG as the U.S. government and LNFM as the Michoacán group", () => {
    expect(orgs("The USG funded the port project, and LNFM cells moved south.").map((o) => [o.text, o.name])).toEqual([
      ["USG", "Government of the United States"],
      ["LNFM", "La Nueva Familia Michoacana"],
    ]);
  });
});

describe("serial portfolio lists", () => {
  it("keeps a head's complement listed with commas and a closing and/y/e in one name", () => {
    expect(texts("Funds came from the Ministry of Fisheries, Forests, and Rivers last year.")).toEqual(["Ministry of Fisheries, Forests, and Rivers"]);
    expect(texts("La Secretaría de Turismo, Cultura y Deporte abrió la convocatoria.")).toEqual(["Secretaría de Turismo, Cultura y Deporte"]);
  });

  it("does not run a name over a list of bodies or states", () => {
    expect(texts("Envoys of the Ministry of Defense, Army and Navy met.")).not.toContain("Ministry of Defense, Army and Navy");
    expect(texts("The Ministry of Defense, Peru and Chile signed the plan.")).not.toContain("Ministry of Defense, Peru and Chile");
  });
});

describe("glossed names", () => {
  it("gives a parenthesized foreign name and its acronym the name the text uses", () => {
    const found = orgs("Its forces are the Northern Coastal Guard (Guardia Costera del Norte, GCN; created in 1999). The GCN patrols the gulf.");
    expect(found.map((o) => [o.text, o.name])).toEqual([
      ["Northern Coastal Guard", "Northern Coastal Guard"],
      ["Guardia Costera del Norte", "Northern Coastal Guard"],
      ["GCN", "Northern Coastal Guard"],
      ["GCN", "Northern Coastal Guard"],
    ]);
  });

  it("takes the words before the parenthesis as the name when the acronym spells the gloss", () => {
    const found = orgs("The island also keeps a Volunteer Harbor Watch (Vigilancia Portuaria Voluntaria or VPV) on call.");
    expect(found.map((o) => [o.text, o.name])).toEqual([
      ["Volunteer Harbor Watch", "Volunteer Harbor Watch"],
      ["Vigilancia Portuaria Voluntaria", "Volunteer Harbor Watch"],
      ["VPV", "Volunteer Harbor Watch"],
    ]);
  });

  it("reads a gloss joined to its acronym by a spaced dash, as the press writes it", () => {
    for (const dash of ["–", "—", "-"]) {
      const found = orgs(`Figures came from the Andean Drought Observatory (\nObservatorio Andino de Sequías ${dash} OBAS)\n. Later the OBAS revised them.`);
      expect(found.map((o) => [o.text, o.name])).toEqual([
        ["Andean Drought Observatory", "Andean Drought Observatory"],
        ["Observatorio Andino de Sequías", "Andean Drought Observatory"],
        ["OBAS", "Andean Drought Observatory"],
        ["OBAS", "Andean Drought Observatory"],
      ]);
    }
  });

  it("reads a Spanish-titled paper cited by an English sentence as a publication, not `As I` or a place", () => {
    expect(orgs("La Voz Serrana reported the attack on Monday.").map((o) => [o.text, o.kind])).toEqual([["La Voz Serrana", "company"]]);
    expect(texts("As I said, the bridge closed. As Commander Reyes said, it will reopen.")).toEqual([]);
    expect(texts("The road closed, according to El Mirador police.")).toEqual([]);
  });

  it("reads a name headed by News as a news outlet, as Times and Herald are", () => {
    expect(orgs("A reporter for the Riverton Valley News asked about the budget.").map((o) => [o.text, o.kind])).toEqual([["Riverton Valley News", "company"]]);
  });

  it("leaves places, notes and same-language parts in parentheses alone", () => {
    expect(texts("We thank the Riverside Health Center (Green Valley, GV) for its help.")).toEqual(["Riverside Health Center"]);
    const bureau = orgs("Officials of the Department of State (Bureau of Coastal Affairs) attended.").find((o) => o.text === "Bureau of Coastal Affairs");
    expect(bureau?.name).toBe("Bureau of Coastal Affairs");
  });
});

describe("acronym definitions", () => {
  it("links a long form, its acronym and every later use", () => {
    const found = orgs("The island created the Harbor Defense Unit (HDU) in 2009. Today the HDU patrols the bay, and HDU boats are new.");
    expect(found.map((o) => [o.text, o.rule])).toEqual([
      ["Harbor Defense Unit", "acronym_definition"],
      ["HDU", "acronym_definition"],
      ["HDU", "acronym_use"],
      ["HDU", "acronym_use"],
    ]);
    expect(new Set(found.map((o) => o.name))).toEqual(new Set(["Harbor Defense Unit"]));
  });

  it("accepts a foreign acronym whose letters do not match the English long form", () => {
    const found = orgs("In each village, Rural Watch Brigades (BVR, from their Spanish initials) guard the roads. The BVR report weekly.");
    expect(found.filter((o) => o.text === "BVR")).toHaveLength(2);
    expect(found.every((o) => o.name === "Rural Watch Brigades")).toBe(true);
  });

  it("reads `SHORT (long form)` and `(SHORT = foreign long form)`", () => {
    const a = orgs("Two countries formed GTBM (Grupo de Trabajo Binacional Marítimo) last year.");
    expect(a.map((o) => o.text)).toEqual(["GTBM", "Grupo de Trabajo Binacional Marítimo"]);
    const b = orgs("They joined the Coastal Interagency Response Force (FIRC = Fuerza Interagencial de Respuesta Costera) in May.");
    expect(b.map((o) => o.text)).toEqual(["Coastal Interagency Response Force", "FIRC", "Fuerza Interagencial de Respuesta Costera"]);
    expect(new Set(b.map((o) => o.name))).toEqual(new Set(["Coastal Interagency Response Force"]));
  });

  it("ignores parenthesized acronyms whose long form is not an organization", () => {
    expect(texts("The Strategy to Counter Maritime Piracy (SCMP) was adopted at the Regional Defense Conference (REDCON).")).toEqual([]);
  });

  it("implements the Schwartz-Hearst long-form search", () => {
    const text = "reports of the Joint Harbor Task Force";
    expect(text.slice(schwartzHearst("JHTF", text))).toBe("Joint Harbor Task Force");
    expect(schwartzHearst("XYZ", text)).toBe(-1);
    expect(isAcronym("JIATF-S")).toBe(true);
    expect(isAcronym("Ok")).toBe(false);
  });
});

describe("name patterns", () => {
  it("finds unlisted names by their head word, national prefix included, `the` excluded", () => {
    const found = orgs("Yesterday the Bolivian Border Police and the Ministry of Fisheries met the Government of Tuvalu.");
    expect(found.map((o) => o.text)).toEqual(["Bolivian Border Police", "Ministry of Fisheries", "Government of Tuvalu"]);
    expect(found.map((o) => o.kind)).toEqual(["police", "government", "government"]);
    expect(found.every((o) => o.rule === "name_pattern")).toBe(true);
  });

  it("normalizes names across line breaks and hyphenation", () => {
    const found = orgs("Funds went to the Coastal Rescue Sec-\ntion and the National\nHighway Police last year.");
    expect(found.map((o) => o.name)).toEqual(["Coastal Rescue Section", "National Highway Police"]);
  });

  it("splits coordinated names and keeps shared modifiers together", () => {
    expect(texts("Officers of the Chilean Army and Navy trained with the Joint Intelligence and Fusion Center staff.")).toEqual([
      "Chilean Army",
      "Navy",
      "Joint Intelligence and Fusion Center",
    ]);
  });

  it("drops sentence-initial words and person titles", () => {
    expect(texts("Strengthening the Provincial Guard was a priority, said the Chief of the Joint Staff of the island.")).toEqual([
      "Provincial Guard",
      "Joint Staff",
    ]);
  });
});

describe("exclusions", () => {
  it("does not tag events, documents, laws or generic references", () => {
    const text =
      "At the Hemispheric Maritime Security Conference, delegates cited the UN Charter, the National Action Plan, " +
      "the Border Control Act and the Summit of the Americas; the police and the armed forces listened.";
    expect(texts(text)).toEqual(["UN"]);
  });

  it("does not read names into headings or sentence-initial capitals", () => {
    const text = "REGIONAL SECURITY FORCE PANEL\n\nPanel Three Overview\n\nCommand decisions were slow. The Command later improved.";
    expect(texts(text)).toEqual([]);
  });
});

describe("organization rules that generalize beyond the fixtures", () => {
  it("derives national variants of listed names: demonym, country name, `of Country`, Defence/Defense", () => {
    const found = orgs(
      "The Ecuadorian Armed Forces, the Army of Nicaragua, the Bolivia Air Force and the Barbados Defense Force trained together.",
    );
    expect(found.map((o) => [o.text, o.name])).toEqual([
      ["Ecuadorian Armed Forces", "Ecuadorian Armed Forces"],
      ["Army of Nicaragua", "Nicaraguan Army"],
      ["Bolivia Air Force", "Bolivian Air Force"],
      ["Barbados Defense Force", "Barbados Defence Force"],
    ]);
  });

  it("does not start a name with a sentence-initial verb in -ing", () => {
    expect(texts("Strengthening Jamaica Constabulary Force units is a priority. Training and Doctrine Command staff visited.")).toEqual([
      "Jamaica Constabulary Force",
      "Training and Doctrine Command",
    ]);
  });

  it("does not share a country named on its own across `and` with the next name", () => {
    expect(texts("Talks between Haiti and U.S. Southern Command, and Ecuador and Peruvian National Police units.")).toEqual([
      "U.S. Southern Command",
      "Peruvian National Police",
    ]);
  });

  it("reads a person's title as a title, not an organization head", () => {
    expect(texts("The Superintendent of Police spoke.")).toEqual([]);
  });

  it("knows common Caribbean, Andean and Mexican security actors", () => {
    const found = orgs("The G9 federation, Segunda Marquetalia, the Jalisco Cartel and the INM were discussed alongside BINUH.");
    expect(found.map((o) => [o.text, o.kind])).toEqual([
      ["G9", "criminal_group"],
      ["Segunda Marquetalia", "armed_group"],
      ["Jalisco Cartel", "criminal_group"],
      ["INM", "government"],
      ["BINUH", "intergovernmental"],
    ]);
  });
});

describe("a body of a listed organization named by its acronym", () => {
  const orgs = (text: string) => [...organizationExtractor.extract(analyze(text, { docId: "p" }), layers(analyze(text, { docId: "p" })))].map((m) => `${text.slice(m.start, m.end)}=${String(m.attrs.name)}`);
  it("is its own organization beside the listed one, not the listed one", () => {
    expect(orgs("The Container Control Programme of the UNODC trained port staff.")).toEqual([
      "Container Control Programme=Container Control Programme",
      "UNODC=United Nations Office on Drugs and Crime",
    ]);
  });
});

describe("bare national bodies take the country in context", () => {
  const names = (text: string) =>
    [...organizationExtractor.extract(analyze(text, { docId: "n" }), layers(analyze(text, { docId: "n" })))].map((m) => `${text.slice(m.start, m.end)}=${String(m.attrs.name)}`);

  it("names the body of the country named before it in the paragraph", () => {
    expect(names("In Peru, the Army patrols the border.")).toContain("Army=Peruvian Army");
    expect(names("Ecuador asked for help. The Navy and the Defense Ministry answered.")).toEqual(
      expect.arrayContaining(["Navy=Ecuadorian Navy", "Defense Ministry=Ecuadorian Ministry of National Defense"]),
    );
  });

  it("takes the country of a lead-in heading for the paragraphs under it", () => {
    const text = "I. Regional Strategies\n\nCHILE: Officials spoke first.\n\nThe Army then described its border mission.";
    expect(names(text)).toContain("Army=Chilean Army");
  });

  it("does not take a speaker's country for the one spoken of, and falls back on the country the text names most", () => {
    const text = "Mexico hosted the seminar. Mexico and Peru signed.\n\nQ&A Session: A Canadian participant asked about training. Most members come from the Army.";
    expect(names(text)).toContain("Army=Mexican Army");
  });

  it("takes the first country in context that has such a body", () => {
    const text = "Paraguay hosted it; Paraguay and Brazil spoke.\n\nThe Federal Police has few officers.";
    expect(names(text)).toContain("Federal Police=Brazilian Federal Police");
  });

  it("leaves the name bare when no country is in context", () => {
    expect(names("The Army patrols the border.")).toContain("Army=Army");
  });

  it("names a Commonwealth parliament for its country", () => {
    expect(names("Jamaica will act. Last week the Parliament passed the firearms bill.")).toEqual(["Parliament=Parliament of Jamaica"]);
    expect(names("The Bahamas and Barbados met; in Barbados, Parliament sat late.")).toEqual(["Parliament=Parliament of Barbados"]);
  });
});

describe("a name before a lower-case group noun", () => {
  const orgs = (text: string) =>
    [...organizationExtractor.extract(analyze(text, { docId: "g" }), layers(analyze(text, { docId: "g" })))].map((m) => `${text.slice(m.start, m.end)}=${String(m.attrs.name)}/${String(m.attrs.kind)}`);
  // A lower-case `cartel` stays in the span, as the real-text gold keeps it (type-tails.ts); `gang` does not.
  it("is the group, with the listed canonical name when there is one", () => {
    expect(orgs("Officials blamed the Sinaloa cartel for the shipment.")).toEqual(["Sinaloa cartel=Sinaloa Cartel/criminal_group"]);
    expect(orgs("Police arrested members of the Tijuana cartel and the Calle Ocho gang.")).toEqual([
      "Tijuana cartel=Tijuana Cartel/criminal_group",
      "Calle Ocho=Calle Ocho/criminal_group",
    ]);
  });
  it("before a generic noun, is a group only when the gazetteer lists the name as one", () => {
    expect(orgs("Local transport groups work for the Sinaloa organization.")).toEqual(["Sinaloa=Sinaloa Cartel/criminal_group"]);
    expect(orgs("Members of the Calle Ocho network and the Rotary organization met.")).toEqual([]);
  });
  it("after a Spanish plural article, is a criminal group unless it names a place", () => {
    expect(orgs("The Los Monos gang and Los Rastrojos fought; flights left Los Angeles and Las Vegas.")).toEqual([
      "Los Monos=Los Monos/criminal_group",
      "Los Rastrojos=Los Rastrojos/criminal_group",
    ]);
  });
  it("is not a group after a country or at the start of a sentence", () => {
    expect(orgs("Analysts described the Mexican cartel economy.")).toEqual([]);
    expect(orgs("Cartel violence rose. Honduran gang members were arrested.")).toEqual([]);
  });
});

describe("a listed body named by the tail of its name", () => {
  it("takes the listed identity when the document names the body or its parent", () => {
    const found = orgs("The UN opened its session. Later the General Assembly voted, and the Security Council met.");
    const byText = Object.fromEntries(found.map((o) => [o.text, o.name]));
    expect(byText["General Assembly"]).toBe("United Nations General Assembly");
    expect(byText["Security Council"]).toBe("United Nations Security Council");
  });

  it("takes the listed identity when the document names a body whose name opens with the parent's", () => {
    const found = orgs("The United Nations Integrated Office in Haiti wrote twice. Then the Security Council met.");
    expect(found.find((o) => o.text === "Security Council")?.name).toBe("United Nations Security Council");
  });

  it("keeps a pattern name when nothing in the document says whose it is", () => {
    const found = orgs("The Security Council of the club met on Tuesday.");
    expect(found.find((o) => o.text.startsWith("Security Council"))?.name).not.toBe("United Nations Security Council");
  });
});

describe("companies and news outlets", () => {
  it("reads legal forms and holding names as companies, and knows the major news outlets", () => {
    const found = orgs("Brava Holdings paid the fine, Reuters said, and the Miami Herald and La Jornada confirmed it.");
    expect(found.map((o) => [o.text, o.kind])).toEqual([
      ["Brava Holdings", "company"],
      ["Reuters", "company"],
      ["Miami Herald", "company"],
      ["La Jornada", "company"],
    ]);
    expect(orgs("Newsweek, VICE News and WorldPoliticsReview ran the story.").map((o) => [o.text, o.name])).toEqual([
      ["Newsweek", "Newsweek"],
      ["VICE News", "VICE News"],
      ["WorldPoliticsReview", "World Politics Review"],
    ]);
  });

  it("knows investigative newsrooms and the platforms a text cites as sources", () => {
    expect(orgs("Bellingcat and the ICIJ traced the pilot through WhatsApp messages, Instagram posts and a Tripadvisor review.").map((o) => [o.text, o.kind])).toEqual([
      ["Bellingcat", "ngo"],
      ["ICIJ", "ngo"],
      ["WhatsApp", "company"],
      ["Instagram", "company"],
      ["Tripadvisor", "company"],
    ]);
  });

  it("reads a partnership named with a complement as a program", () => {
    expect(orgs("Both joined the Partnership for Coastal Resilience in May.").map((o) => [o.text, o.kind])).toEqual([
      ["Partnership for Coastal Resilience", "program"],
    ]);
  });
});

describe("a pattern name ends where a person's name or a bare head begins", () => {
  it("does not run on into a person's name, and a titled body before one is an office", () => {
    expect(texts("Guests: Director of Office for Andean Affairs Carlos Medina; Minister of the Navy Luisa Ortega.")).toEqual([]);
    expect(texts("The Bureau for Border Analysis Ricardo Soto praised was closed.")).toEqual(["Bureau for Border Analysis"]);
    expect(texts("The Chief of the Joint Staff, General Ruiz, spoke.")).toEqual(["Joint Staff"]);
  });

  it("leaves the `and` that joined a person's name out of the body's name", () => {
    expect(texts("A study by the Institute of Coastal Studies and Maria Lopez found more seizures.")).toEqual(["Institute of Coastal Studies"]);
    expect(texts("A paper by the University of Northern Arizona and Jonathan Wells found more seizures.")).toEqual(["University of Northern Arizona"]);
  });

  it("leaves an assistant's or under secretary's title out of a listed bureau a named person serves in", () => {
    expect(texts("Guests included Assistant Secretary for the Bureau of Western Hemisphere Affairs Rachel Stone.")).toEqual(["Bureau of Western Hemisphere Affairs"]);
    expect(texts("Guests included Deputy Under Secretary for the Bureau of Western Hemisphere Affairs Kevin Stone.")).toEqual(["Bureau of Western Hemisphere Affairs"]);
  });

  it("stops a group's name at a coordination with a bare head", () => {
    expect(texts("Raids targeted Los Rastrojos and Cartel members in the port.")).toEqual(["Los Rastrojos"]);
  });

  it("keeps a capitalized purpose clause after `to`, not a place", () => {
    expect(texts("They joined the Regional Alliance to Counter Arms Flows last year.")).toEqual(["Regional Alliance to Counter Arms Flows"]);
    expect(texts("The Regional Alliance to Mexico City was small.")).toEqual(["Regional Alliance"]);
  });
});

describe("bodies of government reports and joint statements", () => {
  it("names a national prefix written as a country name with the body's own name", () => {
    const found = orgs("Agents of the Mexico Federal Preventive Police (PFP) arrived. The PFP left.");
    expect(found.map((o) => [o.text, o.name])).toEqual([
      ["Mexico Federal Preventive Police", "Federal Preventive Police"],
      ["PFP", "Federal Preventive Police"],
      ["PFP", "Federal Preventive Police"],
    ]);
  });

  it("knows the G7, Health Canada and the Bicentennial Framework", () => {
    const names = orgs("The G7 and Health Canada back the Bicentennial Framework.").map((o) => String(o.name));
    expect(names.slice(0, 2)).toEqual(["Group of Seven", "Health Canada"]);
    expect(names[2]).toMatch(/^Bicentennial Framework\b/);
  });

  it("does not read a society's sectors in a title-case heading as a body", () => {
    expect(texts("-   **Strengthening Civil Society:** Since 2020, the Department of State trained monitors.")).toEqual(["Department of State"]);
  });

  it("reads a listed name that lists things with or without the serial comma", () => {
    const found = (text: string) => orgs(text).map((o) => [o.text, o.name]);
    expect(found("Inspectors of the Bureau of Alcohol, Tobacco,\nFirearms, and Explosives traced the rifles.")).toEqual([
      ["Bureau of Alcohol, Tobacco, Firearms, and Explosives", "Bureau of Alcohol, Tobacco, Firearms and Explosives"],
    ]);
  });

  it("reads a grouping's acronym as the grouping, and as its meeting before an event noun", () => {
    const found = (text: string) => orgs(text).map((o) => [o.text, o.name]);
    expect(found("Ministers of the G20 and the Quad agreed, as the G-8 had in its day.")).toEqual([
      ["G20", "Group of Twenty"],
      ["Quad", "Quadrilateral Security Dialogue"],
      ["G-8", "Group of Eight"],
    ]);
    expect(found("Leaders flew home after the G-20 summit and a G7 meeting on trade.")).toEqual([]);
  });
});

describe("organizations the text itself shows", () => {
  it("takes a headless name defined with an acronym when the text cites it as a source", () => {
    expect(texts("According to the Arms Flow Monitor (AFM), rifles moved south. The AFM counted them.")).toEqual([
      "Arms Flow Monitor",
      "AFM",
      "AFM",
    ]);
    expect(texts("The Regional Crop Index (RCI) fell. Later the RCI rose.")).toEqual([]);
  });

  it("reads newspaper name shapes and dotted acronyms", () => {
    expect(texts("Reporters at the Lima Times and the Harbor Gazette agreed.")).toEqual(["Lima Times", "Harbor Gazette"]);
    expect(orgs("The O.A.S. and the D.E.A. met.").map((o) => o.name)).toEqual([
      "Organization of American States",
      "Drug Enforcement Administration",
    ]);
  });

  it("reads banks and abbreviated company forms", () => {
    expect(texts("Officials met Banco Azteca and Grupo Elektra yesterday.")).toEqual(["Banco Azteca", "Grupo Elektra"]);
    expect(texts("They sued Costa Shipping Ltd. in May.")).toEqual(["Costa Shipping Ltd."]);
  });
});

describe("names as the press writes them", () => {
  it("knows Unicef, ECOWAS, the U.N. Refugee Agency and the Drug Enforcement Agency under their official names", () => {
    expect(orgs("Figures from Unicef, ECOWAS and the U.N. Refugee Agency were cited by the Drug Enforcement Agency.").map((o) => [o.text, o.name])).toEqual([
      ["Unicef", "United Nations Children's Fund"],
      ["ECOWAS", "Economic Community of West African States"],
      ["U.N. Refugee Agency", "United Nations High Commissioner for Refugees"],
      ["Drug Enforcement Agency", "Drug Enforcement Administration"],
    ]);
  });
});

describe("names of national bodies and designations", () => {
  const named = (text: string) =>
    [...organizationExtractor.extract(analyze(text, { docId: "r" }), layers(analyze(text, { docId: "r" })))].map((m) => `${text.slice(m.start, m.end)}=${String(m.attrs.name)}`);

  it("gives an unlisted English ministry the demonym of the country in context", () => {
    expect(named("Ecuador tightened its rules. The Ministry of Health now runs the clinics.")).toContain("Ministry of Health=Ecuadorian Ministry of Health");
    expect(named("Ecuador tightened its rules. The Ministry of Interior now runs the prisons.")).toContain("Ministry of Interior=Ecuadorian Ministry of Interior");
    // No country in context: the name stays as written.
    expect(named("The Ministry of Health now runs the clinics.")).toContain("Ministry of Health=Ministry of Health");
  });

  it("shares a national prefix across a plural head's conjuncts", () => {
    expect(named("Officials from the Ecuadorian Ministries of Defense and Interior met.")).toEqual([
      "Ecuadorian Ministries of Defense=Ecuadorian Ministry of Defense",
      "Interior=Ecuadorian Ministry of Interior",
    ]);
  });

  it("reads a bare Treasury in a U.S. text as the Department of the Treasury", () => {
    expect(named("The United States acted today, and officials of the Treasury froze the accounts.")).toContain("Treasury=U.S. Department of the Treasury");
  });

  it("does not tag a legal designation, nor its acronym, as an organization", () => {
    const found = named("Washington listed the Gulf Clan as a Foreign Terrorist Organization (FTO) in March. Each FTO loses access to banks.");
    expect(found).toEqual(["Gulf Clan=Gulf Clan"]);
  });

  // English names in English text, as the English gold of most sets that name them gives them (organizations.json englishName).
  it("gives Mexican and Venezuelan cartels their English names in English text", () => {
    expect(named("Agents traced rifles sold to the CJNG last spring.")).toContain("CJNG=Jalisco New Generation Cartel");
    expect(named("Sanctions hit the Cartel of the Suns and its allies.")).toContain("Cartel of the Suns=Cartel of the Suns");
  });

  it("names a bare Supreme Court for the country in context", () => {
    expect(named("Mexico changed course; the Supreme Court struck the decree down.")).toContain("Supreme Court=Supreme Court of Justice of the Nation");
    expect(named("In Brazil the Supreme Court ruled against the decree.")).toContain("Supreme Court=Brazilian Supreme Federal Court");
  });

  it("writes a national government as `Government of <country>`", () => {
    expect(named("Talks with the Peruvian Government resumed, and the U.S. Government agreed.")).toEqual([
      "Peruvian Government=Government of Peru",
      "U.S. Government=Government of the United States",
    ]);
  });
});

describe("cognate long forms", () => {
  it("counts Spanish/Portuguese cognates as the same word, and only them", async () => {
    const { cognate } = await import("../../packages/extractors/src/organizations/gazetteer.js");
    const { orgPatterns } = await import("../../packages/extractors/src/organizations/data.js");
    const limits = orgPatterns().sameBody;
    expect(cognate("exercito", "ejercito", limits)).toBe(true);
    expect(cognate("libertacao", "liberacion", limits)).toBe(true);
    expect(cognate("nordicas", "nacional", limits)).toBe(false);
    expect(cognate("linguas", "liberacion", limits)).toBe(false);
  });
});

describe("a mission named without its head, then by its short form", () => {
  it("reads the short form a text gives a listed mission once it is named", () => {
    const found = orgs("Troops of the Multinational Security Support arrived; later the MSS patrolled the port with the Haitian Police.");
    expect(found.map((o) => [o.text, o.name])).toEqual([
      ["Multinational Security Support", "Multinational Security Support Mission"],
      ["MSS", "Multinational Security Support Mission"],
      ["Haitian Police", "Haitian National Police"],
    ]);
    expect(orgs("The MSS figures were revised.").map((o) => o.text)).toEqual([]);
  });
});


describe("coordination inside a name and titled persons beside one", () => {
  it("keeps the nouns coordinated in a head's complement inside one name", () => {
    expect(texts("The Department of Forests and Rural Services opened a clinic.")).toEqual(["Department of Forests and Rural Services"]);
    expect(texts("Grants came from the Centers for Housing and Transit Services last year.")).toEqual(["Centers for Housing and Transit Services"]);
    // A right conjunct that is a body of its own (a singular head) is another name.
    expect(texts("The Ministry of Tourism and Regional Planning Council met.")).toEqual(["Ministry of Tourism", "Regional Planning Council"]);
  });

  it("does not join a titled person to the body coordinated with them", () => {
    expect(orgs("Today Deputy Minister Lena Ortiz and Coastal Fisheries Agency (CFA) staff visited the port.").map((o) => [o.text, o.name])).toEqual([
      ["Coastal Fisheries Agency", "Coastal Fisheries Agency"],
      ["CFA", "Coastal Fisheries Agency"],
    ]);
  });

  it("ends a name before a person named by office after it", () => {
    expect(texts("The Harbor Safety Office Director Tomas Reyes spoke first.")).toEqual(["Harbor Safety Office"]);
    // A title word that opens a name with a head of its own is part of that name.
    expect(texts("The Riverland General Assembly voted.")).toEqual(["Riverland General Assembly"]);
  });
});

describe("named operations", () => {
  it("reads a capitalized name opened by Operation as a program, and Operation closing a name as an event", () => {
    expect(orgs("Sailors who served in Operation Silent Harbor came home in May.")).toContainEqual(
      expect.objectContaining({ text: "Operation Silent Harbor", kind: "program" }),
    );
    // Inside a run the head opens a name of its own.
    expect(texts("The White House Operation Quiet Bridge team met donors.")).toContain("Operation Quiet Bridge");
    // Closing a name it is an event word: no body.
    expect(texts("Mayor Lopez Announces Fourth Operation for the river towns.")).toEqual([]);
    expect(texts("The operation ended at dawn.")).toEqual([]);
  });
});

describe("names repeated in capitals", () => {
  it("reads a run of capitals spelling a name the text wrote in mixed case as that body, and no longer run", () => {
    const raw = "WEEKLY NOTES\n\nOPERATION SILENT HARBOR\n\nThe navy said Operation Silent Harbor will go on.\n\nOPERATION SILENT HARBOR ENDS SOON";
    const found = orgs(raw).filter((o) => o.name === "Operation Silent Harbor").map((o) => o.text);
    expect(found).toEqual(["OPERATION SILENT HARBOR", "Operation Silent Harbor"]);
    // Capitals alone, with no mixed-case name in the text, name nothing.
    expect(texts("OPERATION BLUE LAKE\n\nThe boats stayed home.")).toEqual([]);
  });
});

describe("a plural noun's possessive inside a name", () => {
  it("keeps Women's, People's and the like as the name's own word, and ends a name at any other possessive", () => {
    expect(texts("Funding went to the Rural Women's Savings Council in March.")).toEqual(["Rural Women's Savings Council"]);
    expect(texts("Delegates of the Coastal People's Assembly walked out.")).toEqual(["Coastal People's Assembly"]);
    expect(texts("Officials praised Valdoria's National Guard for the arrests.")).toEqual(["National Guard"]);
  });
});

describe("a hyphened modifier before a name", () => {
  it("starts the name after `Valdoria-based` and the like, and keeps a name that runs across a hyphen to a capitalized word", () => {
    const found = orgs("Lawyers of the Valdoria-based Council for Harbor Safety (CHS) said CHS would appeal.");
    expect(found.map((o) => o.text)).toEqual(["Council for Harbor Safety", "CHS", "CHS"]);
    expect(found[0]!.name).toBe("Council for Harbor Safety");
    expect(texts("The Joint Task Force-South met the Valdorian Navy.")).toContain("Joint Task Force-South");
  });
});

describe("a numbered list of bodies", () => {
  it("reads the names of a list whose Title Case lines make it look like a heading", () => {
    const listed = orgs("Those present:\n1.  Riverton Police Department - Chief Ann Cole\n2.  Lakeshore County Highway Patrol - Captain Ben Ito\n3.  Coastal Harbor Authority\n").map((o) => o.text);
    expect(listed).toEqual(["Riverton Police Department", "Lakeshore County Highway Patrol", "Coastal Harbor Authority"]);
  });
});

describe("a given name inside a place's name", () => {
  it("cuts no name before a given name when the cut would leave no head", () => {
    expect(orgs("Officers of the San Francisco Police Department met on Monday.").map((o) => o.text)).toEqual(["San Francisco Police Department"]);
    // Before a person after the head, the name still ends at the head.
    expect(orgs("The Harbor Unit for North Coast Roberto Velasco spoke.").map((o) => o.text)).toEqual(["Harbor Unit for North Coast"]);
  });
});

describe("a body named by what it studies, after `on`", () => {
  it("keeps `on` and two or more name words in the name", () => {
    expect(orgs("The study was paid for by the Harbor Center on Coastal Fisheries Research last year.").map((o) => o.text)).toEqual(["Harbor Center on Coastal Fisheries Research"]);
    expect(orgs("She chaired the Select Committee on River Transport for a decade.").map((o) => o.text)).toEqual(["Select Committee on River Transport"]);
  });

  it("ends the name before `on` and a date, a country, or a lone body's business", () => {
    expect(orgs("The Select Committee on Monday heard the minister.").map((o) => o.text)).toEqual(["Select Committee"]);
    expect(orgs("The Regional Council on Honduras Street closed its office.").map((o) => o.text)).toEqual(["Regional Council"]);
    expect(orgs("The bill passed the Senate on Capitol Hill in May.").map((o) => o.text)).toEqual(["Senate"]);
  });
});

describe("a newspaper under its own name", () => {
  it("names a paper whose masthead opens with `The` so, however the text writes it; a lower-case `the` stays out of the span", () => {
    expect(orgs("Reporters of the New York Times and The Sunday Times saw the boats.").map((o) => [o.text, o.name])).toEqual([
      ["New York Times", "The New York Times"],
      ["The Sunday Times", "The Sunday Times"],
    ]);
    expect(orgs("He kept a subscription to the Washington Post for years.").map((o) => o.name)).toEqual(["The Washington Post"]);
    // Words of a paper's name in an ordinary sentence name nothing.
    expect(orgs("By Sunday the times had changed in New York.")).toEqual([]);
  });
});

describe("a name opened by `New`, `First`, `Second`, `Third`", () => {
  it("keeps the word inside a sentence, where only a name capitalizes it", () => {
    expect(orgs("She taught at New Harbor University and served in the Second Coastal Brigade.").map((o) => o.text)).toEqual(["New Harbor University", "Second Coastal Brigade"]);
  });

  it("leaves it out at a sentence's start, where any word is capitalized", () => {
    expect(orgs("New Harbor Police units were formed in May.").map((o) => o.text)).toEqual(["Harbor Police"]);
  });
});

describe("a name typed by an acronym before it", () => {
  it("reads the name after `NGO`, `ONG` (a type noun written in capitals) as that kind of body", () => {
    expect(orgs("The figures were compiled by the NGO Harbor Watchers last year.").map((o) => [o.text, o.kind])).toEqual([["Harbor Watchers", "ngo"]]);
    expect(orgs("O estudo foi feito pela ONG Vozes do Cerrado em 2020.").map((o) => [o.text, o.kind])).toEqual([["Vozes do Cerrado", "ngo"]]);
  });

  it("leaves another acronym before a capitalized word alone", () => {
    expect(orgs("The DNA Harbor samples were lost.")).toEqual([]);
  });
});

describe("a legislature's caucuses and subcommittees", () => {
  it("reads them as bodies by their head word", () => {
    expect(orgs("Members of the Rural Water Caucus met the Coastal Fisheries Subcommittee on Tuesday.").map((o) => [o.text, o.kind])).toEqual([
      ["Rural Water Caucus", "government"],
      ["Coastal Fisheries Subcommittee", "government"],
    ]);
    // In lower case the words name no body.
    expect(orgs("The caucus asked a subcommittee for more time.")).toEqual([]);
  });
});
