import { describe, expect, it } from "vitest";
import { initials } from "../../packages/extractors/src/organizations/implied-acronyms.js";

// The ASCII fast path must spell what the general reading (split on spaces and hyphens, capitalized words) spells.
const general = (name: string) =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join("");

describe("initials of a name", () => {
  it("spells the capitalized words' initials", () => {
    expect(initials("Dirección General del Sistema Penitenciario")).toBe("DGSP");
    expect(initials("Central Bank of Trinidad-and-Tobago")).toBe("CBTT");
    expect(initials(" National\tGuard\u00a0Unit")).toBe("NGU");
  });

  it("agrees with the general reading on random strings", () => {
    const pieces = ["A", "b", "Z", " ", "-", "\t", "\n", "\u000b", "1", "é", "É", "\u00a0", "𝐀", "ß", "Office", "of"];
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let k = Math.floor(next() * 12); k > 0; k--) text += pieces[Math.floor(next() * pieces.length)];
      expect(initials(text)).toBe(general(text));
    }
  });
});
