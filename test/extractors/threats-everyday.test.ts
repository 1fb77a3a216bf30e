import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

describe("threat nouns that are also everyday words", () => {
  it("leaves a poster, a band and political dissent alone where no threat is spoken of", () => {
    expect(threats("En la plaza pegaron carteles con la fecha del concierto.")).toEqual([]);
    expect(threats("El festival anunció su cartel: tres grupos de rock y una banda de jazz local.")).toEqual([]);
    expect(threats("La presidenta recibió la banda tricolor ante el Congreso.")).toEqual([]);
    expect(threats("El humor político siempre fue una forma de crítica y de disidencia.")).toEqual([]);
    expect(threats("O senador enfrenta uma dissidência dentro do próprio partido.")).toEqual([]);
    // A name is no word of crime (`Armando` begins like `armas`).
    expect(threats("Houve uma dissidência na bancada, disse o deputado Armando Souza.")).toEqual([]);
  });

  it("reads them as threats beside another threat", () => {
    expect(threats("Las bandas se disputan el narcomenudeo en el barrio.")).toEqual([
      ["bandas", "gangs"],
      ["narcomenudeo", "drug_trafficking"],
    ]);
    expect(threats("Hubo más homicidios este año. El cartel controla las rutas de la costa.")).toEqual([
      ["homicidios", "homicide"],
      ["cartel", "organized_crime"],
    ]);
    expect(threats("La banda huyó en dos motos después del asalto al banco.")).toEqual([["banda", "gangs"]]);
    expect(threats("En el mercado se enfrentaron dos bandas.")).toEqual([["bandas", "gangs"]]);
    expect(threats("Las bandas se estaban confrontando en la colonia.")).toEqual([["bandas", "gangs"]]);
  });

  it("keeps the crime sense written with its accent, and a head with its complement", () => {
    expect(threats("En el puerto opera un cártel desde hace años.")).toEqual([["cártel", "organized_crime"]]);
    expect(threats("Las bandas del narcotráfico llegaron al puerto.")).toEqual([["bandas del narcotráfico", "drug_trafficking"]]);
  });

  it("reads cartel in English text as the crime group", () => {
    expect(threats("The cartel moved its money through front companies.")).toEqual([["cartel", "organized_crime"]]);
  });

  it("reads a diversion of money as corruption only where crime is spoken of", () => {
    expect(threats("Ex-prefeito é preso por desvios na saúde; a polícia apreendeu propina em dinheiro.")).toEqual([
      ["desvios", "corruption"],
      ["propina", "corruption"],
    ]);
    expect(threats("A obra exigiu um desvio na estrada principal durante o verão.")).toEqual([]);
    expect(threats("La fiscalía investiga desvíos de fondos por corrupción en el hospital.")).toEqual([
      ["desvíos de fondos", "corruption"],
      ["corrupción", "corruption"],
    ]);
    // Capitalized before `de` and a capitalized word, it names a body's office, as `Cártel de Sinaloa` names a group.
    expect(threats("Trabaja en la Dirección de Control de Desvío de Insumos Químicos, que combate la corrupción.")).toEqual([["corrupción", "corruption"]]);
  });
});
