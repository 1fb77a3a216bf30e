// The files the cold, new-text benchmarks read: the same subset for every script, so their figures compare.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every .txt file under `dir`, as paths relative to it. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith(".txt")) out.push(relative(dir, join(d, e.name)));
    }
  };
  walk(dir);
  return out;
}

/** Files of 3-16 KB in the order of their path's sha256 (deterministic on any machine), the first `count`. */
export function pickColdFiles(dir, count) {
  const sha = (s) => createHash("sha256").update(s).digest("hex");
  return filesUnder(dir)
    .map((p) => ({ p, key: sha(p.split("\\").join("/")), size: statSync(join(dir, p)).size }))
    .filter((f) => f.size >= 3000 && f.size <= 16000)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, count);
}
