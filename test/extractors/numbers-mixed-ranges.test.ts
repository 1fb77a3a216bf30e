import { describe, expect, it } from "vitest";
import { claims, es } from "./numbers-helpers.js";

describe("a range whose opener announces it (`entre`, `between`)", () => {
  it("joins ends written in words and in digits", () => {
    expect(claims(es("Cada semana llegan al penal entre siete y 10 mujeres."))[0]).toEqual(["entre siete y 10", [7, 10], "mujeres", undefined]);
    expect(claims("Between five and 12 officers were wounded in the attack.")[0]).toEqual(["Between five and 12", [5, 12], "officers", undefined]);
  });
});
