// Finds where a test quotes a held-out text: 8 or more consecutive words in common (words are runs
// of letters and digits, compared in lower case). Tests use invented sentences; a held-out text
// quoted in a test would turn it into a tuning target.
//   npx tsx test/heldout-quotes.ts [MORE_TEXT_DIRS...]   (the real-text sets, where materialized)
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const QUOTE_WORDS = 8;
const ROOT = fileURLToPath(new URL("../", import.meta.url));

const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) as string[];

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => join(dir, f))
    .filter((p) => statSync(p).isFile() && keep(p))
    .sort();
}

/** The held-out texts kept in the repository: fixtures/heldout*\/ (the documents and their marked-up sources). */
export function heldoutTexts(): string[] {
  const fixtures = join(ROOT, "fixtures");
  return readdirSync(fixtures)
    .filter((d) => d.startsWith("heldout"))
    .flatMap((d) => filesUnder(join(fixtures, d), (p) => /\.(txt|src)$/.test(p)));
}

/** A marked-up source's text (fixtures/tools/build.py): `[[tag|text]]` is `text`; `#org` and `##` lines are not text. */
const markupText = (src: string) =>
  src
    .split("\n")
    .filter((l) => !l.startsWith("#"))
    .join("\n")
    .replace(/\[\[[^|\]]*\|/g, "")
    .replace(/\]\]/g, "")
    .replace(/[¬‖@]/g, "");

export interface Quote {
  file: string;
  line: number;
  words: string;
}

/** Every place a test file shares QUOTE_WORDS or more consecutive words with one of `texts` (one report a run). */
export function findQuotes(texts: readonly string[], testFiles = filesUnder(join(ROOT, "test"), (p) => /\.(ts|mjs|js)$/.test(p))): Quote[] {
  const grams = new Set<string>();
  for (const path of texts) {
    const words = wordsOf(path.endsWith(".src") ? markupText(readFileSync(path, "utf8")) : readFileSync(path, "utf8"));
    for (let i = 0; i + QUOTE_WORDS <= words.length; i++) grams.add(words.slice(i, i + QUOTE_WORDS).join(" "));
  }
  const quotes: Quote[] = [];
  for (const file of testFiles) {
    const text = readFileSync(file, "utf8");
    const found = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
    const words = found.map((m) => m[0].toLowerCase());
    for (let i = 0; i + QUOTE_WORDS <= words.length; i++) {
      if (!grams.has(words.slice(i, i + QUOTE_WORDS).join(" "))) continue;
      let end = i + QUOTE_WORDS;
      while (end < words.length && grams.has(words.slice(end - QUOTE_WORDS + 1, end + 1).join(" "))) end++;
      const at = found[i]!.index!;
      quotes.push({ file: relative(ROOT, file), line: text.slice(0, at).split("\n").length, words: words.slice(i, end).join(" ") });
      i = end - 1;
    }
  }
  return quotes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const more = process.argv.slice(2).flatMap((d) => filesUnder(d, (p) => p.endsWith(".txt")));
  const quotes = findQuotes([...heldoutTexts(), ...more]);
  for (const q of quotes) console.log(`${q.file}:${q.line}: ${q.words}`);
  console.log(`${quotes.length} quotes of ${QUOTE_WORDS}+ words (${heldoutTexts().length + more.length} held-out texts)`);
  process.exitCode = quotes.length ? 1 : 0;
}
