import { describe, expect, it } from "vitest";
import { threats } from "./threat-categories.js";

// `secuestrar` also means to seize goods (seizures.ts): a weight beside it makes it a seizure.
describe("a kidnapping word beside a weight is a seizure", () => {
  it("drops it when a weight unit follows or precedes it", () => {
    expect(threats("Durante el año la policía provincial secuestró 120 kg de marihuana en la ruta.")).toEqual([]);
    expect(threats("Los 300 kilos secuestrados en el puerto fueron destruidos por orden judicial.")).toEqual([]);
  });

  it("keeps a kidnapping of people", () => {
    expect(threats("El secuestro de dos comerciantes conmocionó a toda la provincia.")).toEqual([["secuestro", "kidnapping"]]);
  });
});

// `secuestrar`/`sequestrar` also means to seize goods: goods nobody kidnaps just before the
// participle make it a seizure (threats.json seizures.goodsBefore, seizures.ts).
describe("goods seized, not people kidnapped", () => {
  it("reads drugs and chemicals before the participle as a seizure", () => {
    expect(threats("El juzgado ordenó la custodia de los estupefacientes y precursores químicos secuestrados en el operativo.")).toEqual([]);
    expect(threats("A polícia guardou as drogas sequestradas no depósito do fórum.")).toEqual([]);
  });

  it("keeps people kidnapped, and a kidnapping named beside drug sales", () => {
    expect(threats("Los migrantes secuestrados fueron liberados por la policía.")).toEqual([["secuestrados", "kidnapping"]]);
    expect(threats("Lo acusan de secuestro y de venta de drogas en el barrio.")).toEqual([
      ["secuestro", "kidnapping"],
      ["venta de drogas", "drug_trafficking"],
    ]);
    expect(threats("Denunció el tráfico de drogas, secuestros y extorsiones en la zona.")).toEqual([
      ["tráfico de drogas", "drug_trafficking"],
      ["secuestros", "kidnapping"],
      ["extorsiones", "extortion"],
    ]);
  });
});
