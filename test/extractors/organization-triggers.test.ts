import { analyze } from "@procmine/core";
import { describe, expect, it } from "vitest";
import { builtInNamePatterns } from "../../packages/extractors/src/organizations/index.js";
import { fixtureTexts } from "../helpers.js";

// The name patterns read only the stretches of runs around a trigger word (a head, a group's
// article or noun): they must find what reading every run of every block finds.
const INVENTED = [
  "The Los Monos gang and the Sinaloa cartel met the Honduran National Police near the river.",
  "Ayer la banda de los Chapulines huyó; el Ministerio de Defensa Nacional y la Policía Federal respondieron.",
  "Combate ao Crime Organizado: a Delegacia de Repressão às Drogas e o Conselho Nacional agiram.",
  "Task Force-South, the Haiti-based Committee on Foreign Relations, and People's Congress, Women's Business Center.",
  "Ministry of Interior, Justice, and Peace; Ministerio de Ciencia, Tecnología e Innovación.",
  "Police\n\nArmy Reserve Command said Secretary of State Ana Ruiz and the Office of the President agreed.",
  "Las Fuerzas Armadas y los Carabineros; XXXI Reunión Ordinaria del Consejo Nacional de Seguridad Pública.",
];

describe("organization name patterns by trigger words", () => {
  it("find what every run of every block gives, on invented sentences and every fixture", () => {
    const patterns = builtInNamePatterns();
    for (const [i, raw] of [...INVENTED, ...fixtureTexts().map((f) => f.raw)].entries()) {
      const doc = analyze(raw, { docId: `t${i}` });
      const found = patterns.find(doc);
      expect(found).toEqual(patterns.find(doc, true));
      if (i < INVENTED.length) expect(found.length).toBeGreaterThan(0);
    }
  });
});
