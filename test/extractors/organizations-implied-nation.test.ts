import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { named } from "./organization-names.js";

// A Spanish or Portuguese text names its country's bodies bare, leaving `Nacional`, `de la
// Nación`, `de la República` implied: the bare name is the listed body whose name has that tail.
describe("a bare national name with its nation's tail implied", () => {
  it("is the listed body of the country in context whose name ends with the tail", () => {
    expect(named("Tras la visita a Colombia, el Ejército reforzó dos puestos en la frontera.")).toEqual([["Ejército", "Ejército Nacional de Colombia"]]);
    expect(named("Tras la visita a Colombia, la Fiscalía General abrió tres procesos.")).toEqual([["Fiscalía General", "Fiscalía General de la Nación"]]);
    expect(named("Tras la visita a Colombia, el Congreso votó dos reformas.")).toEqual([["Congreso", "Congreso de la República de Colombia"]]);
    // Venezuela's forces are named Bolivarian, not Venezuelan: listed with the country's name too.
    expect(named("Tras la visita a Venezuela, el Ejército y la Armada reforzaron dos puestos.")).toEqual([
      ["Ejército", "Ejército Bolivariano"],
      ["Armada", "Armada Bolivariana"],
    ]);
  });

  it("leaves a country's own bare core, a longer listed name and English names as they were", () => {
    // Chile's army is listed with no tail: its bare name was already its own.
    expect(named("Tras la visita a Chile, el Ejército reforzó dos puestos en la frontera.")).toEqual([["Ejército", "Ejército de Chile"]]);
    expect(named("Tras la visita a Colombia, el Ejército de Liberación Nacional se retiró.")).toEqual([["Ejército de Liberación Nacional", "Ejército de Liberación Nacional"]]);
    expect(named("After the visit to Colombia, the Army moved two posts.")).toEqual([["Army", "Colombian Army"]]);
    // No country in context: a bare name stays bare.
    expect(named("El Ejército reforzó dos puestos en la frontera.")).toEqual([["Ejército", "Ejército"]]);
  });
});

// Each state's legislature is listed, so its bare name (`the National Assembly`, `el Congreso`)
// takes the country in context, as its army's does.
describe("a bare legislature", () => {
  it("is the listed legislature of the country in context, in English and Spanish", () => {
    expect(named("After the visit to Ecuador, the National Assembly voted on two reforms.")).toEqual([["National Assembly", "National Assembly of Ecuador"]]);
    expect(named("Tras la visita a Honduras, el Congreso votó dos reformas.")).toEqual([["Congreso", "Congreso Nacional de Honduras"]]);
    expect(named("Tras la visita a Chile, el Senado votó dos reformas.")).toEqual([["Senado", "Senado de Chile"]]);
  });

  it("leaves a legislature named in full, and one with no country in context, as written", () => {
    expect(named("Tras la visita a Colombia, el Senado de la República votó dos reformas.")).toEqual([["Senado de la República", "Senado de la República de Colombia"]]);
    expect(named("El Congreso votó dos reformas.")).toEqual([["Congreso", "Congreso"]]);
  });
});

// Ecuador's, Argentina's and Peru's armed forces are listed under their official names, so a
// bare `Fuerzas Armadas` in a text about one of them is that state's, as Mexico's and Honduras's are.
describe("bare armed forces", () => {
  it("are the listed armed forces of the country in context", () => {
    expect(named("Tras la visita a Ecuador, las Fuerzas Armadas reforzaron dos puestos.")).toEqual([["Fuerzas Armadas", "Fuerzas Armadas del Ecuador"]]);
    expect(named("Tras la visita a Argentina, las Fuerzas Armadas reforzaron dos puestos.")).toEqual([["Fuerzas Armadas", "Fuerzas Armadas de la República Argentina"]]);
    expect(named("Tras la visita a Perú, las Fuerzas Armadas reforzaron dos puestos.")).toEqual([["Fuerzas Armadas", "Fuerzas Armadas del Perú"]]);
  });

  it("stay bare with no country in context, and a rebel force keeps its own name", () => {
    expect(named("Las tropas de las Fuerzas Armadas reforzaron dos puestos.")).toEqual([["Fuerzas Armadas", "Fuerzas Armadas"]]);
    expect(named("Tras la visita a Ecuador, las Fuerzas Armadas Revolucionarias de Colombia se retiraron.")).toEqual([
      ["Fuerzas Armadas Revolucionarias de Colombia", "Fuerzas Armadas Revolucionarias de Colombia"],
    ]);
  });
});

/** [text, name, country] of each organization mention. */
function withCountry(raw: string): unknown[][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.country]);
}

// ANNOTATION.md's `name` is the body's official name: where two states' bodies share it (El
// Salvador's and Guatemala's `Policía Nacional Civil`), the record carries it bare and `country` the state.
describe("an official name two states' bodies share", () => {
  it("is the record's name, the state in country", () => {
    expect(withCountry("Tras la visita a El Salvador, la Policía Nacional Civil detuvo a dos personas.")).toEqual([["Policía Nacional Civil", "Policía Nacional Civil", "SLV"]]);
    expect(withCountry("Tras la visita a Guatemala, la Policía Nacional Civil detuvo a dos personas.")).toEqual([["Policía Nacional Civil", "Policía Nacional Civil", "GTM"]]);
    expect(withCountry("Tras la visita a El Salvador, la Fiscalía General abrió dos procesos.")).toEqual([["Fiscalía General", "Fiscalía General de la República", "SLV"]]);
  });

  it("leaves a name that carries its state officially, and English names, as they were", () => {
    expect(withCountry("Tras la visita a Ecuador, la Policía Nacional detuvo a dos personas.")).toEqual([["Policía Nacional", "Policía Nacional del Ecuador", "ECU"]]);
    expect(withCountry("After the visit, the Salvadoran National Civil Police arrested two men.")).toEqual([
      ["Salvadoran National Civil Police", "Salvadoran National Civil Police", "SLV"],
    ]);
  });
});

// Chile's Gendarmería is listed too, so a bare `Gendarmería` is the one of the country in context,
// no longer Argentina's whatever the text speaks of.
describe("a bare Gendarmería", () => {
  it("is the gendarmerie of the country in context", () => {
    expect(withCountry("Tras la visita a Chile, Gendarmería abrió dos cárceles.")).toEqual([["Gendarmería", "Gendarmería de Chile", "CHL"]]);
    expect(withCountry("Tras la visita a Argentina, Gendarmería patrulló la frontera.")).toEqual([["Gendarmería", "Gendarmería Nacional Argentina", "ARG"]]);
  });

  it("keeps a gendarmerie named in full as written", () => {
    expect(withCountry("Tras la visita a Chile, la Gendarmería Nacional Argentina patrulló la frontera.")).toEqual([
      ["Gendarmería Nacional Argentina", "Gendarmería Nacional Argentina", "ARG"],
    ]);
  });
});
