import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { walkFiles } from "../../packages/cli/src/walk.js";
import { tempDir } from "../temp-dirs.js";

/** A folder with a subfolder, a dot file, a link to a folder and a link back to the root (a cycle). */
function tree(): string {
  const root = tempDir();
  mkdirSync(join(root, "b"));
  mkdirSync(join(root, "outside"));
  writeFileSync(join(root, "b", "x.txt"), "x");
  writeFileSync(join(root, "a.txt"), "a");
  writeFileSync(join(root, ".hidden.txt"), "h");
  writeFileSync(join(root, "outside", "y.txt"), "y");
  writeFileSync(join(root, "note.md"), "n");
  symlinkSync(join(root, "outside"), join(root, "link"));
  symlinkSync(root, join(root, "b", "loop"));
  return root;
}

describe("walkFiles", () => {
  it("following links enters a linked folder once and never walks a cycle; dot files are left out", async () => {
    const root = tree();
    const files = await walkFiles(root, { accept: (n) => n.endsWith(".txt"), followLinks: true });
    expect(files.map((f) => f.rel)).toEqual(["a.txt", join("b", "x.txt"), join("link", "y.txt")]);
    expect(files.every((f) => f.regular)).toBe(true);
  });

  it("without following, a link is listed as a file and its folder is not entered", async () => {
    const root = tree();
    const files = await walkFiles(root, { accept: () => true, followLinks: false });
    expect(files.map((f) => f.rel)).toEqual(["a.txt", join("b", "loop"), join("b", "x.txt"), "link", "note.md", join("outside", "y.txt")]);
  });

  it("maxDepth bounds how deep it goes; an unreadable root is reported or thrown", async () => {
    const root = tree();
    expect((await walkFiles(root, { accept: () => true, followLinks: false, maxDepth: 0 })).map((f) => f.rel)).toEqual(["a.txt", "link", "note.md"]);
    const missing = join(root, "missing");
    await expect(walkFiles(missing, { accept: () => true, followLinks: false })).rejects.toThrow(/ENOENT/);
    const seen: string[] = [];
    expect(await walkFiles(missing, { accept: () => true, followLinks: false, onUnreadable: (rel) => seen.push(`<${rel}>`) })).toEqual([]);
    expect(seen).toEqual(["<>"]);
  });
});
