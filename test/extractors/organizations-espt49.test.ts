import { describe, expect, it } from "vitest";
import { named } from "./organization-names.js";

describe("an operation named after a body's acronym", () => {
  it("is that body, not an operation", () => {
    const out = named("A Polícia Federal (PF) deflagrou a ação. Os executivos foram alvo da operação da PF em março.");
    expect(out.map((o) => o[0])).toEqual(["Polícia Federal", "PF", "PF"]);
    expect(out[2]![1]).toEqual("Polícia Federal");
  });
});
