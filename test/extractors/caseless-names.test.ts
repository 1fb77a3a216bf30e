import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";

/** [raw text, iso3] of each country mention. */
function countries(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...countryExtractor.extract(doc)].map((m) => [doc.rawText(m.start, m.end), m.attrs.iso3]);
}

/** [raw text, name] of each organization mention. */
function orgs(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}

// Texts stored without capitals (a lower-cased corpus, a comment field): names are still names.
describe("names in text written without capitals (caseless.json)", () => {
  it("reads countries in lower case where the paragraph writes no capitals", () => {
    expect(countries("the delegation from argentina met officials of brazil and paraguay to discuss the river patrols. the talks went on for two days.")).toEqual([
      ["argentina", "ARG"], ["brazil", "BRA"], ["paraguay", "PRY"],
    ]);
    expect(countries("la delegación de argentina se reunió con autoridades de brasil y del paraguay para hablar de las patrullas. las reuniones siguieron dos días.")).toEqual([
      ["argentina", "ARG"], ["brasil", "BRA"], ["paraguay", "PRY"],
    ]);
  });

  it("keeps a lower-case word that is also a country only when a preposition or a list places it", () => {
    expect(countries("the farmers grow chile and roast a turkey for the feast, while the chad of paper falls to the floor. the talks went on for two days.")).toEqual([]);
    expect(countries("the envoy flew to turkey and then to jordan, where ministers of chile, peru and bolivia waited. the talks went on for two days.")).toEqual([
      ["turkey", "TUR"], ["jordan", "JOR"], ["chile", "CHL"], ["peru", "PER"], ["bolivia", "BOL"],
    ]);
  });

  it("drops lower-case short forms too short to tell from a word, unless an article leads them", () => {
    expect(countries("the commission told us that their uk office and a un agency would send more staff next month. the talks went on for two days.")).toEqual([]);
    expect(countries("the commission told us that the uk would send more staff next month. the talks went on for two days.")).toEqual([["uk", "GBR"]]);
  });

  it("leaves normally written text as it was: lower-case names stay unread there", () => {
    expect(countries("The farmers of Chile grow peppers; the turkey and the mexico dish were served.")).toEqual([["Chile", "CHL"]]);
  });

  it("reads listed organizations of several words and long acronyms in lower case, not generic heads", () => {
    expect(orgs("segundo a polícia federal, a operação contou com apoio do exército e da unodc na fronteira com o paraguai. as conversas seguiram por dois dias.")).toEqual([
      ["polícia federal", "Polícia Federal"], ["unodc", "United Nations Office on Drugs and Crime"],
    ]);
  });

  it("gives a name read from a text without accents its words' accents back; the text stays as written", () => {
    const raw =
      "Segundo a Secretaria de Seguranca Publica do Maranhao, a operacao nao teve feridos. A populacao tambem ja foi ouvida pela policia e pela Justica, que ainda nao decidiu.";
    const found = orgs(raw).find((o) => String(o[0]).startsWith("Secretaria de Seguranca Publica"));
    expect(String(found?.[1])).toMatch(/^Secretaria de Segurança Pública/);
    // Written with its accents, a name keeps them as written.
    const normal = orgs(raw.replace("Seguranca Publica do Maranhao", "Segurança Pública do Maranhão").replace("nao teve", "não teve").replace("tambem ja", "também já"));
    expect(String(normal.find((o) => String(o[0]).startsWith("Secretaria"))?.[1])).toMatch(/^Secretaria de Segurança Pública do Maranhão/);
  });

  it("does not read a lower-case acronym that spells a word, nor a newspaper's article-led name, as a body", () => {
    expect(orgs("el gobierno dijo que habrá mas patrullas cada dia, según el tiempo de la región. la farc negó todo ante la onu en ginebra.")).toEqual([
      ["farc", "Fuerzas Armadas Revolucionarias de Colombia"], ["onu", "United Nations"],
    ]);
  });

  it("gives a word the gazetteer does not spell the accent of its ending (`-cao` -> `-ção`)", () => {
    const raw =
      "Segundo a Coordenacao de Prevencao do estado, a operacao nao teve feridos. A populacao tambem ja foi ouvida pela policia, que ainda nao decidiu.";
    const found = orgs(raw).find((o) => String(o[0]).startsWith("Coordenacao"));
    expect(found?.[1]).toBe("Coordenação de Prevenção");
  });

  it("keeps a listed body's own name as listed in a paragraph without accents", () => {
    const raw = "La Comision Interamericana para el Control del Abuso de Drogas (CICAD) no publico el informe. La poblacion tambien esta esperando una decision de la Organizacion, segun el gobierno.";
    const cicad = orgs(raw).find((o) => o[0] === "CICAD");
    expect(cicad?.[1]).toBe("Inter-American Drug Abuse Control Commission");
  });
  it("does not read a Spanish article as a lower-case acronym after a Portuguese article that is a Spanish preposition", () => {
    const found = orgs("el ministro habló a un grupo de periodistas y dijo que la onu enviará o un barco o un avión. las reuniones siguieron dos días.");
    expect(found.map((o) => o[0])).toEqual(["onu"]);
    expect(orgs("the minister told the un that the mission would send more staff next month. the talks went on for two days.").map((o) => o[0])).toContain("un");
  });

  it("leaves a generic head with only country words untagged in lower case, a head with a name word of its own tagged", () => {
    const en = orgs("officials of the u.s. government said the border patrol and the haitian national police met unodc staff. the talks went on for two days.").map((o) => o[0]);
    expect(en).not.toContain("u.s. government");
    expect(en).not.toContain("border patrol");
    expect(en).toContain("haitian national police");
  });
});
