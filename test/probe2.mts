import { analyze } from "@procmine/core";
import { countryExtractor } from "../packages/extractors/src/countries/index.js";
for (const raw of process.argv.slice(2)) {
  const doc = analyze(raw, { docId: "t" });
  const got = [...countryExtractor.extract(doc)].map((m) => `${doc.rawText(m.start, m.end)}=${m.attrs.iso3}`);
  console.log(JSON.stringify(raw).slice(0, 70).padEnd(72), got.join(", ") || "-");
}
