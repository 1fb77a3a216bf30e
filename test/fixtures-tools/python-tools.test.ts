// The fixture tools that build and rule the real-text gold are Python (beside shared/tools/score.py);
// their own unittest files run here so that CI exercises them with the rest of the suite.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { hasPython } from "../cli/helpers.js";

const tool = (name: string) => fileURLToPath(new URL(`../../fixtures/tools/${name}`, import.meta.url));

describe.skipIf(!hasPython)("fixture tools' Python tests", () => {
  for (const file of ["test_markup.py", "test_apply_rulings.py"]) {
    it(`${file} passes`, () => {
      const run = spawnSync("python3", [tool(file)], { encoding: "utf8" });
      expect(run.stderr).toMatch(/\bOK\b/);
      expect(run.status).toBe(0);
    });
  }
});
