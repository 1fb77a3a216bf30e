import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A court's section or subsection and a city council open their names in Spanish (`Sección`, `Subsección`, `Concejo`).
describe("a court's sections and a city council", () => {
  it("are bodies", () => {
    expect(
      named("Mediante un comunicado, la Sección de Apelación rechazó el recurso; luego la Subsección Tercera de la Sección de Revisión reiteró su postura y el Concejo de Medellín pidió calma."),
    ).toEqual([
      ["Sección de Apelación", "Sección de Apelación"],
      ["Subsección Tercera de la Sección de Revisión", "Subsección Tercera de la Sección de Revisión"],
      ["Concejo de Medellín", "Concejo de Medellín"],
    ]);
  });
});
