/**
 * Spellings removed from the gazetteers because another spelling of the same entry differs only by
 * accents or case: matching folds them, so each still finds its entry.
 */
import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";

const COUNTRY_SPELLINGS: [string, string][] = [
  ["Alandia", "ALA"], ["Samoa Americana", "ASM"], ["Antigua e Barbuda", "ATG"], ["Belgie", "BEL"],   ["Cote d'Ivoire", "CIV"], ["Curacao", "CUW"], ["Chequia", "CZE"], ["Argelia", "DZA"], ["Etiópia", "ETH"],
  ["Finlandia", "FIN"], ["Ilhas Faroe", "FRO"], ["Grecia", "GRC"], ["Groenlandia", "GRL"], ["Croacia", "HRV"],
  ["Hungria", "HUN"], ["Islandia", "ISL"], ["Italia", "ITA"], ["Jordania", "JOR"], ["Libia", "LBY"],
  ["Lituania", "LTU"], ["Letonia", "LVA"], ["Moldavia", "MDA"], ["República de Madagascar", "MDG"],
  ["Malasia", "MYS"], ["Nueva Caledonia", "NCL"], ["Nova Zelândia", "NZL"], ["Nueva Zelanda", "NZL"],
  ["Polonia", "POL"], ["Polinesia Francesa", "PYF"], ["Romania", "ROU"],
  ["Romênia", "ROU"], ["Islas Salomón", "SLB"], ["Sao Tome and Principe", "STP"], ["Sao Tome", "STP"], ["Eslovaquia", "SVK"],
  ["Eslovenia", "SVN"], ["Suecia", "SWE"], ["Suazilandia", "SWZ"], ["República Árabe Siria", "SYR"], ["Siria", "SYR"],
  ["Tailandia", "THA"], ["Turkiye", "TUR"], ["Turquia", "TUR"], ["Ucrania", "UKR"],
];

/** Removed alias -> a spelling still listed for the organization (its name or another alias). */
const ORGANIZATION_SPELLINGS: [string, string][] = [
  ["Gendarmeria Nacional", "Gendarmería Nacional Argentina"],
  ["Policia Federal", "Polícia Federal"],
  ["Exercito Brasileiro", "Exército Brasileiro"],
  ["Forca Aerea Brasileira", "Força Aérea Brasileira"],
  ["Policia Nacional del Peru", "Policía Nacional del Perú"],
  ["Petroleos de Venezuela", "Petróleos de Venezuela"],
  ["Farabundo Marti National Liberation Front", "Frente Farabundo Martí para la Liberación Nacional"],
  ["International Commission Against Impunity in Guatemala", "Comisión Internacional contra la Impunidad en Guatemala"],
  ["Petroleos Mexicanos", "Petróleos Mexicanos"],
  ["Iniciativa Merida", "Merida Initiative"],
  ["Plan Merida", "Merida Initiative"],
  ["Inter-American Committee Against Terrorism", "Inter-American Committee against Terrorism"],
  ["Medellin Cartel", "Cártel de Medellín"],
  ["Cartel de Medellín", "Cártel de Medellín"],
  ["Cartel de Cali", "Cártel de Cali"],
  ["Tupac Amaru Revolutionary Movement", "Movimiento Revolucionario Túpac Amaru"],
  ["Familia do Norte", "Família do Norte"],
  ["Cartel de Sinaloa", "Cártel de Sinaloa"],
  ["Cartel del Pacífico", "Cártel de Sinaloa"],
  ["Cartel de Jalisco Nueva Generación", "Cártel de Jalisco Nueva Generación"],
  ["Cartel del Golfo", "Cártel del Golfo"],
  ["Juarez Cartel", "Cártel de Juárez"],
  ["Arellano Felix Organization", "Cártel de Tijuana"],
  ["Beltran Leyva Organization", "Cártel de los Beltrán Leyva"],
  ["Cartel del Noreste", "Cártel del Noreste"],
  ["18th Street Gang", "Barrio 18"],
  ["Cartel de los Soles", "Cártel de los Soles"],
  ["G-Pep", "G-Pèp"],
  ["La Linea", "La Línea"],
  ["HAMAS", "Hamas"],
  ["DAESH", "Islamic State of Iraq and Syria"],
  ["Al-Qaeda", "Al Qaeda"],
  ["Al-Qaida", "Al Qaeda"],
  ["Al Qaida", "Al Qaeda"],
  ["Medecins Sans Frontieres", "Médecins Sans Frontières"],
  ["Doctors Without Borders", "Médecins Sans Frontières"],
  ["Global Initiative Against Transnational Organized Crime", "Global Initiative against Transnational Organized Crime"],
  ["Igarape Institute", "Instituto Igarapé"],
  ["Animal Politico", "Animal Político"],
  ["Clarin", "Clarín"],
];

describe("spellings that differ only by accents or case", () => {
  it("each removed country spelling still names its country", () => {
    const missed: string[] = [];
    for (const [spelling, iso3] of COUNTRY_SPELLINGS) {
      const text = `The envoys of ${spelling} arrived on Monday.`;
      const found = [...countryExtractor.extract(analyze(text, { docId: "f" }))].map((m) => `${text.slice(m.start, m.end)}:${String(m.attrs.iso3)}`);
      if (!found.includes(`${spelling}:${iso3}`)) missed.push(`${spelling} -> ${found.join(",")}`);
    }
    expect(missed).toEqual([]);
  });

  it("each removed organization alias still names the organization its listed spelling names", () => {
    /** The canonical name found for the whole of `spelling` in a sentence, if any. */
    const nameFor = (spelling: string) => {
      const text = `On Monday the ${spelling} said little.`;
      const doc = analyze(text, { docId: "f" });
      const found = [...organizationExtractor.extract(doc, { country: [...countryExtractor.extract(doc, {})] })];
      return found.find((m) => text.slice(m.start, m.end) === spelling)?.attrs.name;
    };
    const missed = ORGANIZATION_SPELLINGS.filter(([spelling, listed]) => nameFor(spelling) === undefined || nameFor(spelling) !== nameFor(listed));
    expect(missed).toEqual([]);
  });
});
