// Builds the new-text corpus: distinct public texts (never repeated, never read by procmine's
// developers) so that speed is measured on text no memo has seen. Deterministic: the same
// snapshots give the same files. Usage:
//   node bench/new-text-corpus.mjs [--mirror /work/.mirror] [--mb 12]
// Writes .bench-tmp/new-text/<lang>/<nnnn>.txt (about `mb` MB in all, split over the sources)
// and prints the folder. Each source's repository is read from MIRROR/<owner>+<name>/repo (a git
// directory, e.g. from the search tools' fetch) with `git show COMMIT:PATH`.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, TMP } from "./corpus.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const mirror = option("--mirror", "/work/.mirror");
const totalMb = Number(option("--mb", "12"));

const { sources } = JSON.parse(readFileSync(join(ROOT, "bench/new-text-sources.json"), "utf8"));
const evaluated = new Set(
  JSON.parse(readFileSync(join(ROOT, "fixtures/real/sources.json"), "utf8")).map((s) => `${s.repo}:${s.path}`),
);
const out = join(TMP, "new-text");
rmSync(out, { recursive: true, force: true });

const perSource = (totalMb * 1e6) / sources.length;
let n = 0;
for (const source of sources) {
  const gitDir = join(mirror, source.repo.replace("/", "+"), "repo");
  if (!existsSync(gitDir)) throw new Error(`${gitDir}: not here; fetch ${source.repo} first`);
  const git = (...a) => execFileSync("git", ["--git-dir", gitDir, ...a], { maxBuffer: 1 << 30, encoding: "utf8" });
  const paths = git("ls-tree", "-r", "--name-only", source.commit)
    .split("\n")
    .filter((p) => p.startsWith(source.under) && p.endsWith(source.ext) && !evaluated.has(`${source.repo}:${p}`))
    .map((p) => ({ p, key: createHash("sha256").update(p).digest("hex") }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
  const dir = join(out, source.lang);
  mkdirSync(dir, { recursive: true });
  let size = 0;
  for (const { p } of paths) {
    if (size >= perSource) break;
    const text = git("show", `${source.commit}:${p}`);
    if (text.length < 2000) continue; // a stub page is not a document
    size += text.length;
    writeFileSync(join(dir, `${String(n++).padStart(5, "0")}.txt`), text);
  }
}
console.log(out);
