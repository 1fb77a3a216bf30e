import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { numericClaimExtractor } from "../../packages/extractors/src/numbers/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { threatExtractor } from "../../packages/extractors/src/threats/index.js";

function countries(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  return [...countryExtractor.extract(doc)].map((m) => doc.rawText(m.start, m.end));
}

function orgs(raw: string): string[] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => doc.rawText(m.start, m.end));
}

function numbers(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  return [...numericClaimExtractor.extract(doc, {})].map((m) => [doc.rawText(m.start, m.end), m.attrs.value]);
}

// Wire copy, telegrams, typed memos: every word in capitals, so capitals tell nothing.
describe("text written all in capitals (writing.json upper, caseless.json capitals)", () => {
  it("reads number words and hedges in capitals as in lower case", () => {
    const got = numbers("THE PATROL SEIZED FIVE HUNDRED KILOGRAMS OF COCAINE NEAR THE COAST. OFFICERS ARRESTED ABOUT 30 PEOPLE IN THE RAID.");
    expect(got).toContainEqual(["FIVE HUNDRED KILOGRAMS", 500]);
    expect(got.map((g) => g[0])).toContainEqual(expect.stringContaining("30"));
  });

  it("keeps a currency prefix in capitals", () => {
    const got = numbers("THE GANG MOVED US$2 MILLION THROUGH SHELL FIRMS LAST YEAR, THE PROSECUTORS SAID IN THEIR REPORT.");
    expect(got).toContainEqual(["US$2 MILLION", 2_000_000]);
  });

  it("does not read a short word of the paragraph's language as an acronym, but reads one that spells no word", () => {
    const got = orgs("LA POLICÍA DETUVO A UN HOMBRE EN LA FRONTERA CON UN CARGAMENTO DE ARMAS. LA DEA COLABORÓ EN LA OPERACIÓN DURANTE TRES MESES.");
    expect(got).not.toContain("UN");
    expect(got).toContain("DEA");
  });

  it("reads a country's name in capitals as the country", () => {
    expect(countries("OFFICIALS FROM CHILE, CUBA AND CHINA SIGNED THE NEW AGREEMENT ON MONDAY. THE TALKS LASTED TWO DAYS.")).toEqual(["CHILE", "CUBA", "CHINA"]);
  });

  it("reads a definition in parentheses only where the short form spells the long form's word starts", () => {
    const got = orgs(
      "LA DENUNCIA CONTRA QUIEN DIRIGE LA POLICÍA (QUE) FUE ARCHIVADA EN MARZO. EL JUEZ DIJO QUE NO HABÍA PRUEBAS Y QUE EL CASO QUEDA CERRADO.\n\n" +
        "EL FRENTE NACIONAL DE LIBERACIÓN TERRITORIAL (FNLT) ATACÓ DOS CUARTELES. EL FNLT NEGÓ LA AUTORÍA DEL ATAQUE AL DÍA SIGUIENTE.\n",
    );
    expect(got).not.toContain("QUE");
    expect(got).toContain("FNLT");
  });

  it("does not read a threat's head in capitals as part of a name", () => {
    const doc = analyze("SOME FORMER SOLDIERS SWITCHED SIDES AND HAVE NOW FORMED THEIR OWN CARTEL. THE GANG CONTROLS THE PORT SINCE LAST YEAR.", { docId: "t" });
    const country = [...countryExtractor.extract(doc, {})];
    const organization = [...organizationExtractor.extract(doc, { country })];
    const got = [...threatExtractor.extract(doc, { country, organization })].map((m) => doc.rawText(m.start, m.end));
    expect(got).toEqual(["CARTEL", "GANG"]);
  });

  it("reads a name pattern's words from the lexicons in capitals: a head with its listed words or a country's complement", () => {
    const got = orgs("OFFICIALS OF THE MINISTRY OF DEFENSE OF PERU SAID ON FRIDAY THAT THE ARMY HAD MOVED TWO BATTALIONS TO THE NORTH. THE DRUG CARTELS AND THE SECURITY FORCES CLASHED AGAIN.");
    expect(got).toContain("ARMY");
    expect(got.some((g) => g.startsWith("MINISTRY OF DEFENSE"))).toBe(true);
    expect(got).not.toContain("DRUG CARTELS");
    expect(got).not.toContain("SECURITY FORCES");
  });

  it("reads a bare national body in capitals as its capitalized form, a generic head and plural not", () => {
    const got = orgs("SEGÚN LA POLICÍA NACIONAL, EL EJÉRCITO Y LAS FUERZAS ARMADAS PATRULLAN LA SIERRA DESDE ENERO. LA POLICÍA DETUVO A DOS HOMBRES DE LOS GRUPOS ARMADOS QUE OPERAN ALLÍ.");
    expect(got).toEqual(expect.arrayContaining(["POLICÍA NACIONAL", "EJÉRCITO", "FUERZAS ARMADAS"]));
    expect(got).not.toContain("POLICÍA");
    expect(got.some((g) => g.includes("GRUPOS"))).toBe(false);
  });
  it("reads a listed outlet opened by another language's article in an English block in capitals, not in its own language's", () => {
    const en = orgs("THE RIO DE JANEIRO DAILY O GLOBO REPORTED ON MONDAY THAT FOUR POLICEMEN WERE ARRESTED. ACCORDING TO EL TIEMPO, THE ARMED FORCES MOVED TWO BATTALIONS TO THE BORDER.");
    expect(en).toEqual(expect.arrayContaining(["O GLOBO", "EL TIEMPO", "ARMED FORCES"]));
    const es = orgs("MAÑANA EL TIEMPO SERÁ LLUVIOSO EN LA COSTA, SEGÚN LOS METEORÓLOGOS. LA POLICÍA PIDIÓ PRUDENCIA A LOS CONDUCTORES QUE VIAJEN EL FIN DE SEMANA.");
    expect(es).not.toContain("EL TIEMPO");
  });
  it("reads a unit's or agency's head after name words or an ordinal in English capitals, not after a demonym, a number or a link", () => {
    const got = orgs("TROOPS OF THE 7TH ARMY BRIGADE AND AGENTS OF THE NATIONAL DEFENSE SECRETARIAT RAIDED A RANCH ON MONDAY. THE HONDURAN POLICE DEPARTMENT SAID NINE ARMY BATTALIONS WERE READY.");
    expect(got).toEqual(expect.arrayContaining(["7TH ARMY BRIGADE", "NATIONAL DEFENSE SECRETARIAT"]));
    expect(got.some((g) => g.includes("HONDURAN POLICE DEPARTMENT"))).toBe(false);
    expect(got.some((g) => g.includes("BATTALIONS"))).toBe(false);
  });
  // orgs43: a name the copy ran on over common words or a second body (capitals-runs.ts).
  it("reads a listed or national body inside a longer run of capitals, its common words and a joined body apart", () => {
    const got = orgs("OFFICIALS IN BOGOTA SAID THE COLOMBIAN ARMY AND POLICE WILL TRAIN A NEW UNIT TO SUPPORT NATIONAL POLICE EFFORTS IN COLOMBIA. A RECENT ARMY MILITARY OPERATION FREED TEN HOSTAGES.");
    expect(got).toEqual(expect.arrayContaining(["COLOMBIAN ARMY", "NATIONAL POLICE", "ARMY"]));
    expect(got.some((g) => g.includes("SUPPORT") || g.includes("EFFORTS") || g.includes("AND POLICE"))).toBe(false);
  });
});
