import { createPipeline } from "@procmine/core";
import { numericClaimExtractor } from "@procmine/extractors";
const p = createPipeline({ extractors: [numericClaimExtractor] });
for (const t of ["Coverage rose from 20% to 30% in a year.", "It rose from 20% to 30%.", "It rose to 30%.", "Unemployment was 20% last year.", "from 20 percent to 30 percent"]) {
  console.log(t, JSON.stringify(p.annotate(t, { docId: "x" }).annotations.map((a) => [a.text, a.value, a.unit, a.qualifier])));
}
