import { beforeAll, describe, expect, it } from "vitest";
import { procmine, procmineBin, requireBuild } from "./helpers.js";

beforeAll(requireBuild);

describe("procmine help, version and schema", () => {
  it("--help shows the commands and an example (the binary itself)", async () => {
    const r = procmineBin(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/usage: procmine <command>/);
    expect(r.stdout).toMatch(/example:\n\s+procmine annotate/);
    expect((await procmine([])).stdout).toBe(r.stdout);
  });

  for (const command of ["annotate", "eval", "schema"]) {
    it(`${command} --help shows usage with an example`, async () => {
      const r = await procmine([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage: procmine ${command}`));
      expect(r.stdout).toMatch(new RegExp(`example:\\n\\s+procmine ${command}`));
    });
  }

  it("--version prints the version", async () => {
    expect((await procmine(["--version"])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("schema prints the JSON Schema of the record", async () => {
    const r = await procmine(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as Record<string, any>;
    expect(schema.$schema).toMatch(/2020-12/);
    const variants = (schema.oneOf ?? schema.anyOf) as { properties: Record<string, any> }[];
    expect(variants.map((v) => v.properties.type.const).sort()).toEqual(["country", "numeric_claim", "organization", "threat"]);
    for (const v of variants) expect(Object.keys(v.properties)).toEqual(expect.arrayContaining(["doc", "start", "end", "text", "page", "section"]));
  });
});
