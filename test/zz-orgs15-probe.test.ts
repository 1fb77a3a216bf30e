import { analyze } from "@procmine/core";
import { it } from "vitest";
import { organizationExtractor } from "../packages/extractors/src/organizations/index.js";
import { countryExtractor } from "../packages/extractors/src/countries/index.js";
it("p", () => {
  const outs: unknown[] = [];
  for (const raw of ["The Panel of Experts on Mali met in May. Later the Panel of Experts wrote to the Committee. The Group of Experts on Burundi replied.", "A panel on security opened the Panel Discussion on Trade."]) {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  outs.push(([...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name, m.attrs.kind])));
  }
  console.log(JSON.stringify(outs));
});
