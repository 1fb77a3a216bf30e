import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A wire story's or a chart's credit line names its source (org-evidence.json sourceOpeners).
describe("a credit line's source", () => {
  it("is a body", () => {
    expect(named("Las lluvias dejaron sin casa a miles de familias en la costa norte este mes. (Con información de NTX)")).toEqual([["NTX", "NTX"]]);
    expect(named("El diputado criticó el proyecto en la sesión del martes. Fuente El Vocero")).toEqual([["El Vocero", "El Vocero"]]);
  });

  it("leaves a lower-case source alone", () => {
    expect(named("La fuente de la información no fue revelada por los investigadores.")).toEqual([]);
  });
});
