import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

// A state's embassy or consulate named in Spanish or Portuguese is a body (org-patterns.json heads).
describe("embassies and consulates", () => {
  it("are bodies, with the state that keeps them", () => {
    expect(named("La Embajada de Noruega cerró sus puertas el lunes.").map((r) => r[0])).toEqual(["Embajada de Noruega"]);
    expect(named("O Consulado da Suécia emitiu o documento ontem.").map((r) => r[0])).toEqual(["Consulado da Suécia"]);
  });
});

// `o Legislativo`, `o Executivo`: a Portuguese text names a branch of the state by its bare adjective
// (organizations.json, Portuguese paragraphs only).
describe("a branch of the state named by its adjective", () => {
  it("is the branch, under its full name", () => {
    expect(named("A proposta voltou ao Legislativo depois do veto do Executivo.")).toEqual([
      ["Legislativo", "Poder Legislativo"],
      ["Executivo", "Poder Executivo"],
    ]);
  });
});
