import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// Each Mexican state has its own prosecutor: named `<core> del Estado de <state>` (org-patterns.json
// es stateBodySets), from the state written after it or, bare, the state in view.
describe("Mexican state prosecutors", () => {
  it("take the official form where the state is written after them", () => {
    expect(named("Según datos de la Fiscalía General de Zacatecas, se localizaron doce fosas en el municipio.")).toEqual([
      ["Fiscalía General de Zacatecas", "Fiscalía General del Estado de Zacatecas"],
    ]);
    expect(named("La Procuraduría General de Justicia de Sonora abrió una carpeta de investigación.")).toEqual([
      ["Procuraduría General de Justicia de Sonora", "Procuraduría General de Justicia del Estado de Sonora"],
    ]);
  });
  it("named bare, take the state named before them in the paragraph", () => {
    expect(named("En Durango, la Fiscalía General del Estado informó que los cuerpos fueron trasladados.")).toEqual([
      ["Fiscalía General del Estado", "Fiscalía General del Estado de Durango"],
    ]);
  });
  it("leave a bare Fiscalía General and a state's cartel alone", () => {
    expect(named("En Sonora, la Fiscalía General presentó cargos contra tres funcionarios.")).toEqual([["Fiscalía General", "Fiscalía General"]]);
    const cartel = named("El Cártel de Jalisco Nueva Generación opera en la región. La Fiscalía General del Estado abrió una carpeta.");
    expect(cartel[1]).toEqual(["Fiscalía General del Estado", "Fiscalía General del Estado"]);
  });
});

// A body's name written with its adjective in lower case is the body (governmentOf.forms).
describe("Ministerio público with a lower-case adjective", () => {
  it("is the Ministerio Público", () => {
    expect(named("La denuncia fue presentada ante el Ministerio público de la ciudad.")).toEqual([["Ministerio público", "Ministerio Público"]]);
    expect(named("O Ministério público pediu a prisão preventiva dos acusados.")).toEqual([["Ministério público", "Ministério Público"]]);
  });
});

// Bodies of Colombia's transitional justice under their official names.
describe("Colombia's transitional justice", () => {
  it("names the truth commission, the search unit and the system by their official names", () => {
    expect(named("Trabaja con la Comisión para el Esclarecimiento de la Verdad y la Unidad de Búsqueda de Personas dadas por Desaparecidas.")).toEqual([
      ["Comisión para el Esclarecimiento de la Verdad", "Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No Repetición"],
      ["Unidad de Búsqueda de Personas dadas por Desaparecidas", "Unidad de Búsqueda de Personas dadas por Desaparecidas en el contexto y en razón del conflicto armado"],
    ]);
  });
});

// Listed by class: an alliance named in Portuguese, a Brazilian state prosecutors' unit by its acronym.
describe("bodies listed by class", () => {
  it("names them", () => {
    expect(named("Os países do Pacto de Varsóvia reagiram. O Gaeco denunciou doze pessoas.")).toEqual([
      ["Pacto de Varsóvia", "Warsaw Pact"],
      ["Gaeco", "Grupo de Atuação Especial de Combate ao Crime Organizado"],
    ]);
  });
});
