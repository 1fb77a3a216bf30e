import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// Spanish and Portuguese write the country's adjective after a national body's bare name
// (demonym-after.ts): the adjective is in the span and says whose body it is.
describe("a national body with its country's adjective after it", () => {
  it("is that country's listed body, whatever country is named nearer", () => {
    expect(named("En Chile, según el informe, la Policía Nacional ecuatoriana detuvo a tres personas.")).toEqual([
      ["Policía Nacional ecuatoriana", "Policía Nacional del Ecuador"],
    ]);
    expect(named("Tras la visita a Bolivia, las Fuerzas Armadas colombianas enviaron dos batallones.")).toEqual([
      ["Fuerzas Armadas colombianas", "Fuerzas Militares de Colombia"],
    ]);
    expect(named("Depois da reunião no Paraguai, a Marinha brasileira ampliou as patrulhas.")).toEqual([["Marinha brasileira", "Marinha do Brasil"]]);
  });

  it("keeps a listed body of that country under its own name", () => {
    expect(named("Em Assunção, a Polícia Federal brasileira prendeu dois suspeitos.")).toEqual([["Polícia Federal brasileira", "Polícia Federal"]]);
  });

  it("keeps its words where that country has no such body listed", () => {
    expect(named("En Argentina se recuerda que la Armada británica hundió el buque.")).toEqual([["Armada británica", "Armada británica"]]);
  });
});

// Central banks of Latin American states, by class (organizations.json).
describe("Latin American central banks", () => {
  it("name each state's central bank under its official name", () => {
    expect(named("En Chile, el Banco Central argentino elevó las tasas de interés.")).toEqual([["Banco Central argentino", "Banco Central de la República Argentina"]]);
    expect(named("El Banco Central de Reserva del Perú publicó su informe trimestral.")).toEqual([["Banco Central de Reserva del Perú", "Banco Central de Reserva del Perú"]]);
    expect(named("El Banco de México mantuvo la tasa sin cambios.")).toEqual([["Banco de México", "Banco de México"]]);
  });
});

// The usual acronyms of a Brazilian state's secretariats (org-patterns.json stateUnits.bodies.cores).
describe("Brazilian state secretariats by acronym", () => {
  it("are the state's secretariats", () => {
    const sap = "Secretaria da Administração Penitenciária do Estado do Ceará";
    expect(named("No Ceará, a SAP transferiu quarenta presos para a nova unidade. Segundo a SAP, a medida reduz a lotação.")).toEqual([
      ["SAP", sap],
      ["SAP", sap],
    ]);
  });
});

// Uruguay's and Cuba's police, by class (every Latin American state's national police listed).
describe("national police forces", () => {
  it("name a bare police of a text about Uruguay", () => {
    expect(named("En Uruguay, la Policía uruguaya informó que detuvo a dos sospechosos.")).toEqual([["Policía uruguaya", "Policía Nacional del Uruguay"]]);
  });
});

// A place named after a Brazilian state is not the state (org-patterns.json stateUnits.bodies.notAfter).
describe("places named after a Brazilian state", () => {
  it("do not give a bare state body its state", () => {
    expect(named("Em Minas Gerais, na divisa com o Vale do Paraíba, a Polícia Civil investiga o caso.")).toEqual([["Polícia Civil", "Polícia Civil de Minas Gerais"]]);
  });
});

// Courts' chambers and sections, and ministries, by their short forms where their country is in view (organizations.json shortForms).
describe("chambers and ministries by their short forms", () => {
  it("name the chambers and sections of Colombia's JEP under their official names", () => {
    expect(named("En Colombia, la Sección de Revisión rechazó la solicitud y la Sala de Reconocimiento de Verdad abrió un nuevo caso.")).toEqual([
      ["Sección de Revisión", "Sección de Revisión de Sentencias"],
      ["Sala de Reconocimiento de Verdad", "Sala de Reconocimiento de Verdad, de Responsabilidad y de Determinación de los Hechos y Conductas"],
    ]);
  });

  it("name a ministry and a revenue service under their official names", () => {
    expect(named("En Colombia, el Ministerio de Trabajo publicó la resolución.")).toEqual([["Ministerio de Trabajo", "Ministerio del Trabajo"]]);
    expect(named("A Receita Federal apreendeu mercadorias no porto.")).toEqual([["Receita Federal", "Secretaria da Receita Federal do Brasil"]]);
  });
});

// Portuguese hyphened compounds are also written with a space (gazetteer.ts nameVariants).
describe("a listed name's hyphened compound written with a space", () => {
  it("names the listed body", () => {
    expect(named("O Estado Maior Conjunto das Forças Armadas coordenou a operação.")).toEqual([
      ["Estado Maior Conjunto das Forças Armadas", "Estado-Maior Conjunto das Forças Armadas"],
    ]);
    expect(named("A Procuradoria Geral da República abriu um inquérito.")).toEqual([["Procuradoria Geral da República", "Procuradoria-Geral da República"]]);
  });
});

// Truth commissions by their short name, the country in view deciding which (organizations.json shortForms).
describe("a truth commission by its short name", () => {
  it("is the commission of the country in view", () => {
    expect(named("En Colombia, la Comisión de la Verdad entregó su informe final.")).toEqual([
      ["Comisión de la Verdad", "Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No Repetición"],
    ]);
    expect(named("En el Perú, la Comisión de la Verdad documentó miles de casos.")).toEqual([["Comisión de la Verdad", "Comisión de la Verdad y Reconciliación"]]);
  });
});
