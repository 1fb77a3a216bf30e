import { describe, expect, it } from "vitest";
import { claimTexts } from "./numbers-helpers.js";

describe("a numbered point of a protocol or agreement (numeric-non-claims.json es/pt identifierHeads punto, ponto)", () => {
  it("counts nothing in the point a resolution amends", () => {
    expect(claimTexts("Modifícase el punto 3.2 del reglamento de custodia.")).toEqual([]);
    expect(claimTexts("Fica alterado o ponto 2.1 do protocolo de apreensão.")).toEqual([]);
  });

  it("keeps a count of percentage points and the counts beside a point", () => {
    expect(claimTexts("La tasa bajó 4 puntos y se destruyeron 300 kilos según el punto 5.")).toEqual(["4", "300 kilos"]);
  });
});
