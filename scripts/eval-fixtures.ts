/**
 * Developer loop: annotate a fixture set with some or all extractors, write
 * out/dev/<set>.jsonl and print procmine's evaluation against the set's gold.
 *   npx tsx scripts/eval-fixtures.ts [countries|organizations|threats|numbers ...] [--set seeds|heldout|heldout2|heldout3] [--show N]
 *   npx tsx scripts/eval-fixtures.ts --texts DIR --gold DIR [--name NAME]   (any folder of .txt with its gold)
 * Sets: seeds (fixtures/seeds, gold in fixtures/gold), heldout, heldout2 and heldout3 (documents written
 * after the extractors; see their READMEs).
 * Compare with the independent scorer:
 *   python3 ../shared/tools/score.py fixtures/gold out/dev/seeds.jsonl --show 10
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { createPipeline, evaluate, formatScores, type Extractor, type ScoredRecord } from "@procmine/core";

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const show = Number(option("--show") ?? 0);
const set = option("--set") ?? "seeds";
const SETS: Record<string, { texts: string; gold: string }> = {
  seeds: { texts: "fixtures/seeds", gold: "fixtures/gold" },
  heldout: { texts: "fixtures/heldout", gold: "fixtures/heldout/gold" },
  heldout2: { texts: "fixtures/heldout2", gold: "fixtures/heldout2/gold" },
  heldout3: { texts: "fixtures/heldout3", gold: "fixtures/heldout3/gold" },
};
const { texts, gold: goldDir } = option("--texts")
  ? { texts: option("--texts")!, gold: option("--gold") ?? `${option("--texts")}/gold` }
  : (SETS[set] ?? SETS.seeds!);
const outName = option("--name") ?? (option("--texts") ? basename(texts) : set);
const names = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
const all = ["countries", "organizations", "threats", "numbers"];
const extractors: Extractor[] = [];
// Every extractor runs (one may read another's layer); only the named ones' types are scored.
const chosen = new Set(names.length ? names : all);
for (const name of all) {
  try {
    const mod = (await import(`../packages/extractors/src/${name}/index.ts`)) as Record<string, unknown>;
    const found = Object.values(mod).find((v): v is Extractor => typeof v === "object" && v !== null && "extract" in v);
    if (found) extractors.push(found);
  } catch (e) {
    console.error(`skipping ${name}: ${(e as Error).message.split("\n")[0]}`);
  }
}
const pipeline = createPipeline({ extractors, types: extractors.filter((e) => chosen.has(e.name)).flatMap((e) => e.types) });
const pred: ScoredRecord[] = [];
for (const file of readdirSync(texts).filter((f) => f.endsWith(".txt")).sort()) {
  const raw = readFileSync(`${texts}/${file}`, "utf8");
  const { annotations } = pipeline.annotate(raw, { docId: basename(file, ".txt") });
  for (const a of annotations) {
    if (raw.slice(a.start, a.end) !== a.text) throw new Error(`provenance broken: ${a.id}`);
    pred.push(a);
  }
}
const gold: ScoredRecord[] = readdirSync(goldDir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort()
  .flatMap((f) => readFileSync(`${goldDir}/${f}`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as ScoredRecord));
mkdirSync("out/dev", { recursive: true });
writeFileSync(`out/dev/${outName}.jsonl`, pred.map((p) => JSON.stringify(p)).join("\n") + "\n");
const wantedTypes = new Set(extractors.filter((e) => chosen.has(e.name)).flatMap((e) => e.types));
const scores = evaluate(gold, pred);
console.log(`extractors: ${extractors.filter((e) => chosen.has(e.name)).map((e) => e.name).join(", ")}`);
console.log(formatScores(scores));
for (const [type, s] of Object.entries(scores)) {
  if (!show || !wantedTypes.has(type as never)) continue;
  for (const g of s.missed.slice(0, show)) console.log(`MISSED   ${type.padEnd(13)} ${g.doc.slice(0, 12)} ${String(g.start).padStart(6)} ${JSON.stringify(g.text)}`);
  for (const p of s.spurious.slice(0, show)) console.log(`SPURIOUS ${type.padEnd(13)} ${p.doc.slice(0, 12)} ${String(p.start).padStart(6)} ${JSON.stringify(p.text)}`);
  for (const [g, p] of s.wrongAttribute.slice(0, show)) console.log(`WRONG    ${type.padEnd(13)} ${g.doc.slice(0, 12)} ${String(g.start).padStart(6)} ${JSON.stringify(g.text)} gold=${JSON.stringify(g[s.attribute])} pred=${JSON.stringify(p[s.attribute])}`);
}
