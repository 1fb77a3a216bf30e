import { analyze } from "@procmine/core";
import { countryExtractor } from "../../packages/extractors/src/countries/index.js";
import { organizationExtractor } from "../../packages/extractors/src/organizations/index.js";

/** [text, name] of each organization mention, with the country layer the extractor reads. */
export function named(raw: string): [string, unknown][] {
  const doc = analyze(raw, { docId: "t" });
  const layers = { country: [...countryExtractor.extract(doc, {})] };
  return [...organizationExtractor.extract(doc, layers)].map((m) => [doc.rawText(m.start, m.end), m.attrs.name]);
}
