import { readFileSync } from "node:fs";
import { analyze } from "@procmine/core";
const raws = ["central-america-antigua-2017", "south-america-lima-2017"].map((f) => readFileSync(`fixtures/seeds/${f}.txt`, "utf8"));
let big = ""; while (big.length < 5e6) big += raws[0] + "\n\n" + raws[1] + "\n\n";
analyze(raws[0]!, { docId: "w" });
const t0 = performance.now();
const doc = analyze(big, { docId: "big" });
const ms = performance.now() - t0;
console.log(`${(big.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms: ${(big.length / 1e6 / (ms / 1000)).toFixed(2)} MB/s, tokens ${doc.tokens.count}, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
