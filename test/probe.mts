import { analyze } from "@procmine/core";
import { countryExtractor } from "../packages/extractors/src/countries/index.js";
const words = process.argv.slice(2);
for (const w of words) {
  const raw = `Officials said that ${w} officials met them.`;
  const doc = analyze(raw, { docId: "t" });
  const got = [...countryExtractor.extract(doc)].map((m) => `${doc.rawText(m.start, m.end)}=${m.attrs.iso3}`);
  console.log(w.padEnd(24), got.join(", ") || "-");
}
