import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A national service's own short name that no other state's body bears (Peru's navy: `Marina de
// Guerra`) names that body, and shows whose bare `Policía Nacional` a text that names no country speaks of.
describe("a service's short name only one state uses", () => {
  it("names that state's body, and places the text's bare national bodies", () => {
    expect(named("La Marina de Guerra custodia el litoral. La Policía Nacional vigila las carreteras del sur.")).toEqual([
      ["Marina de Guerra", "Marina de Guerra del Perú"],
      ["Policía Nacional", "Policía Nacional del Perú"],
    ]);
  });
});

// Spanish: a unit and the service it belongs to, after `del`/`de la`, are two names (the unit's
// and the service's); a branch or school keeps the service in its own name.
describe("a Spanish unit followed by its service", () => {
  it("is two mentions, the unit and the service", () => {
    expect(named("En Colombia, soldados de la Quinta Brigada del Ejército Nacional custodian el puente.")).toEqual([
      ["Quinta Brigada", "Quinta Brigada"],
      ["Ejército Nacional", "Ejército Nacional de Colombia"],
    ]);
    expect(named("En Colombia, el Batallón Cóndor de la Policía Nacional llegó al pueblo.")).toEqual([
      ["Batallón Cóndor", "Batallón Cóndor"],
      ["Policía Nacional", "Policía Nacional de Colombia"],
    ]);
  });
  it("leaves a branch or school whole", () => {
    expect(named("En el Perú, la Escuela Técnica del Ejército abrió sus puertas.").map((o) => o[0])).toEqual(["Escuela Técnica del Ejército"]);
  });
});

// A state's national prosecutor named bare by its head (`la Fiscalía`) where its country is in view.
describe("a bare `Fiscalía` in a text about one country", () => {
  it("names that country's national prosecutor", () => {
    expect(named("En Argentina la Fiscalía pidió la detención del sospechoso.")).toEqual([["Fiscalía", "Ministerio Público Fiscal"]]);
    expect(named("En Bolivia la Fiscalía General abrió un proceso.")).toEqual([["Fiscalía General", "Fiscalía General del Estado"]]);
  });
});

// Companies named once, by class: defense manufacturers under their legal names, telecommunications
// carriers, national television networks.
describe("a company of a listed class named once", () => {
  it("is that company", () => {
    expect(named("A licitação opôs o Gripen da Saab ao Rafale da Dassault.")).toEqual([
      ["Saab", "Saab AB"],
      ["Dassault", "Dassault Aviation"],
    ]);
    expect(named("Según Ecuavisa, los clientes de Verizon y de T-Mobile fueron afectados.").map((o) => o[1])).toEqual(["Ecuavisa", "Verizon", "T-Mobile"]);
  });
});

// Spanish names a state's executive by its bare adjective after an article (`el Ejecutivo`), as
// Portuguese does (`o Executivo`); Mexico's constitution writes `Ejecutivo Federal`.
describe("a Spanish executive named by its adjective", () => {
  it("is the country's executive branch after an article, not a title's or a decree's word", () => {
    expect(named("En México, el Ejecutivo envió la iniciativa y el Ejecutivo Federal la publicó.")).toEqual([
      ["Ejecutivo", "Poder Ejecutivo Federal"],
      ["Ejecutivo Federal", "Poder Ejecutivo Federal"],
    ]);
    expect(named("En México, el Director Ejecutivo firmó el Decreto Ejecutivo.")).toEqual([]);
  });
});
