import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { csvCell, csvRows } from "../../packages/cli/src/outputs/csv.js";

// fast-csv wrote procmine's CSV before; the rows written now must be its bytes exactly.
const { writeToString } = createRequire(new URL("../../packages/cli/package.json", import.meta.url))("fast-csv") as {
  writeToString: (rows: string[][], options: { includeEndRowDelimiter: boolean }) => Promise<string>;
};

const PIECES = ["a", "Bogotá", ",", '"', "\n", "\r", "|", "\0", " ", "\t", "=", "+", "-", "@", "'", ";", "é", "😀", "x y", "", "\\"];

/** A deterministic spread of cells: every piece alone and every pair, numbers and empty cells. */
function cells(): (string | number | undefined)[] {
  const out: (string | number | undefined)[] = [undefined, 0, -1.5, 1.5e21, 3e-7, NaN];
  for (const a of PIECES) {
    out.push(a);
    for (const b of PIECES) out.push(a + b, `${a}text${b}`);
  }
  return out;
}

describe("CSV rows", () => {
  it("are fast-csv's bytes for every kind of cell", async () => {
    const all = cells();
    const rows: (string | number | undefined)[][] = [];
    for (let i = 0; i < all.length; i += 7) rows.push(all.slice(i, i + 7));
    rows.push([""], [undefined], ["only"]);
    expect(await csvRows(rows)).toBe(await writeToString(rows.map((r) => r.map(csvCell)), { includeEndRowDelimiter: true }));
    for (const row of rows) expect(await csvRows([row])).toBe(await writeToString([row.map(csvCell)], { includeEndRowDelimiter: true }));
  });

  it("are empty for no rows", async () => {
    expect(await csvRows([])).toBe("");
  });
});
