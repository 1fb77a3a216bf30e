/**
 * Build the real-layout measuring texts from fixtures/real-layout/sources.json, outside the
 * repository: each PDF is read from a local mirror of its repository (git show), checked against
 * its sha256, turned into text by pdftotext, and written with the page truth of every variant.
 *   npx tsx scripts/layout-corpus.ts [--mirrors /work/.mirror] [--out /work/corpus/layout]
 * Writes OUT/<set>/<id>.<variant>.txt and OUT/<set>/<id>.<variant>.pages.json (page start offsets).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

interface Source {
  id: string;
  set: "dev" | "aside" | "aside2" | "aside3";
  repo: string;
  commit: string;
  path: string;
  sha256: string;
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : fallback);
const mirrors = option("--mirrors", "/work/.mirror");
const out = option("--out", "/work/corpus/layout");
const { sources } = JSON.parse(readFileSync("fixtures/real-layout/sources.json", "utf8")) as { sources: Source[] };

/** The text without its form feeds, and where each page starts in it (UTF-16 offsets). */
function pagesOf(text: string, keepFormFeeds: boolean): { text: string; pageStarts: number[] } {
  const pages = text.split("\f");
  // pdftotext ends the text with a form feed: the empty piece after it is not a page.
  if (pages.length > 1 && pages[pages.length - 1] === "") pages.pop();
  const pageStarts: number[] = [];
  let at = 0;
  for (let i = 0; i < pages.length; i++) {
    pageStarts.push(at);
    at += pages[i]!.length + (keepFormFeeds ? 1 : 0);
  }
  const joined = keepFormFeeds ? text : pages.join("");
  return { text: joined, pageStarts };
}

for (const s of sources) {
  const dir = join(out, s.set);
  mkdirSync(dir, { recursive: true });
  const mirror = join(mirrors, s.repo.replace("/", "+"), "repo");
  // A repository with no local mirror is said and skipped: the other sources still measure.
  if (!existsSync(mirror)) {
    console.log(`MISSING ${s.set}/${s.id}: no mirror of ${s.repo}`);
    continue;
  }
  const pdf = execFileSync("git", ["-C", mirror, "show", `${s.commit}:${s.path}`], { maxBuffer: 1 << 28 });
  const sha = createHash("sha256").update(pdf).digest("hex");
  if (sha !== s.sha256) throw new Error(`${s.id}: sha256 ${sha} is not ${s.sha256}`);
  const pdfPath = join(dir, `${s.id}.pdf`);
  writeFileSync(pdfPath, pdf);
  for (const layout of [false, true]) {
    const text = execFileSync("pdftotext", [...(layout ? ["-layout"] : []), pdfPath, "-"], { maxBuffer: 1 << 28 }).toString("utf8");
    for (const keep of [true, false]) {
      const variant = `${layout ? "layout" : "ff"}${keep ? "" : "-noff"}`.replace(/^ff-noff$/, "noff");
      const v = pagesOf(text, keep);
      writeFileSync(join(dir, `${s.id}.${variant}.txt`), v.text);
      writeFileSync(join(dir, `${s.id}.${variant}.pages.json`), JSON.stringify(v.pageStarts));
    }
  }
  console.log(`${s.set}/${s.id}`);
}
