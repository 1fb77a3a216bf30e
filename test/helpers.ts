import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));

/** Every fixture document that has text: the seeds, the held-out documents and the synthetic edge cases. */
export function fixtureTexts(): { id: string; path: string; raw: string }[] {
  const out: { id: string; path: string; raw: string }[] = [];
  for (const dir of ["seeds", "heldout", "heldout2", "heldout3", "synthetic"]) {
    for (const f of readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith(".txt")).sort()) {
      const path = join(FIXTURES, dir, f);
      const raw = readFileSync(path, "utf8");
      if (raw.trim()) out.push({ id: basename(f, ".txt"), path, raw });
    }
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so generated inputs are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "security", "Guatemala", "transnational", "the", "and", "cooperation", "U.S.", "“threat”", "network’s", "Brazil",
  "cyber-security", "counterterrorism", "police", "3.5%", "$6", "billion", "Perú", "São", "Paulo", "—", "–", "de",
  "Fuerza", "JIATF-S", "Mexico’s", "narco-trafficking", "(CTOC)", "23,000", "North", "Korea", "ﬁnance", "naïve",
];

/** PDF-like text: hard wraps, line-break hyphens, page-break lines, CRLF, tabs, curly quotes, odd spaces. */
export function generateProceedings(seed: number, words = 400): string {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const eol = rnd() < 0.3 ? "\r\n" : "\n";
  let out = rnd() < 0.2 ? "\ufeff" : "";
  let line = "";
  for (let i = 0; i < words; i++) {
    let w = pick(WORDS);
    if (rnd() < 0.03) w = `${w.slice(0, 2)}\u00ad${w.slice(2)}`;
    const r = rnd();
    if (line.length > 40 && r < 0.25 && w.length > 4) {
      // Cut the word at the line end, sometimes across a page break.
      const cut = 2 + Math.floor(rnd() * (w.length - 3));
      out += `${line}${w.slice(0, cut)}-${eol}${rnd() < 0.3 ? (rnd() < 0.5 ? " " : "\f") : ""}`;
      line = `${w.slice(cut)} `;
      continue;
    }
    line += w + (rnd() < 0.05 ? "\t" : rnd() < 0.05 ? "\u00a0" : " ");
    if (line.length > 50) {
      out += line + eol + (rnd() < 0.1 ? eol : "") + (rnd() < 0.05 ? " " : "");
      line = "";
    }
  }
  return out + line;
}
