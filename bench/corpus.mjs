// The benchmark text: the fixture proceedings, repeated. Deterministic, cached under .bench-tmp/.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const TMP = join(ROOT, ".bench-tmp");

export function fixtureDocs() {
  const dir = join(ROOT, "fixtures/seeds");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, f), "utf8") }));
}

/** The fixture documents of some sets (`seeds`, `heldout`, `heldout2`), each once. */
export function fixtureSet(...sets) {
  const out = [];
  for (const set of sets) {
    const dir = join(ROOT, "fixtures", set);
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
      out.push({ id: f.replace(/\.txt$/, ""), text: readFileSync(join(dir, f), "utf8") });
    }
  }
  return out;
}

/** One document of about `mb` megabytes (characters / 1e6), written once and reused. */
export function singleDocument(mb) {
  mkdirSync(TMP, { recursive: true });
  const path = join(TMP, `doc-${mb}mb.txt`);
  if (!existsSync(path)) {
    const docs = fixtureDocs().map((d) => d.text);
    const target = mb * 1e6;
    const parts = [];
    let size = 0;
    for (let i = 0; size < target; i++) {
      const t = docs[i % docs.length];
      parts.push(t, "\n\n");
      size += t.length + 2;
    }
    writeFileSync(path, parts.join("").slice(0, target));
  }
  return path;
}

/** Read a corpus of fixture documents whose sizes add up to about `mb` megabytes. */
export function documentStream(mb) {
  const docs = fixtureDocs();
  const out = [];
  let size = 0;
  for (let i = 0; size < mb * 1e6; i++) {
    const d = docs[i % docs.length];
    out.push({ id: `${d.id}-${i}`, text: d.text });
    size += d.text.length;
  }
  return out;
}
