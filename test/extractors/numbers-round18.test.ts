import { describe, expect, it } from "vitest";
import { claims, es, pt } from "./numbers-helpers.js";

describe("Spanish and Portuguese minutes, seconds, decades and centuries (units.json es/pt time)", () => {
  it("join the span as the English ones do: `tres décadas`, `quatro minutos`", () => {
    expect(claims(es("La región vivió estancada durante tres décadas sin inversión."))).toEqual([["tres décadas", 3, "decades", undefined]]);
    expect(claims(pt("Cada candidato terá quatro minutos para responder à pergunta."))).toEqual([["quatro minutos", 4, "minutes", undefined]]);
    expect(claims(es("El operativo duró 45 segundos frente al cuartel."))).toEqual([["45 segundos", 45, "seconds", undefined]]);
  });

  it("leaves a count of other things as it was", () => {
    expect(claims(es("La policía detuvo a tres sospechosos en el puerto."))).toEqual([["tres", 3, "sospechosos", undefined]]);
  });
});
