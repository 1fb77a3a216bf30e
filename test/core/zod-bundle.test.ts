import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The build replaces core's dist/zod.js (a re-export of "zod") with zod bundled in one module.
const BUILT = new URL("../../packages/core/dist/zod.js", import.meta.url);

describe("core's built zod", () => {
  it("is one module that imports nothing", () => {
    const text = readFileSync(BUILT, "utf8");
    expect(text).not.toMatch(/^\s*(import|export)\s[^;]*\bfrom\s*["']/m);
    expect(text.length).toBeGreaterThan(100_000);
  });

  it("validates, reports in English and emits JSON Schema as zod does", async () => {
    const { z } = (await import(BUILT.href)) as Pick<typeof import("@procmine/core"), "z">;
    const Row = z.strictObject({ name: z.string().min(1), count: z.number().int() });
    expect(Row.parse({ name: "Lima", count: 3 })).toEqual({ name: "Lima", count: 3 });
    const bad = Row.safeParse({ name: "Lima", count: 1.5, extra: true });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.code).sort()).toEqual(["invalid_type", "unrecognized_keys"]);
    expect(bad.error?.issues.find((i) => i.code === "invalid_type")?.message).toMatch(/expected int/i);
    expect(Object.keys(z.locales)).toEqual(["en"]);
    expect(z.toJSONSchema(Row)).toMatchObject({ type: "object", required: ["name", "count"], additionalProperties: false });
  });
});
