/** Temporary folders of the tests, removed after each test file (test/setup.ts). */
import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

const made: string[] = [];

/** A fresh folder under the system temp dir, removed when the test file is done. */
export function tempDir(prefix = "procmine-cli-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Remove the folders tempDir made (test/setup.ts runs it after each test file). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) {
    // A test may have made a file unreadable: give it back before removing (links may loop).
    try {
      for (const f of listFiles(dir)) chmodSync(join(dir, f), 0o644);
    } catch {
      // rmSync below removes what chmod could not reach
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every file below dir, relative, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
