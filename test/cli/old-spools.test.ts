/** Spool folders an earlier procmine left in the temp folder: removed once nothing uses them. */
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeOldSpools } from "../../packages/cli/src/outputs/old-spools.js";

const dir = mkdtempSync(join(tmpdir(), "procmine-old-spools-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A spool folder with one file, both last changed `hours` ago. */
function spool(name: string, hours: number): string {
  const path = join(dir, name);
  mkdirSync(path);
  writeFileSync(join(path, "7.jsonl"), "{}\n");
  const then = new Date(Date.now() - hours * 3600_000);
  utimesSync(join(path, "7.jsonl"), then, then);
  utimesSync(path, then, then);
  return path;
}

describe("removeOldSpools", () => {
  it("removes quiet, unused procmine-spool-* folders and nothing else", async () => {
    const left = spool("procmine-spool-Ab12Cd", 3);
    const recent = spool("procmine-spool-Ef34Gh", 0);
    const test = spool("procmine-spool-test-Ij56Kl", 3);
    const other = spool("other-Mn78Op", 3);
    // A file held open in one tells that a run still uses it (where /proc shows open files).
    const open = existsSync("/proc/self/fd") ? spool("procmine-spool-Qr90St", 3) : undefined;
    const fd = open ? openSync(join(open, "7.jsonl"), "r") : undefined;
    try {
      const removed = await removeOldSpools(dir);
      expect(removed).toEqual([left]);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    expect(existsSync(left)).toBe(false);
    for (const kept of [recent, test, other, ...(open ? [open] : [])]) expect(existsSync(kept)).toBe(true);
  });
});
